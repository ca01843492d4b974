// What every alliancecalc command shares on its command line: parsing its options and
// its positional arguments, --help, and usage errors that point to that help.
#pragma once

#include <boost/program_options.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/command_error.h"

namespace alliance::cli {

struct CommandHelp {
  std::string_view name;       // "score"
  std::string_view usage;      // the usage line and what the command does
  std::string_view exitCodes;  // the command's exit codes, printed after the options
};

// A usage error (exit code 2) that says how to get the command's help.
[[nodiscard]] CommandError usageError(std::string_view command, const std::string& message);

// Parses the arguments against `options` (which must hold "help,h") and the positional
// argument `positional`, taken at most `maxCount` times: as a std::string when
// maxCount is 1, else as a std::vector<std::string>. Prints the help and returns
// nothing when --help is given; throws usageError() on a parse error.
[[nodiscard]] std::optional<boost::program_options::variables_map> parseCommandLine(
    const std::vector<std::string>& args,
    const boost::program_options::options_description& options, const char* positional,
    int maxCount, const CommandHelp& help);

// The languages of the text catalogue, their codes joined by `separator`: "en|de".
[[nodiscard]] std::string languageCodes(std::string_view separator);

// `text` as a JSON string: quotes, backslashes and control characters escaped, UTF-8
// passed through.
[[nodiscard]] std::string jsonString(std::string_view text);

// Text from a workbook or a list as it may go to a terminal: control characters
// (C0, DEL and C1, which include the escape sequences that move the cursor or
// recolour the screen) written as \xHH or \u00HH, so a name cannot change the
// terminal or break a line of the output.
[[nodiscard]] std::string printable(std::string_view text);

}  // namespace alliance::cli
