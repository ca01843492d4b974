#include "cli/report_command.h"

#include <com/sun/star/lang/DisposedException.hpp>

#include <fmt/format.h>
#include <boost/program_options.hpp>

#include <filesystem>
#include <iostream>

#include "cli/command_error.h"
#include "cli/command_line.h"
#include "cli/office_options.h"
#include "core/language.h"
#include "core/text.h"
#include "office/document.h"
#include "office/office.h"
#include "portfolio/portfolio.h"
#include "qbr/output_files.h"
#include "qbr/qbr_error.h"
#include "report/report_content.h"
#include "report/report_writer.h"
#include "support/ustring.h"
#include "support/workbook_reader.h"
#include "text/catalog.h"

namespace po = boost::program_options;

namespace alliance::cli {

namespace {

constexpr const char* kUsage =
    "Usage: alliancecalc report WORKBOOK --out FILE.pdf|FILE.ods [--force]\n"
    "                           [--quarter YYYY-Qn] [--language CODE]\n"
    "\n"
    "Makes the portfolio review for leadership from the portfolio WORKBOOK: partners\n"
    "by status and by action, a bubble chart of health against partner-sourced revenue\n"
    "(bubble size: pipeline), the movers since last quarter, the partners for exit\n"
    "review, and the revenue totals, on at most two pages. The file's extension says\n"
    "its format. Every score is the one `alliancecalc score` gives. The portfolio is\n"
    "never changed, and an existing file is replaced only with --force. The language\n"
    "is the workbook's own (a workbook made from the German template gives a German\n"
    "review) unless --language is given.\n";

constexpr const char* kExitCodes =
    "Exit codes: 0 done; 1 done, but some partners cannot be scored (they are listed\n"
    "as not scored); 2 usage error; 3 the office could not be started or reached;\n"
    "4 the workbook cannot be opened or has no portfolio sheet; 5 the output file\n"
    "exists (give --force) or its folder cannot be written; 7 no space left.\n";

}  // namespace

int runReport(const std::vector<std::string>& args) {
  po::options_description options("Options");
  auto add = options.add_options();
  add("out", po::value<std::string>()->value_name("FILE"), "the review's file: .pdf or .ods");
  add("force", po::bool_switch(), "replace the file if it exists");
  add("quarter", po::value<std::string>()->value_name("YYYY-Qn"),
      "the quarter under review (default: Current quarter on the Settings sheet)");
  add("language", po::value<std::string>()->value_name(languageCodes("|")),
      "the language of the review's texts (default: the workbook's)");
  add("help,h", "show this help");
  addOfficeOptions(options);
  const std::optional<po::variables_map> parsed =
      parseCommandLine(args, options, "workbook", 1, {"report", kUsage, kExitCodes});
  if (!parsed) {
    return kDone;  // the help was asked for
  }
  const po::variables_map& vm = *parsed;
  if (vm.count("workbook") == 0) {
    throw usageError("report", "report needs a WORKBOOK");
  }
  if (vm.count("out") == 0) {
    throw usageError("report", "report needs --out FILE.pdf or --out FILE.ods");
  }
  checkOfficeOptions(vm, "report");
  // Paths become absolute before the office sees them as URLs.
  const std::filesystem::path out =
      std::filesystem::absolute(vm["out"].as<std::string>()).lexically_normal();
  if (!report::formatOf(out)) {
    throw usageError("report", fmt::format("--out {}: the file must end in .pdf or .ods",
                                           vm["out"].as<std::string>()));
  }
  std::optional<portfolio::Quarter> quarter;
  if (vm.count("quarter") != 0) {
    const std::string given = vm["quarter"].as<std::string>();
    quarter = portfolio::Quarter::parse(support::u16(support::fromUtf8(given)));
    if (!quarter) {
      throw usageError("report",
                       fmt::format("--quarter {} is not a quarter such as 2026-Q4", given));
    }
  }
  std::optional<Language> language;
  if (vm.count("language") != 0) {
    const std::string tag = vm["language"].as<std::string>();
    language = parseLanguage(tag);
    if (!language) {
      throw usageError("report", fmt::format("--language {} is not one of the languages {}", tag,
                                             languageCodes(", ")));
    }
  }
  const std::filesystem::path workbook = vm["workbook"].as<std::string>();
  const bool overwrite = vm["force"].as<bool>();
  // Cheap checks first: a typo or an existing file should not cost an office start-up.
  office::Document::checkReadable(workbook);
  try {
    qbr::makeOutputDirectory(out.parent_path());
    qbr::refuseToOverwrite(out, overwrite);
  } catch (const qbr::FileExists& e) {
    throw CommandError(kOutputUnusable, fmt::format("{} Give --force to replace it.", e.what()));
  } catch (const qbr::QbrError& e) {
    throw CommandError(kOutputUnusable, e.what());
  }

  const std::unique_ptr<office::Office> office = openOffice(vm);
  requireExtension(*office);
  portfolio::Portfolio portfolio;
  try {
    const office::Document document(*office, workbook);
    portfolio = portfolio::readPortfolio(support::readWorkbook(document.component()));
    if (!language) {
      language = report::documentLanguage(document.component());
    }
  } catch (const portfolio::WorkbookError& e) {
    throw CommandError(kWorkbookUnusable, fmt::format("{}: {}", workbook.string(), e.what()));
  }

  report::ReportRequest request;
  request.output = out;
  request.overwrite = overwrite;
  request.quarter = quarter;
  request.language = *language;
  request.sourceName = support::u16(support::fromUtf8(workbook.filename().string()));
  const report::ReportContent content =
      report::buildReport(portfolio, request.quarter, request.language);
  try {
    std::cout << printable(report::writeReport(office->context(), content, request).string())
              << '\n';
  } catch (const qbr::FileExists& e) {
    throw CommandError(kOutputUnusable, fmt::format("{} Give --force to replace it.", e.what()));
  } catch (const qbr::NoSpace& e) {
    throw CommandError(kNoSpace, e.what());
  } catch (const qbr::QbrError& e) {
    throw CommandError(kOutputUnusable, e.what());
  }
  for (const std::size_t i : content.unscored) {
    const report::PartnerLine& p = content.partners.at(i);
    std::cerr << fmt::format("alliancecalc: note: {} is not scored: {}\n",
                             printable(toUtf8(p.name)), printable(p.problem.value_or("")));
  }
  return content.unscored.empty() ? kDone : kPartnerProblems;
}

}  // namespace alliance::cli
