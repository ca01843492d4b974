#include "cli/office_options.h"

#include <stdlib.h>

#include <fmt/format.h>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

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
      "connect", po::value<std::vector<std::string>>()->value_name("UNO-URL")->composing(),
      "use a running office instead, e.g. 'uno:pipe,name=x;urp;StarOffice.ComponentContext' or "
      "'uno:socket,host=127.0.0.1,port=2002;urp;StarOffice.ComponentContext'; it is left "
      "running. Repeatable: qbr shares its partners out over the offices, the other commands "
      "use the first that answers");
}

void addJobsOption(po::options_description& options) {
  options.add_options()("jobs,j", po::value<unsigned>()->value_name("N"),
                        "private offices to share the partners out over (default: the number "
                        "of cores, at most one per partner)");
}

void checkOfficeOptions(const po::variables_map& vm, std::string_view command) {
  const auto usage = [&](std::string_view what) {
    return CommandError(kUsageError,
                        fmt::format("{}\nRun 'alliancecalc {} --help' for usage.", what, command));
  };
  if (vm.count("profile") != 0 && vm.count("connect") != 0) {
    throw usage("give either --profile or --connect, not both");
  }
  if (vm.count("jobs") != 0) {
    if (vm.count("connect") != 0) {
      throw usage("give either --jobs or --connect: the offices are the servers named");
    }
    if (vm["jobs"].as<unsigned>() == 0) {
      throw usage("--jobs needs at least one office");
    }
  }
}

std::vector<std::string> connectUrls(const po::variables_map& vm) {
  return vm.count("connect") != 0 ? vm["connect"].as<std::vector<std::string>>()
                                  : std::vector<std::string>{};
}

std::unique_ptr<office::Office> openOffice(const po::variables_map& vm) {
  if (const std::vector<std::string> urls = connectUrls(vm); !urls.empty()) {
    // The first that answers; when none does, why the last did not.
    for (std::size_t i = 0;; ++i) {
      try {
        return office::Office::connect(urls[i]);
      } catch (const office::OfficeError&) {
        if (i + 1 == urls.size()) {
          throw;
        }
      }
    }
  }
  return startOffice(privateOfficeProfile(vm));
}

std::unique_ptr<office::Office> startOffice(const std::optional<std::filesystem::path>& profile) {
  return profile ? office::Office::start(*profile) : office::Office::startWithNewProfile();
}

std::optional<std::filesystem::path> privateOfficeProfile(const po::variables_map& vm) {
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
    return std::filesystem::path(profile);
  }
  // No profile named: the user's own, when AllianceCalc is installed there (the
  // office runs on a copy, so the user's office may stay open), or a new one
  // when the office has it for every user.
  if (auto own = office::userProfile();
      own && office::profileHasExtension(*own, kExtensionIdentifier)) {
    return own;
  }
  if (office::officeHasExtension(kExtensionIdentifier)) {
    return std::nullopt;
  }
  throw CommandError(
      kOfficeUnavailable,
      fmt::format("AllianceCalc is not installed in your LibreOffice profile{}.\n{}",
                  office::userProfile() ? " (" + office::userProfile()->string() + ")" : "",
                  howToInstall()));
}

void requireExtension(const office::Office& office, std::string_view name) {
  if (!office.hasService("org.alliancecalc.AllianceFunctions")) {
    throw CommandError(
        kOfficeUnavailable,
        fmt::format("{} does not know the AllianceCalc functions: the extension is missing from "
                    "its profile.\n{}",
                    name.empty() ? std::string_view("the office") : name, howToInstall()));
  }
}

}  // namespace alliance::cli
