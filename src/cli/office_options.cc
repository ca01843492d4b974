#include "cli/office_options.h"

#include <stdlib.h>

#include <fmt/format.h>

#include <filesystem>
#include <string>
#include <string_view>

#include "cli/command_error.h"
#include "cli/installed_files.h"
#include "office/installation.h"

namespace po = boost::program_options;

namespace alliance::cli {

namespace {

constexpr std::string_view kExtensionIdentifier = "org.alliancecalc.extension";

// How a user gets the extension into an office the tool can use.
std::string howToInstall() {
  return fmt::format(
      "Install it into your own LibreOffice profile with\n"
      "  unopkg add {}\n"
      "(or in LibreOffice: Tools > Extension Manager > Add), or pass --profile DIR (or set\n"
      "ALLIANCECALC_PROFILE) to name a profile that has it.",
      extensionPackage().string());
}

}  // namespace

void addOfficeOptions(po::options_description& options) {
  options.add_options()("profile", po::value<std::string>()->value_name("DIR"),
                        "a LibreOffice profile with AllianceCalc installed; the office runs on "
                        "a copy of it (default: $ALLIANCECALC_PROFILE, else your own profile "
                        "when AllianceCalc is installed there)")(
      "connect", po::value<std::string>()->value_name("UNO-URL"),
      "use a running office instead, e.g. 'uno:pipe,name=x;urp;StarOffice.ComponentContext'; "
      "it is left running");
}

void checkOfficeOptions(const po::variables_map& vm, std::string_view command) {
  if (vm.count("profile") != 0 && vm.count("connect") != 0) {
    throw CommandError(kUsageError, fmt::format("give either --profile or --connect, not both\nRun "
                                                "'alliancecalc {} --help' for usage.",
                                                command));
  }
}

std::unique_ptr<office::Office> openOffice(const po::variables_map& vm) {
  if (vm.count("connect") != 0) {
    return office::Office::connect(vm["connect"].as<std::string>());
  }
  std::string profile;
  if (vm.count("profile") != 0) {
    profile = vm["profile"].as<std::string>();
  } else if (const char* fromEnvironment = ::getenv("ALLIANCECALC_PROFILE")) {
    profile = fromEnvironment;
  }
  if (!profile.empty()) {
    if (!std::filesystem::is_directory(profile)) {
      throw CommandError(
          kOfficeUnavailable,
          fmt::format("the profile directory {} does not exist.\n{}", profile, howToInstall()));
    }
    return office::Office::start(profile);
  }
  // No profile named: the user's own, when AllianceCalc is installed there (the
  // office runs on a copy, so the user's office may stay open), or a new one
  // when the office has it for every user.
  if (const auto own = office::userProfile();
      own && office::profileHasExtension(*own, kExtensionIdentifier)) {
    return office::Office::start(*own);
  }
  if (office::officeHasExtension(kExtensionIdentifier)) {
    return office::Office::startWithNewProfile();
  }
  throw CommandError(
      kOfficeUnavailable,
      fmt::format("AllianceCalc is not installed in your LibreOffice profile{}.\n{}",
                  office::userProfile() ? " (" + office::userProfile()->string() + ")" : "",
                  howToInstall()));
}

void requireExtension(const office::Office& office) {
  if (!office.hasService("org.alliancecalc.AllianceFunctions")) {
    throw CommandError(kOfficeUnavailable,
                       "the office does not know the AllianceCalc functions: the extension is "
                       "missing from the profile.\n" +
                           howToInstall());
  }
}

}  // namespace alliance::cli
