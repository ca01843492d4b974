// Where generated files go, and how they get there safely: never over a
// user's file unless asked, and never half-written under the final name
// (each file is written to a temporary name beside it and renamed at the end).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "portfolio/quarter.h"
#include "qbr/qbr_error.h"

namespace alliance::qbr {

// "<partner> QBR <quarter>", with characters a file name cannot hold replaced and
// the name cut, between characters, to at most kMaxNameBytes bytes of UTF-8: with
// the temporary and lock file names built on it, it stays under the 255 bytes a
// file name may have.
inline constexpr std::size_t kMaxNameBytes = 150;
[[nodiscard]] std::string fileStem(std::u16string_view partner, const portfolio::Quarter& quarter);

// One stem per partner, in order, every one different: partners whose names give
// the same stem (Acme/Beta and Acme_Beta; names equal in their first
// kMaxNameBytes; names differing only in ASCII case, which some file systems
// fold) get " (2)", " (3)", ... after the first one. Computed over all of a
// portfolio's partners, so a partner's file name does not depend on which
// others are made with it.
[[nodiscard]] std::vector<std::string> uniqueFileStems(const std::vector<std::u16string>& partners,
                                                       const portfolio::Quarter& quarter);

// Throws QbrError when `directory` is missing, is not a folder, or cannot be written.
void checkOutputDirectory(const std::filesystem::path& directory);
// Creates `directory` (and its parents) when missing, then checks it as above.
void makeOutputDirectory(const std::filesystem::path& directory);

// A file being written under a temporary name in the final file's folder.
// commit() moves it to the final name; if that never happens, the temporary
// file is removed, with the office's lock file for it when an office that was
// killed while writing it could not remove that itself.
class StagedFile {
 public:
  StagedFile(std::filesystem::path finalPath, bool overwrite);
  ~StagedFile();
  StagedFile(const StagedFile&) = delete;
  StagedFile& operator=(const StagedFile&) = delete;

  [[nodiscard]] const std::filesystem::path& temporaryPath() const { return temporary_; }
  [[nodiscard]] const std::filesystem::path& finalPath() const { return final_; }
  // Throws QbrError when the final file exists and overwriting was not asked for.
  void commit();

 private:
  std::filesystem::path final_;
  std::filesystem::path temporary_;
  bool overwrite_;
  bool committed_ = false;
};

// Throws FileExists when the file exists and overwriting was not asked for.
void refuseToOverwrite(const std::filesystem::path& path, bool overwrite);

}  // namespace alliance::qbr
