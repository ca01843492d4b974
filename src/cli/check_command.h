// `alliancecalc check`: validates a portfolio workbook against the structure of
// the partner portfolio template and the function contract.
#pragma once

#include <string>
#include <vector>

namespace alliance::cli {

// Runs the command on its arguments (those after "check"); returns the exit
// code. Throws CommandError, office errors and UNO exceptions: main() turns
// them into a message and an exit code.
[[nodiscard]] int runCheck(const std::vector<std::string>& args);

}  // namespace alliance::cli
