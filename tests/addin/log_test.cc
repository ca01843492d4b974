// The add-in's log (src/support/log.h): warnings and errors into a rotating file in a
// given directory, at the level of ALLIANCECALC_LOG_LEVEL (default warn), opened only
// when there is something to write, and capped per session.
#include "support/log.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace {

namespace log = alliance::support::log;

class Log : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "alliancecalc-log-XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
  }
  void TearDown() override {
    log::configure({}, spdlog::level::off);
    unsetenv(log::kLevelVariable);
    std::filesystem::remove_all(dir_);
  }
  [[nodiscard]] std::filesystem::path file() const { return dir_ / log::kFileName; }
  [[nodiscard]] std::string text() const {
    log::flush();
    std::ifstream in(file());
    std::stringstream out;
    out << in.rdbuf();
    return out.str();
  }
  [[nodiscard]] bool contains(const std::string& part) const {
    return text().find(part) != std::string::npos;
  }

  std::filesystem::path dir_;
};

TEST(LogLevel, NamesInAnyCaseDefaultWarn) {
  EXPECT_EQ(log::levelFromText("error"), spdlog::level::err);
  EXPECT_EQ(log::levelFromText("ERROR"), spdlog::level::err);
  EXPECT_EQ(log::levelFromText(" info "), spdlog::level::info);
  EXPECT_EQ(log::levelFromText("debug"), spdlog::level::debug);
  EXPECT_EQ(log::levelFromText("trace"), spdlog::level::trace);
  EXPECT_EQ(log::levelFromText("critical"), spdlog::level::critical);
  EXPECT_EQ(log::levelFromText("off"), spdlog::level::off);
  EXPECT_EQ(log::levelFromText("Warning"), spdlog::level::warn);
  EXPECT_EQ(log::levelFromText(nullptr), spdlog::level::warn);
  EXPECT_EQ(log::levelFromText(""), spdlog::level::warn);
  EXPECT_EQ(log::levelFromText("verbose"), spdlog::level::warn);
}

TEST_F(Log, WritesWarningsAndErrorsToTheFileInTheDirectory) {
  log::configure(dir_, spdlog::level::warn);
  log::info("started");
  log::warn("the first warning");
  log::error("an error");
  EXPECT_TRUE(std::filesystem::exists(file()));
  EXPECT_TRUE(contains("[warning]")) << text();
  EXPECT_TRUE(contains("the first warning")) << text();
  EXPECT_TRUE(contains("[error]")) << text();
  EXPECT_TRUE(contains("an error")) << text();
  EXPECT_FALSE(contains("started")) << text();  // info is below warn
}

TEST_F(Log, NoFileUntilSomethingIsWritten) {
  log::configure(dir_, spdlog::level::warn);
  log::info("below the level");
  EXPECT_FALSE(std::filesystem::exists(file()));
}

TEST_F(Log, LevelFromTheEnvironmentVariable) {
  setenv(log::kLevelVariable, "error", 1);
  log::configureFromEnvironment(dir_);
  EXPECT_EQ(log::level(), spdlog::level::err);
  log::warn("a warning");
  EXPECT_FALSE(std::filesystem::exists(file()));
  log::error("an error");
  EXPECT_TRUE(contains("an error")) << text();
  EXPECT_FALSE(contains("a warning")) << text();

  setenv(log::kLevelVariable, "info", 1);
  log::configureFromEnvironment(dir_);
  log::info("loaded");
  EXPECT_TRUE(contains("[info]")) << text();
  EXPECT_TRUE(contains("loaded")) << text();

  setenv(log::kLevelVariable, "off", 1);
  log::configureFromEnvironment(dir_);
  log::error("not written");
  EXPECT_FALSE(contains("not written")) << text();
}

TEST_F(Log, DefaultLevelIsWarn) {
  unsetenv(log::kLevelVariable);
  log::configureFromEnvironment(dir_);
  EXPECT_EQ(log::level(), spdlog::level::warn);
  log::info("not written");
  log::warn("written");
  EXPECT_TRUE(contains("written")) << text();
  EXPECT_FALSE(contains("not written")) << text();
}

TEST_F(Log, NothingWithoutADirectory) {
  log::configure({}, spdlog::level::trace);
  EXPECT_EQ(log::level(), spdlog::level::off);
  EXPECT_NO_THROW(log::error("nowhere"));
}

TEST_F(Log, AnUnwritableDirectoryIsNoFailure) {
  const std::filesystem::path blocked = dir_ / "a-file";
  std::ofstream(blocked) << "not a directory";
  log::configure(blocked / "log", spdlog::level::warn);
  EXPECT_NO_THROW(log::error("cannot be written"));
  EXPECT_NO_THROW(log::error("still no failure"));
}

TEST_F(Log, CappedPerSession) {
  log::configure(dir_, spdlog::level::warn);
  for (std::size_t i = 0; i < log::kMaxMessages + 50; ++i) {
    log::warn("message " + std::to_string(i));
  }
  const std::string all = text();
  EXPECT_NE(all.find("message " + std::to_string(log::kMaxMessages - 1)), std::string::npos);
  EXPECT_EQ(all.find("message " + std::to_string(log::kMaxMessages) + "\n"), std::string::npos);
  EXPECT_NE(all.find("further ones are left out"), std::string::npos);
}

TEST_F(Log, RotatesAtTheSizeLimit) {
  log::configure(dir_, spdlog::level::warn);
  const std::string line(1200, 'x');  // 1000 lines: more than 1 MB
  for (std::size_t i = 0; i < log::kMaxMessages; ++i) {
    log::warn(line);
  }
  log::flush();
  EXPECT_TRUE(std::filesystem::exists(dir_ / "alliancecalc.1.log"));
  EXPECT_LE(std::filesystem::file_size(file()), log::kMaxFileBytes);
}

}  // namespace
