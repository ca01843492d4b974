// A QBR cannot be made: something the request or the output folder lacks; the
// message names it and no command-line option (each front adds its own words).
#pragma once

#include <filesystem>
#include <stdexcept>

namespace alliance::qbr {

class QbrError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A file to be written exists and replacing it was not asked for: it is kept.
class FileExists : public QbrError {
 public:
  explicit FileExists(std::filesystem::path path);
  [[nodiscard]] const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// The output folder's file system is full (writing there failed with ENOSPC or
// EDQUOT): nothing more can be written there, so a run stops at the first
// partner this happens to (its partial file removed).
class NoSpace : public QbrError {
 public:
  explicit NoSpace(std::filesystem::path folder);
  [[nodiscard]] const std::filesystem::path& folder() const { return folder_; }

 private:
  std::filesystem::path folder_;
};

}  // namespace alliance::qbr
