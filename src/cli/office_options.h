// The options every command that drives an office shares: --profile (start a
// private office on a copy of a profile) or --connect (use a running one).
#pragma once

#include <boost/program_options.hpp>

#include <memory>
#include <string_view>

#include "office/office.h"

namespace alliance::cli {

void addOfficeOptions(boost::program_options::options_description& options);
// Throws a usage CommandError when both are given.
void checkOfficeOptions(const boost::program_options::variables_map& vm, std::string_view command);
// Throws CommandError (no profile) or office::OfficeError.
[[nodiscard]] std::unique_ptr<office::Office> openOffice(
    const boost::program_options::variables_map& vm);
// Throws CommandError (kOfficeUnavailable) when the office lacks the extension:
// a portfolio's own formulas would show #NAME? there.
void requireExtension(const office::Office& office);

}  // namespace alliance::cli
