#include "office/scratch_dir.h"

#include <stdlib.h>

#include <cerrno>
#include <string>
#include <system_error>

namespace alliance::office {

ScratchDir::ScratchDir(std::string_view prefix) {
  std::string pattern =
      (std::filesystem::temp_directory_path() / (std::string(prefix) + "XXXXXX")).string();
  if (::mkdtemp(pattern.data()) == nullptr) {
    throw std::system_error(errno, std::generic_category(),
                            "could not create a temporary directory");
  }
  path_ = std::filesystem::absolute(pattern);  // it ends up in file URLs
}

ScratchDir::~ScratchDir() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

}  // namespace alliance::office
