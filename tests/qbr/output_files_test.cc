// Generated files never replace a user's file silently, and never stand
// half-written under their final name.
#include <gtest/gtest.h>

#include <fstream>

#include "qbr/output_files.h"

namespace alliance::qbr {
namespace {

using portfolio::Quarter;

namespace fs = std::filesystem;

class OutputFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("alliancecalc-test-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  static void write(const fs::path& p, const std::string& text) { std::ofstream(p) << text; }
  static std::string read(const fs::path& p) {
    std::ifstream in(p);
    return {std::istreambuf_iterator<char>(in), {}};
  }
  fs::path dir_;
};

TEST(FileStem, ReplacesWhatAFileNameCannotHold) {
  EXPECT_EQ(fileStem(u"Acme/Globex: \"best\"", Quarter{2026, 4}),
            "Acme_Globex_ _best_ QBR 2026-Q4");
  EXPECT_EQ(fileStem(u"../..", Quarter{2026, 4}), "_ QBR 2026-Q4");  // no way out of the folder
  EXPECT_EQ(fileStem(u" .. ", Quarter{2026, 4}), "Partner QBR 2026-Q4");
  EXPECT_EQ(fileStem(u"=1+1", Quarter{2026, 4}), "=1+1 QBR 2026-Q4");
  EXPECT_EQ(fileStem(u"Société Générale", Quarter{2026, 1}), "Société Générale QBR 2026-Q1");
  EXPECT_EQ(fileStem(std::u16string(500, u'x'), Quarter{2026, 1}),
            std::string(kMaxNameBytes, 'x') + " QBR 2026-Q1");
}

TEST(FileStem, ALongNonLatinNameIsCutBetweenCharactersUnderTheByteLimit) {
  // 200 Japanese characters are 600 bytes of UTF-8; the cut keeps whole ones.
  const std::u16string name(200, u'\u682A');  // 株
  const std::string stem = fileStem(name, Quarter{2026, 4});
  const std::string kept = stem.substr(0, stem.size() - std::string(" QBR 2026-Q4").size());
  EXPECT_LE(kept.size(), kMaxNameBytes);
  EXPECT_EQ(kept.size() % 3, 0U);
  EXPECT_EQ(kept.size(), kMaxNameBytes);  // 150 is a multiple of 3: exactly 50 characters
  // A character outside the BMP (4 bytes, a surrogate pair) is never split.
  const std::u16string emoji = std::u16string(37, u'a') + u"\U0001F600\U0001F600";
  const std::string cut = fileStem(std::u16string(109, u'b') + emoji, Quarter{2026, 4});
  EXPECT_EQ(cut.find('\xF0'), 146U);  // 109 + 37 bytes, one emoji fits, the second does not
  EXPECT_EQ(cut.rfind('\xF0'), 146U);
  EXPECT_EQ(cut.substr(150), " QBR 2026-Q4");
}

TEST(UniqueFileStems, PartnersWhoseNamesGiveOneFileNameGetTheirOwn) {
  const Quarter q{2026, 4};
  const std::vector<std::string> stems =
      uniqueFileStems({u"Acme/Beta", u"Acme_Beta", u"Northwind", u"Acme:Beta", u"ACME_BETA"}, q);
  EXPECT_EQ(stems, (std::vector<std::string>{"Acme_Beta QBR 2026-Q4", "Acme_Beta QBR 2026-Q4 (2)",
                                             "Northwind QBR 2026-Q4", "Acme_Beta QBR 2026-Q4 (3)",
                                             "ACME_BETA QBR 2026-Q4 (4)"}));
  // Names equal in their first kMaxNameBytes bytes stay apart too.
  const std::u16string longName(300, u'n');
  const auto two = uniqueFileStems({longName + u"1", longName + u"2"}, q);
  EXPECT_NE(two[0], two[1]);
}

TEST_F(OutputFiles, CommitMovesTheFileIntoPlace) {
  const fs::path final = dir_ / "a.ods";
  {
    StagedFile staged(final, false);
    EXPECT_EQ(staged.temporaryPath().parent_path(), dir_);
    write(staged.temporaryPath(), "new");
    EXPECT_FALSE(fs::exists(final));  // nothing under the final name until commit
    staged.commit();
  }
  EXPECT_EQ(read(final), "new");
  EXPECT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 1);
}

TEST_F(OutputFiles, AnAbandonedFileLeavesNothing) {
  {
    StagedFile staged(dir_ / "a.ods", false);
    write(staged.temporaryPath(), "half");
  }
  EXPECT_TRUE(fs::is_empty(dir_));
}

TEST_F(OutputFiles, AnAbandonedFileTakesTheOfficesLockFileWithIt) {
  const fs::path unrelatedLock = dir_ / ".~lock.a.ods#";  // another document's lock stays
  write(unrelatedLock, "someone else's");
  {
    StagedFile staged(dir_ / "a.ods", false);
    write(staged.temporaryPath(), "half");
    write(dir_ / (".~lock." + staged.temporaryPath().filename().string() + "#"), "office");
  }
  EXPECT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 1);
  EXPECT_TRUE(fs::exists(unrelatedLock));
}

TEST_F(OutputFiles, ExistingFilesAreKeptUnlessOverwriting) {
  const fs::path final = dir_ / "a.ods";
  write(final, "user's file");
  EXPECT_THROW(StagedFile(final, false), QbrError);
  EXPECT_EQ(read(final), "user's file");

  // A file that appears while we write is not replaced either.
  fs::remove(final);
  StagedFile staged(final, false);
  write(staged.temporaryPath(), "ours");
  write(final, "appeared");
  EXPECT_THROW(staged.commit(), QbrError);
  EXPECT_EQ(read(final), "appeared");

  StagedFile forced(final, true);
  write(forced.temporaryPath(), "ours");
  forced.commit();
  EXPECT_EQ(read(final), "ours");
}

TEST_F(OutputFiles, UnusableFoldersAreNamed) {
  EXPECT_THROW(checkOutputDirectory(dir_ / "missing"), QbrError);
  write(dir_ / "file", "x");
  EXPECT_THROW(checkOutputDirectory(dir_ / "file"), QbrError);
  EXPECT_NO_THROW(checkOutputDirectory(dir_));
}

}  // namespace
}  // namespace alliance::qbr
