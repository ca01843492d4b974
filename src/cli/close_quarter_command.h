// `alliancecalc close-quarter`: closes the current quarter of a portfolio
// workbook into a new file, or in place with the previous version kept beside it.
#pragma once

#include <string>
#include <vector>

namespace alliance::cli {

// Runs the command on its arguments (those after "close-quarter"); returns the
// exit code. Throws CommandError, office errors and UNO exceptions: main()
// turns them into a message and an exit code.
[[nodiscard]] int runCloseQuarter(const std::vector<std::string>& args);

}  // namespace alliance::cli
