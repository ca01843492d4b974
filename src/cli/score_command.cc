#include "cli/score_command.h"

#include <stdlib.h>

#include <boost/program_options.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "cli/command_error.h"
#include "cli/command_line.h"
#include "cli/office_options.h"
#include "cli/output.h"
#include "cli/portfolio.h"
#include "office/document.h"
#include "office/office.h"

namespace alliance::cli {

namespace po = boost::program_options;

namespace {

constexpr const char* kUsage =
    "Usage: alliancecalc score WORKBOOK [--json] [--profile DIR] [--connect UNO-URL]\n"
    "\n"
    "Scores every partner on the portfolio sheet of WORKBOOK with the AllianceCalc\n"
    "functions in a headless LibreOffice. The workbook itself is never changed.\n"
    "The portfolio sheet is the first sheet with a \"Partner\" cell in its first 20\n"
    "rows and 30 columns; that row holds the metric names, and the partner rows\n"
    "follow it down to the first empty Partner cell.\n";

constexpr const char* kExitCodes =
    "Exit codes: 0 done; 1 done, but a partner row has a problem; 2 usage error;\n"
    "3 the office could not be started or reached, or lacks the extension;\n"
    "4 the workbook cannot be opened or has no portfolio sheet.\n";

}  // namespace

int runScore(const std::vector<std::string>& args) {
  po::options_description options("Options");
  auto add = options.add_options();
  add("json", po::bool_switch(), "print JSON instead of a table");
  add("help,h", "show this help");
  addOfficeOptions(options);
  const std::optional<po::variables_map> parsed =
      parseCommandLine(args, options, "workbook", 1, {"score", kUsage, kExitCodes});
  if (!parsed) {
    return kDone;  // the help was asked for
  }
  const po::variables_map& vm = *parsed;
  if (vm.count("workbook") == 0) {
    throw usageError("score", "score needs a WORKBOOK");
  }
  checkOfficeOptions(vm, "score");
  const std::filesystem::path workbook = vm["workbook"].as<std::string>();
  // A mistyped file name should not cost an office start-up.
  office::Document::checkReadable(workbook);

  const std::unique_ptr<office::Office> office = openOffice(vm);
  std::vector<PartnerScore> scores;
  {
    const office::Document document(*office, workbook);
    scores = scorePortfolio(document.component(), workbook.string());
  }
  if (vm["json"].as<bool>()) {
    printJson(std::cout, scores);
  } else {
    printTable(std::cout, scores);
  }
  std::cout.flush();
  const bool problems =
      std::any_of(scores.begin(), scores.end(), [](const PartnerScore& s) { return s.problem; });
  return problems ? kPartnerProblems : kDone;
}

}  // namespace alliance::cli
