// `alliancecalc score`: scores every partner of a portfolio workbook.
#pragma once

#include <string>
#include <vector>

namespace alliance::cli {

// Runs the command on its arguments (those after "score"); returns the exit
// code. Throws CommandError, office errors and UNO exceptions: main() turns
// them into a message and an exit code.
[[nodiscard]] int runScore(const std::vector<std::string>& args);

}  // namespace alliance::cli
