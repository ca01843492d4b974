// `alliancecalc overlap`: the accounts two companies share, from two account
// lists in .ods, .xlsx or .csv files.
#pragma once

#include <string>
#include <vector>

namespace alliance::cli {

// Runs the command on its arguments (those after "overlap"); returns the exit
// code. Throws CommandError, office errors and UNO exceptions: main() turns
// them into a message and an exit code.
[[nodiscard]] int runOverlap(const std::vector<std::string>& args);

}  // namespace alliance::cli
