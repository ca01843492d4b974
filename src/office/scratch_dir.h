// A private temporary directory, removed with everything in it at the end.
#pragma once

#include <filesystem>
#include <string_view>

namespace alliance::office {

class ScratchDir {
 public:
  // Throws std::system_error when the directory cannot be created.
  explicit ScratchDir(std::string_view prefix);
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  [[nodiscard]] const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace alliance::office
