#include "office/installation.h"

#include <stdlib.h>

#include <cstdint>
#include <fstream>
#include <iterator>
#include <string>
#include <system_error>

namespace alliance::office {

namespace {

constexpr const char* kProgramDir = ALLIANCE_LO_PROGRAM_DIR;
// An extension's description.xml lies at most this far below the folders
// searched: uno_packages/<random>.tmp_/<package>.oxt/description.xml.
constexpr int kMaxDepth = 2;
constexpr std::uintmax_t kMaxDescriptionBytes = 1 << 20;

bool describes(const std::filesystem::path& description, std::string_view identifier) {
  std::error_code error;
  const std::uintmax_t size = std::filesystem::file_size(description, error);
  if (error || size > kMaxDescriptionBytes) {
    return false;
  }
  std::ifstream in(description, std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return text.find("identifier value=\"" + std::string(identifier) + "\"") != std::string::npos;
}

// Looks for <folder>/**/description.xml naming the extension; unreadable
// folders are skipped, never an error.
bool folderHasExtension(const std::filesystem::path& folder, std::string_view identifier) {
  std::error_code error;
  std::filesystem::recursive_directory_iterator it(
      folder, std::filesystem::directory_options::skip_permission_denied, error);
  for (; !error && it != std::filesystem::recursive_directory_iterator(); it.increment(error)) {
    if (it.depth() >= kMaxDepth) {
      it.disable_recursion_pending();
    }
    if (it->path().filename() == "description.xml" && describes(it->path(), identifier)) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::optional<std::filesystem::path> userProfile() {
  std::filesystem::path config;
  if (const char* xdg = ::getenv("XDG_CONFIG_HOME"); xdg != nullptr && *xdg == '/') {
    config = xdg;
  } else if (const char* home = ::getenv("HOME"); home != nullptr && *home != '\0') {
    config = std::filesystem::path(home) / ".config";
  } else {
    return std::nullopt;
  }
  std::filesystem::path profile = config / "libreoffice" / "4";
  std::error_code error;
  if (!std::filesystem::is_directory(profile / "user", error)) {
    return std::nullopt;
  }
  return profile;
}

bool profileHasExtension(const std::filesystem::path& profile, std::string_view identifier) {
  return folderHasExtension(profile / "user" / "uno_packages" / "cache" / "uno_packages",
                            identifier);
}

bool officeHasExtension(std::string_view identifier) {
  const std::filesystem::path share = std::filesystem::path(kProgramDir).parent_path() / "share";
  return folderHasExtension(share / "extensions", identifier) ||
         folderHasExtension(share / "uno_packages" / "cache" / "uno_packages", identifier);
}

}  // namespace alliance::office
