// The options every command that drives an office shares: --profile (start a
// private office on a copy of a profile) or --connect (use a running one).
#pragma once

#include <boost/program_options.hpp>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "office/office.h"

namespace alliance::cli {

void addOfficeOptions(boost::program_options::options_description& options);
// --jobs N, for the commands that share partners out over several offices.
void addJobsOption(boost::program_options::options_description& options);
// Throws a usage CommandError when the options contradict each other.
void checkOfficeOptions(const boost::program_options::variables_map& vm, std::string_view command);
// Throws CommandError (no profile) or office::OfficeError.
[[nodiscard]] std::unique_ptr<office::Office> openOffice(
    const boost::program_options::variables_map& vm);

// The URLs given with --connect, in order; empty when none.
[[nodiscard]] std::vector<std::string> connectUrls(const boost::program_options::variables_map& vm);
// The profile a private office starts on a copy of: --profile, ALLIANCECALC_PROFILE,
// or the user's own when AllianceCalc is installed there; nullopt for a new,
// empty one (AllianceCalc is installed for all users). Throws CommandError
// when none has it.
[[nodiscard]] std::optional<std::filesystem::path> privateOfficeProfile(
    const boost::program_options::variables_map& vm);
// A private office on a copy of `profile` (nullopt: on a new profile).
[[nodiscard]] std::unique_ptr<office::Office> startOffice(
    const std::optional<std::filesystem::path>& profile);

// Throws CommandError (kOfficeUnavailable) when the office lacks the extension:
// a portfolio's own formulas would show #NAME? there. `name` says which office.
void requireExtension(const office::Office& office, std::string_view name = {});

}  // namespace alliance::cli
