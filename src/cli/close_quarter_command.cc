#include "cli/close_quarter_command.h"

#include <boost/program_options.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <optional>

#include "cli/command_error.h"
#include "cli/command_line.h"
#include "cli/office_options.h"
#include "cli/workbook_output.h"
#include "core/text.h"
#include "office/document.h"
#include "office/office.h"
#include "portfolio/quarter_close.h"
#include "quarter/quarter_close_service.h"

namespace alliance::cli {

namespace po = boost::program_options;

namespace {

constexpr const char* kUsage =
    "Usage: alliancecalc close-quarter WORKBOOK (--out FILE | --in-place)\n"
    "                                  [--profile DIR] [--connect UNO-URL]\n"
    "\n"
    "Closes the current quarter of the portfolio WORKBOOK (Current quarter on its\n"
    "Settings sheet):\n"
    "  - History gets one row per partner for that quarter, as values: Quarter,\n"
    "    Partner, Health, Status, the five dimensions, revenue target, revenue\n"
    "    actual and pipeline;\n"
    "  - each partner's Previous health becomes this quarter's health; Quarters\n"
    "    red counts up when the partner is Red, else goes back to 0; Quarters\n"
    "    declining counts up when health fell, else goes back to 0;\n"
    "  - the current quarter on Settings moves to the next one (2026-Q4 -> 2027-Q1).\n"
    "A quarter that History already holds is not closed again, and nothing is\n"
    "closed while `check` finds errors in the workbook (they are listed).\n"
    "Nothing is lost: --out writes a new file (never over an existing one);\n"
    "--in-place first keeps the workbook as it was beside it, as\n"
    "NAME.before-close-QUARTER.EXT, then replaces it in one step, so the workbook\n"
    "is at every moment either the old one or the new one.\n";

constexpr const char* kExitCodes =
    "Exit codes: 0 closed; 1 the workbook has errors (listed; nothing changed);\n"
    "2 usage error; 3 the office could not be started or reached, or lacks the\n"
    "extension; 4 the workbook cannot be opened, or has no portfolio, no History\n"
    "sheet or no current quarter; 5 the output file or the backup exists, or\n"
    "cannot be written; 7 no space left; 8 History already holds the quarter.\n";

// NAME.before-close-2026-Q4.ods beside the workbook.
std::filesystem::path backupPath(const std::filesystem::path& workbook,
                                 const portfolio::Quarter& quarter) {
  return workbook.parent_path() / (workbook.stem().string() + ".before-close-" + quarter.text() +
                                   workbook.extension().string());
}

void printProblems(const std::vector<qbr::Finding>& problems, const std::string& workbook) {
  for (const qbr::Finding& f : problems) {
    std::cerr << fmt::format("{}: error: {}\n", qbr::findingPlace(f), printable(f.message));
  }
  std::cerr << fmt::format(
      "alliancecalc: {}: the quarter is not closed while the workbook has {} error{} (`check` "
      "lists the same); nothing was changed\n",
      printable(workbook), problems.size(), problems.size() == 1 ? "" : "s");
}

}  // namespace

int runCloseQuarter(const std::vector<std::string>& args) {
  po::options_description options("Options");
  auto add = options.add_options();
  add("out", po::value<std::string>()->value_name("FILE"),
      "write the closed workbook to FILE (.ods, .fods, .xlsx or .xls); never over an existing "
      "file");
  add("in-place", po::bool_switch(), "replace WORKBOOK, keeping the previous version beside it");
  add("help,h", "show this help");
  addOfficeOptions(options);
  const std::optional<po::variables_map> parsed =
      parseCommandLine(args, options, "workbook", 1, {"close-quarter", kUsage, kExitCodes});
  if (!parsed) {
    return kDone;  // the help was asked for
  }
  const po::variables_map& vm = *parsed;
  if (vm.count("workbook") == 0) {
    throw usageError("close-quarter", "close-quarter needs a WORKBOOK");
  }
  const bool inPlace = vm["in-place"].as<bool>();
  if (inPlace == (vm.count("out") != 0)) {
    throw usageError("close-quarter", "give either --out FILE or --in-place");
  }
  checkOfficeOptions(vm, "close-quarter");
  // Paths become absolute before the office sees them as URLs.
  const std::filesystem::path workbook =
      std::filesystem::absolute(vm["workbook"].as<std::string>()).lexically_normal();
  const std::filesystem::path target =
      inPlace ? workbook
              : std::filesystem::absolute(vm["out"].as<std::string>()).lexically_normal();
  (void)workbookFilter(target, "close-quarter");
  // Cheap checks first: a typo should not cost an office start-up.
  office::Document::checkReadable(workbook);
  checkWorkbookTarget(target, inPlace);

  const std::unique_ptr<office::Office> office = openOffice(vm);
  requireExtension(*office);
  std::optional<office::Document> document;
  quarter::CloseOutcome outcome;
  try {
    document.emplace(*office, workbook);
    outcome = quarter::closeQuarter(document->component());
  } catch (const portfolio::CloseError& e) {
    throw CommandError(e.refusal() == portfolio::CloseRefusal::AlreadyClosed ? kAlreadyClosed
                       : e.refusal() == portfolio::CloseRefusal::Unscored    ? kPartnerProblems
                                                                             : kWorkbookUnusable,
                       fmt::format("{}: {}", workbook.string(), e.what()));
  } catch (const portfolio::WorkbookError& e) {
    throw CommandError(kWorkbookUnusable, fmt::format("{}: {}", workbook.string(), e.what()));
  }
  if (!outcome.closed) {
    printProblems(outcome.problems, workbook.string());
    return kPartnerProblems;
  }
  const portfolio::QuarterClose& closed = *outcome.closed;

  // The workbook as it was, byte for byte, before anything replaces it; an
  // existing backup of the same quarter is never overwritten.
  const std::optional<std::filesystem::path> backup =
      inPlace ? std::optional(backupPath(workbook, closed.closed)) : std::nullopt;
  storeWithoutLoss(document->component(), workbook, target, backup);
  std::cout << fmt::format(
      "Closed {}: {} partners added to History; the current quarter is now {}.\n",
      closed.closed.text(), closed.partners.size(), closed.next.text());
  std::cout << printable(target.string()) << '\n';
  if (backup) {
    std::cout << fmt::format("The workbook as it was: {}\n", printable(backup->string()));
  }
  return kDone;
}

}  // namespace alliance::cli
