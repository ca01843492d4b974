#include "cli/office_options.h"

#include <stdlib.h>

#include <fmt/format.h>

#include <filesystem>
#include <string>

#include "cli/command_error.h"

namespace po = boost::program_options;

namespace alliance::cli {

namespace {

constexpr const char* kNoProfile =
    "no LibreOffice profile given: pass --profile DIR or set ALLIANCECALC_PROFILE to a\n"
    "profile with AllianceCalc installed. Create one with:\n"
    "  scripts/install-extension.sh --profile DIR AllianceCalc.oxt";

}  // namespace

void addOfficeOptions(po::options_description& options) {
  options.add_options()("profile", po::value<std::string>()->value_name("DIR"),
                        "a LibreOffice profile with AllianceCalc installed; the office runs on "
                        "a copy of it (default: $ALLIANCECALC_PROFILE)")(
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
  if (profile.empty()) {
    throw CommandError(kOfficeUnavailable, kNoProfile);
  }
  if (!std::filesystem::is_directory(profile)) {
    throw CommandError(kOfficeUnavailable,
                       fmt::format("the profile directory {} does not exist. Create one with:\n"
                                   "  scripts/install-extension.sh --profile {} AllianceCalc.oxt",
                                   profile, profile));
  }
  return office::Office::start(profile);
}

void requireExtension(const office::Office& office) {
  if (!office.hasService("org.alliancecalc.AllianceFunctions")) {
    throw CommandError(kOfficeUnavailable,
                       "the office does not know the AllianceCalc functions: the extension is "
                       "missing from the profile. Install it with:\n"
                       "  scripts/install-extension.sh --profile DIR AllianceCalc.oxt");
  }
}

}  // namespace alliance::cli
