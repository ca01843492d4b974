#include "cli/check_command.h"

#include <boost/program_options.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <string_view>

#include "cli/command_error.h"
#include "cli/command_line.h"
#include "cli/office_options.h"
#include "office/document.h"
#include "office/office.h"
#include "portfolio/portfolio.h"
#include "qbr/workbook_check.h"
#include "support/workbook_reader.h"

namespace alliance::cli {

namespace po = boost::program_options;

namespace {

constexpr const char* kUsage =
    "Usage: alliancecalc check WORKBOOK [--json] [--profile DIR] [--connect UNO-URL]\n"
    "\n"
    "Checks a portfolio workbook against the partner portfolio template and the\n"
    "function contract, without changing it:\n"
    "  - the portfolio sheet (the first sheet with a header row holding \"Partner\"\n"
    "    and a metric name in its first 20 rows and 30 columns; every row below it\n"
    "    naming a partner is a partner row, blank rows skipped): which metric\n"
    "    columns are recognised (other\n"
    "    headings, misspelt metric names too, are ignored as the functions ignore\n"
    "    them); contract metrics without a column (a warning); a metric in two\n"
    "    columns; every partner row's values, as ALLIANCE_CHECK reads them;\n"
    "    Previous health and Quarters red; a partner listed twice;\n"
    "  - History: present, with Quarter, Partner and Health columns; quarters\n"
    "    written like 2026-Q3; health from 0 to 100;\n"
    "  - Plan (when present): Partner and Milestone columns;\n"
    "  - Settings: the weights in B4:B8 and the bands in B9:B10 (numbers the\n"
    "    functions accept), and the current quarter, written like 2026-Q4.\n"
    "Prints one line per problem with its cell, then a summary; --json prints an\n"
    "array of {\"severity\": \"error\"|\"warning\", \"sheet\", \"cell\", \"message\"}.\n";

constexpr const char* kExitCodes =
    "Exit codes: 0 no errors (warnings allowed); 1 errors found; 2 usage error;\n"
    "3 the office could not be started or reached; 4 the workbook cannot be opened\n"
    "or has no portfolio sheet.\n";

void printJson(std::ostream& out, const qbr::WorkbookCheck& check) {
  out << '[';
  const char* separator = "\n  ";
  for (const qbr::Finding& f : check.findings) {
    out << separator
        << fmt::format(R"({{"severity": {}, "sheet": {}, "cell": {}, "message": {}}})",
                       jsonString(qbr::severityWord(f.severity)), jsonString(f.sheet),
                       jsonString(f.cell), jsonString(f.message));
    separator = ",\n  ";
  }
  out << (check.findings.empty() ? "]\n" : "\n]\n");
}

std::string plural(std::size_t count, std::string_view word) {
  return fmt::format("{} {}{}", count, word, count == 1 ? "" : "s");
}

void printText(std::ostream& out, const qbr::WorkbookCheck& check, const std::string& workbook) {
  for (const qbr::Finding& f : check.findings) {
    out << fmt::format("{}: {}: {}\n", qbr::findingPlace(f), qbr::severityWord(f.severity),
                       printable(f.message));
  }
  std::vector<std::string> columns;
  for (const qbr::MetricColumn& mc : check.metricColumns) {
    columns.push_back(portfolio::columnName(mc.column) + " " +
                      std::string(metricInfo(mc.metric).name));
  }
  const qbr::Finding header{qbr::Severity::Error, check.portfolioSheet,
                            portfolio::cellName(check.partnerColumn, check.headerRow), ""};
  out << fmt::format("{}: {} below the header; {} of the {} contract metrics recognised{}{}\n",
                     qbr::findingPlace(header), plural(check.partnerCount, "partner row"),
                     check.metricColumns.size(), kMetricCount, columns.empty() ? "" : ": ",
                     fmt::join(columns, ", "));
  out << fmt::format("{}: {}, {}.\n", workbook, plural(check.errorCount(), "error"),
                     plural(check.warningCount(), "warning"));
}

}  // namespace

int runCheck(const std::vector<std::string>& args) {
  po::options_description options("Options");
  auto add = options.add_options();
  add("json", po::bool_switch(), "print the findings as JSON");
  add("help,h", "show this help");
  addOfficeOptions(options);
  const std::optional<po::variables_map> parsed =
      parseCommandLine(args, options, "workbook", 1, {"check", kUsage, kExitCodes});
  if (!parsed) {
    return kDone;  // the help was asked for
  }
  const po::variables_map& vm = *parsed;
  if (vm.count("workbook") == 0) {
    throw usageError("check", "check needs a WORKBOOK");
  }
  checkOfficeOptions(vm, "check");
  const std::filesystem::path workbook = vm["workbook"].as<std::string>();
  // A mistyped file name should not cost an office start-up.
  office::Document::checkReadable(workbook);

  const std::unique_ptr<office::Office> office = openOffice(vm);
  portfolio::Workbook values;
  try {
    const office::Document document(*office, workbook);
    values = support::readWorkbook(document.component());
  } catch (const portfolio::WorkbookError& e) {
    throw CommandError(kWorkbookUnusable, fmt::format("{}: {}", workbook.string(), e.what()));
  }
  const qbr::WorkbookCheck check = qbr::checkWorkbook(values);
  if (!check.hasPortfolio) {
    throw CommandError(kWorkbookUnusable,
                       fmt::format("{}: {}", workbook.string(), check.findings.front().message));
  }
  if (vm["json"].as<bool>()) {
    printJson(std::cout, check);
  } else {
    printText(std::cout, check, workbook.string());
  }
  std::cout.flush();
  return check.errorCount() == 0 ? kDone : kPartnerProblems;  // 1: errors found
}

}  // namespace alliance::cli
