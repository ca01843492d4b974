#include "cli/installed_files.h"

#include <system_error>

namespace alliance::cli {

std::filesystem::path shareFolder() {
  std::error_code error;
  std::filesystem::path executable = std::filesystem::read_symlink("/proc/self/exe", error);
  if (error) {
    // Without /proc, the installed location is the best guess.
    return "/usr/share/alliancecalc";
  }
  return executable.parent_path().parent_path() / "share" / "alliancecalc";
}

std::filesystem::path templateFolder() { return shareFolder() / "templates"; }

std::filesystem::path extensionPackage() { return shareFolder() / "AllianceCalc.oxt"; }

}  // namespace alliance::cli
