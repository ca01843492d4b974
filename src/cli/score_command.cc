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
#include "core/text.h"
#include "core/warnings.h"
#include "office/document.h"
#include "office/office.h"
#include "portfolio/portfolio.h"
#include "portfolio/scorecard.h"
#include "support/workbook_reader.h"

namespace alliance::cli {

namespace po = boost::program_options;

namespace {

PartnerScore scoreOf(const portfolio::Scorecard& card) {
  PartnerScore score;
  score.partner = toUtf8(card.partner);
  score.health = card.health;
  score.problem = card.problem;
  if (card.status) {
    score.status = std::string(statusWord(*card.status));
  }
  if (card.action) {
    score.action = std::string(actionWord(*card.action));
  } else if (card.actionProblem) {
    score.problem = card.actionProblem;
  }
  for (const WarningInfo& info : warningTable()) {
    if (card.warnings.contains(info.id)) {
      score.warnings.emplace_back(info.title);
    }
  }
  return score;
}

std::vector<PartnerScore> scorePortfolio(const portfolio::Workbook& workbook) {
  const portfolio::Portfolio p = portfolio::readPortfolio(workbook);
  std::vector<PartnerScore> scores;
  scores.reserve(p.partners.size());
  for (const portfolio::PartnerRow& partner : p.partners) {
    scores.push_back(scoreOf(portfolio::scorePartner(p, partner)));
  }
  return scores;
}

constexpr const char* kUsage =
    "Usage: alliancecalc score WORKBOOK [--json] [--profile DIR] [--connect UNO-URL]\n"
    "\n"
    "Scores every partner on the portfolio sheet of WORKBOOK as its own formulas do,\n"
    "with the weights and status bands on its Settings sheet, in a headless\n"
    "LibreOffice. The workbook itself is never changed. The portfolio sheet is the\n"
    "first sheet with a header row holding \"Partner\" and a metric name in its first\n"
    "20 rows and 30 columns; every row below it that names a partner is scored\n"
    "(blank rows are skipped). Health is shown with one decimal, rounded half away\n"
    "from zero, as the sheet shows it.\n";

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
  requireExtension(*office);
  std::vector<PartnerScore> scores;
  try {
    const office::Document document(*office, workbook);
    scores = scorePortfolio(support::readWorkbook(document.component()));
  } catch (const portfolio::WorkbookError& e) {
    throw CommandError(kWorkbookUnusable, fmt::format("{}: {}", workbook.string(), e.what()));
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
