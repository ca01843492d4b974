#include "cli/survey_command.h"

#include <boost/program_options.hpp>

#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

#include "cli/command_error.h"
#include "cli/command_line.h"
#include "cli/installed_files.h"
#include "cli/office_options.h"
#include "cli/workbook_output.h"
#include "core/language.h"
#include "core/rounding.h"
#include "core/text.h"
#include "office/document.h"
#include "office/office.h"
#include "portfolio/portfolio.h"
#include "qbr/output_files.h"
#include "qbr/qbr_error.h"
#include "qbr/qbr_text.h"
#include "quarter/quarter_close_service.h"
#include "support/ustring.h"
#include "support/workbook_reader.h"
#include "survey/aggregate.h"
#include "survey/portfolio_update.h"
#include "survey/respondents.h"
#include "survey/response.h"
#include "survey/survey_files.h"
#include "survey/survey_report.h"

namespace alliance::cli {

namespace po = boost::program_options;

namespace {

constexpr const char* kUsage =
    "Usage: alliancecalc survey make WORKBOOK --partner NAME\n"
    "                                (--ours N --theirs M | --respondents FILE)\n"
    "                                --out DIR [--quarter Q] [--goal TEXT]...\n"
    "                                [--language CODE] [--profile DIR] [--connect URL]\n"
    "       alliancecalc survey merge WORKBOOK --partner NAME RESPONSES...\n"
    "                                (--out FILE | --in-place) [--partial] [--pdf]\n"
    "                                [--report FILE] [--language CODE]\n"
    "                                [--profile DIR] [--connect URL]\n"
    "\n"
    "The two-sided health check of the partner NAME of the portfolio WORKBOOK.\n"
    "\n"
    "make: one rating workbook per respondent in DIR, to send as it is: the twelve\n"
    "principles of trust, the ten elements of the Shared Strategic Map and the\n"
    "goals (--goal, up to five; else the respondent names them), each rated 1 to 5,\n"
    "named \"<partner> health check <quarter> - ours 1.ods\" ... \"- partner 1.ods\".\n"
    "--respondents reads name, e-mail and side (ours or theirs) from a list: a\n"
    "sheet (.ods, .xlsx; the sheet \"Respondents\" or the first) or a .csv file,\n"
    "with a first row naming the columns or in that order; it prints which file\n"
    "goes to whom, and no name is written into a workbook.\n"
    "Nothing is overwritten: an existing file stops the run before any is made.\n"
    "\n"
    "merge: reads the returned workbooks, refuses each one that cannot count (not a\n"
    "health check, another partner's or another survey's, a respondent returned\n"
    "twice, a rating that is not a whole number 1 to 5), naming the file and the\n"
    "cell; nothing is written while any is refused, unless --partial merges the\n"
    "rest. It writes the perception-gap report (\"<partner> perception gap\n"
    "<quarter>.ods\" beside the output workbook, or --report FILE; --pdf adds a\n"
    "PDF) and the partner's trust, trust_gap and goal_alignment into the\n"
    "portfolio: --out writes a new file (never over an existing one); --in-place\n"
    "keeps the workbook as it was beside it (NAME.before-health-check-QUARTER.EXT)\n"
    "and replaces it in one step. Only means, counts and spreads per side are\n"
    "shown, never one person's ratings; a side with fewer than three respondents\n"
    "is merged, and the report says its answers are not anonymous.\n";

constexpr const char* kExitCodes =
    "Exit codes: 0 done; 1 answer files were refused (nothing written without\n"
    "--partial); 2 usage error; 3 the office could not be started or reached, or\n"
    "lacks the extension; 4 the workbook cannot be opened, has no portfolio or no\n"
    "such partner, no quarter is known, the template is missing, or no answer file\n"
    "can be merged; 5 an output file exists or cannot be written; 7 no space left.\n";

Language languageOption(const po::variables_map& vm, std::string_view command) {
  const std::string tag = vm["language"].as<std::string>();
  const std::optional<Language> language = parseLanguage(tag);
  if (!language) {
    throw usageError(command, fmt::format("--language {} is not one of the languages {}", tag,
                                          languageCodes(", ")));
  }
  return *language;
}

// A respondents list (.csv, .ods, .xlsx), opened by the office like any workbook
// and read by the survey's one rule for such lists.
std::vector<survey::Respondent> readRespondents(const office::Office& office,
                                                const std::filesystem::path& file) {
  try {
    const office::Document list(office, file);
    return survey::respondentsFrom(support::readWorkbook(list.component()));
  } catch (const office::DocumentError& e) {
    throw CommandError(kWorkbookUnusable, e.what());
  } catch (const portfolio::WorkbookError& e) {
    throw CommandError(kWorkbookUnusable, fmt::format("{}: {}", file.string(), e.what()));
  } catch (const survey::RespondentsError& e) {
    throw CommandError(kWorkbookUnusable, fmt::format("{}: {}", file.string(), e.what()));
  }
}

portfolio::Portfolio readPortfolioOf(const office::Office& office,
                                     const std::filesystem::path& workbook,
                                     std::optional<office::Document>& document) {
  try {
    document.emplace(office, workbook);
    return portfolio::readPortfolio(support::readWorkbook(document->component()));
  } catch (const portfolio::WorkbookError& e) {
    throw CommandError(kWorkbookUnusable, fmt::format("{}: {}", workbook.string(), e.what()));
  }
}

const portfolio::PartnerRow& partnerIn(const portfolio::Portfolio& portfolio,
                                       const std::string& partner,
                                       const std::filesystem::path& workbook) {
  const portfolio::PartnerRow* row = portfolio.findPartner(support::u16FromUtf8(partner));
  if (row == nullptr) {
    throw CommandError(kWorkbookUnusable, fmt::format("{}: the portfolio lists no partner {}",
                                                      workbook.string(), printable(partner)));
  }
  return *row;
}

int runMake(const std::vector<std::string>& args) {
  po::options_description options("Options");
  auto add = options.add_options();
  add("partner", po::value<std::string>()->value_name("NAME"), "the partner, as on the portfolio");
  add("ours", po::value<int>()->value_name("N"), "respondents in our company");
  add("theirs", po::value<int>()->value_name("M"), "respondents in the partner's company");
  add("respondents", po::value<std::string>()->value_name("FILE"),
      "a list of respondents (.ods, .xlsx or .csv): name, e-mail, side (ours or theirs)");
  add("out", po::value<std::string>()->value_name("DIR"), "where the workbooks go (created)");
  add("quarter", po::value<std::string>()->value_name("Q"),
      "the quarter (default: Current quarter on Settings)");
  add("goal", po::value<std::vector<std::string>>()->value_name("TEXT"),
      "an alliance goal to rate (up to five; repeatable)");
  add("language", po::value<std::string>()->value_name(languageCodes("|"))->default_value("en"),
      "the language of the workbooks");
  add("help,h", "show this help");
  addOfficeOptions(options);
  const std::optional<po::variables_map> parsed =
      parseCommandLine(args, options, "workbook", 1, {"survey make", kUsage, kExitCodes});
  if (!parsed) {
    return kDone;
  }
  const po::variables_map& vm = *parsed;
  if (vm.count("workbook") == 0 || vm.count("partner") == 0 || vm.count("out") == 0) {
    throw usageError("survey make", "survey make needs a WORKBOOK, --partner NAME and --out DIR");
  }
  const bool counted = vm.count("ours") != 0 || vm.count("theirs") != 0;
  if (counted == (vm.count("respondents") != 0)) {
    throw usageError("survey make", "give either --ours N --theirs M or --respondents FILE");
  }
  checkOfficeOptions(vm, "survey make");
  const Language language = languageOption(vm, "survey make");
  survey::SurveyRequest request;
  request.language = language;
  request.directory = std::filesystem::absolute(vm["out"].as<std::string>()).lexically_normal();
  if (counted) {
    const int ours = vm.count("ours") != 0 ? vm["ours"].as<int>() : 0;
    const int theirs = vm.count("theirs") != 0 ? vm["theirs"].as<int>() : 0;
    constexpr int kMost = static_cast<int>(survey::kMaxRespondentsPerSide);
    if (ours < 0 || theirs < 0 || ours + theirs == 0 || ours > kMost || theirs > kMost) {
      throw usageError(
          "survey make",
          fmt::format("--ours and --theirs count respondents: 0 to {}, not both 0", kMost));
    }
    for (int i = 1; i <= ours; ++i) {
      request.respondents.push_back({survey::Side::Ours, static_cast<std::size_t>(i), {}, {}});
    }
    for (int i = 1; i <= theirs; ++i) {
      request.respondents.push_back({survey::Side::Theirs, static_cast<std::size_t>(i), {}, {}});
    }
  }
  if (vm.count("goal") != 0) {
    const auto& goals = vm["goal"].as<std::vector<std::string>>();
    if (goals.size() > survey::kGoalItems) {
      throw usageError("survey make", fmt::format("at most {} goals", survey::kGoalItems));
    }
    for (const std::string& goal : goals) {
      request.goals.push_back(support::u16FromUtf8(goal));
    }
  }
  const std::filesystem::path workbook = vm["workbook"].as<std::string>();
  const std::filesystem::path templateFile = std::filesystem::absolute(
      templateFolder() / qbr::templateFileName("health-check", ".fods", language));
  office::Document::checkReadable(workbook);
  if (!std::filesystem::is_regular_file(templateFile)) {
    throw CommandError(kWorkbookUnusable, fmt::format("the health check template {} does not exist",
                                                      templateFile.string()));
  }
  try {
    qbr::makeOutputDirectory(request.directory);
  } catch (const qbr::QbrError& e) {
    throw CommandError(kOutputUnusable, e.what());
  }

  const std::unique_ptr<office::Office> office = openOffice(vm);
  if (!counted) {
    request.respondents = readRespondents(*office, vm["respondents"].as<std::string>());
  }
  std::optional<office::Document> document;
  const portfolio::Portfolio portfolio = readPortfolioOf(*office, workbook, document);
  request.partner = partnerIn(portfolio, vm["partner"].as<std::string>(), workbook).name;
  if (vm.count("quarter") != 0) {
    const std::optional<portfolio::Quarter> quarter =
        portfolio::Quarter::parse(support::u16FromUtf8(vm["quarter"].as<std::string>()));
    if (!quarter) {
      throw usageError("survey make", fmt::format("--quarter {} is not a quarter such as 2026-Q4",
                                                  vm["quarter"].as<std::string>()));
    }
    request.quarter = *quarter;
  } else if (portfolio.settings.currentQuarter) {
    request.quarter = *portfolio.settings.currentQuarter;
  } else {
    throw CommandError(kWorkbookUnusable,
                       fmt::format("{}: no quarter: give --quarter, or a Current quarter on the "
                                   "Settings sheet",
                                   workbook.string()));
  }
  document.reset();
  request.surveyId = survey::newSurveyId();
  std::vector<std::filesystem::path> files;
  try {
    files = survey::makeSurveys(office->desktop(), templateFile, request);
  } catch (const qbr::NoSpace& e) {
    throw CommandError(kNoSpace, e.what());
  } catch (const qbr::QbrError& e) {
    throw CommandError(kOutputUnusable, e.what());
  }
  for (std::size_t i = 0; i < files.size(); ++i) {
    const survey::Respondent& r = request.respondents[i];
    std::cout << printable(files[i].string());
    if (!r.name.empty() || !r.email.empty()) {
      std::cout << fmt::format("  -> {} <{}>", printable(r.name), printable(r.email));
    }
    std::cout << '\n';
  }
  return kDone;
}

// NAME.before-health-check-2026-Q4.ods beside the workbook, or " (2)" and on
// when a merge of the same quarter left one already.
std::filesystem::path backupPath(const std::filesystem::path& workbook,
                                 const std::string& quarter) {
  const std::string stem = workbook.stem().string() + ".before-health-check-" + quarter;
  std::filesystem::path path = workbook.parent_path() / (stem + workbook.extension().string());
  for (int n = 2; std::filesystem::exists(std::filesystem::symlink_status(path)); ++n) {
    path =
        workbook.parent_path() / fmt::format("{} ({}){}", stem, n, workbook.extension().string());
  }
  return path;
}

std::string said(const survey::Refusal& r) {
  return fmt::format("{}: {}{}", printable(r.file), r.cell.empty() ? "" : printable(r.cell) + ": ",
                     printable(r.message));
}

std::string shown(std::optional<double> value) {
  return value ? formatScore(*value, 2) : std::string("not known");
}

int runMerge(const std::vector<std::string>& args) {
  po::options_description options("Options");
  auto add = options.add_options();
  add("partner", po::value<std::string>()->value_name("NAME"), "the partner, as on the portfolio");
  add("out", po::value<std::string>()->value_name("FILE"),
      "write the portfolio with the results to FILE; never over an existing file");
  add("in-place", po::bool_switch(), "replace WORKBOOK, keeping the previous version beside it");
  add("partial", po::bool_switch(), "merge the files that can be merged when others are refused");
  add("pdf", po::bool_switch(), "also export the report as PDF");
  add("report", po::value<std::string>()->value_name("FILE"),
      "the report's file (default: \"<partner> perception gap <quarter>.ods\" beside the "
      "output workbook)");
  add("language", po::value<std::string>()->value_name(languageCodes("|")),
      "the language of the report (default: the answer files')");
  add("help,h", "show this help");
  addOfficeOptions(options);
  const std::optional<po::variables_map> parsed =
      parseCommandLine(args, options, "files", -1, {"survey merge", kUsage, kExitCodes});
  if (!parsed) {
    return kDone;
  }
  const po::variables_map& vm = *parsed;
  const std::vector<std::string> files = vm.count("files") != 0
                                             ? vm["files"].as<std::vector<std::string>>()
                                             : std::vector<std::string>();
  if (files.size() < 2 || vm.count("partner") == 0) {
    throw usageError("survey merge",
                     "survey merge needs a WORKBOOK, --partner NAME and the answer files");
  }
  const bool inPlace = vm["in-place"].as<bool>();
  if (inPlace == (vm.count("out") != 0)) {
    throw usageError("survey merge", "give either --out FILE or --in-place");
  }
  checkOfficeOptions(vm, "survey merge");
  std::optional<Language> language;
  if (vm.count("language") != 0) {
    language = languageOption(vm, "survey merge");
  }
  const std::filesystem::path workbook =
      std::filesystem::absolute(files.front()).lexically_normal();
  const std::filesystem::path target =
      inPlace ? workbook
              : std::filesystem::absolute(vm["out"].as<std::string>()).lexically_normal();
  (void)workbookFilter(target, "survey merge");
  office::Document::checkReadable(workbook);
  checkWorkbookTarget(target, inPlace);

  const std::unique_ptr<office::Office> office = openOffice(vm);
  requireExtension(*office);
  std::optional<office::Document> document;
  const portfolio::Portfolio portfolio = readPortfolioOf(*office, workbook, document);
  const std::string partnerName = vm["partner"].as<std::string>();
  const std::u16string partner = partnerIn(portfolio, partnerName, workbook).name;

  // Every answer file read on its own first; then against each other.
  std::vector<survey::Response> responses;
  std::vector<survey::Refusal> refusals;
  for (auto file = files.begin() + 1; file != files.end(); ++file) {
    const std::filesystem::path path = std::filesystem::absolute(*file).lexically_normal();
    try {
      office::Document::checkReadable(path);
      const office::Document answer(*office, path);
      auto read = survey::readResponse(support::readWorkbook(answer.component()), *file);
      if (auto* r = std::get_if<survey::Response>(&read)) {
        responses.push_back(std::move(*r));
      } else {
        refusals.push_back(std::get<survey::Refusal>(read));
      }
    } catch (const office::DocumentError& e) {
      refusals.push_back({*file, "", fmt::format("cannot be opened as a workbook: {}", e.what())});
    } catch (const portfolio::WorkbookError& e) {
      refusals.push_back({*file, "", fmt::format("not a spreadsheet: {}", e.what())});
    }
  }
  survey::Accepted accepted = survey::checkTogether(std::move(responses), partner);
  refusals.insert(refusals.end(), accepted.refusals.begin(), accepted.refusals.end());
  for (const survey::Refusal& r : refusals) {
    std::cerr << "alliancecalc: refused: " << said(r) << '\n';
  }
  const bool partial = vm["partial"].as<bool>();
  if (!refusals.empty() && !partial) {
    std::cerr << fmt::format(
        "alliancecalc: {} answer file{} refused; nothing was written (--partial merges the "
        "others)\n",
        refusals.size(), refusals.size() == 1 ? " was" : "s were");
    return kPartnerProblems;
  }
  if (accepted.responses.empty()) {
    throw CommandError(kWorkbookUnusable, "no answer file can be merged; nothing was written");
  }
  const survey::Response& first = accepted.responses.front();
  if (!language) {
    language = parseLanguage(toUtf8(first.language)).value_or(kDefaultLanguage);
  }
  const survey::SurveyResult result = survey::aggregate(accepted.responses);
  survey::PortfolioUpdate update;
  try {
    update = survey::planPortfolioUpdate(portfolio, partner, result);
  } catch (const portfolio::WorkbookError& e) {
    throw CommandError(kWorkbookUnusable, fmt::format("{}: {}", workbook.string(), e.what()));
  }

  const std::string quarter = toUtf8(first.quarter);
  survey::ReportRequest report;
  report.partner = partner;
  report.quarter = first.quarter;
  report.language = *language;
  if (vm.count("report") != 0) {
    report.ods = std::filesystem::absolute(vm["report"].as<std::string>()).lexically_normal();
  } else {
    report.ods = target.parent_path() / (survey::reportFileStem(partner, quarter) + ".ods");
  }
  if (vm["pdf"].as<bool>()) {
    report.pdf = std::filesystem::path(report.ods).replace_extension(".pdf");
  }
  checkWorkbookTarget(report.ods, false);
  if (report.pdf) {
    checkWorkbookTarget(*report.pdf, false);
  }

  quarter::applyEdits(document->component(), update.edits);
  try {
    survey::writeReport(office->desktop(), result, report);
  } catch (const qbr::NoSpace& e) {
    throw CommandError(kNoSpace, e.what());
  } catch (const qbr::QbrError& e) {
    throw CommandError(kOutputUnusable, e.what());
  }
  const std::optional<std::filesystem::path> backup =
      inPlace ? std::optional(backupPath(workbook, quarter)) : std::nullopt;
  storeWithoutLoss(document->component(), workbook, target, backup);

  std::cout << fmt::format(
      "Merged {} answers for {} ({} ours, {} partner): trust {}, trust gap {}, goal alignment "
      "{}.\n",
      accepted.responses.size(), printable(toUtf8(partner)), result.respondents[0],
      result.respondents[1], shown(result.trust), shown(result.trustGap),
      shown(result.goalAlignment));
  for (std::size_t s = 0; s < survey::kSides; ++s) {
    if (!result.anonymous.at(s) && result.respondents.at(s) > 0) {
      std::cout << fmt::format(
          "Note: fewer than {} respondents on {} side: the report says their answers are not "
          "anonymous.\n",
          survey::kAnonymousFrom, s == 0 ? "our" : "the partner's");
    }
  }
  for (const std::string& note : update.notWritten) {
    std::cerr << "alliancecalc: note: not written: " << printable(note) << '\n';
  }
  std::cout << printable(report.ods.string()) << '\n';
  if (report.pdf) {
    std::cout << printable(report.pdf->string()) << '\n';
  }
  std::cout << printable(target.string()) << '\n';
  if (backup) {
    std::cout << fmt::format("The workbook as it was: {}\n", printable(backup->string()));
  }
  return refusals.empty() ? kDone : kPartnerProblems;
}

// Every option of make and merge, for `survey --help` (and the man page and the
// bash completion made from it).
po::options_description helpOptions() {
  po::options_description options("Options");
  auto add = options.add_options();
  add("partner", po::value<std::string>()->value_name("NAME"), "the partner, as on the portfolio");
  add("ours", po::value<int>()->value_name("N"), "make: respondents in our company");
  add("theirs", po::value<int>()->value_name("M"), "make: respondents in the partner's company");
  add("respondents", po::value<std::string>()->value_name("FILE"),
      "make: a list of respondents (.ods, .xlsx or .csv): name, e-mail, side");
  add("out", po::value<std::string>()->value_name("FILE"),
      "make: the folder for the workbooks; merge: the new portfolio workbook");
  add("quarter", po::value<std::string>()->value_name("Q"), "make: the quarter");
  add("goal", po::value<std::vector<std::string>>()->value_name("TEXT"),
      "make: an alliance goal to rate (up to five)");
  add("in-place", "merge: replace WORKBOOK, keeping the previous version beside it");
  add("partial", "merge: merge the files that can be merged when others are refused");
  add("pdf", "merge: also export the report as PDF");
  add("report", po::value<std::string>()->value_name("FILE"), "merge: the report's file");
  add("language", po::value<std::string>()->value_name(languageCodes("|")),
      "the language of the workbooks or the report");
  add("help,h", "show this help");
  addOfficeOptions(options);
  return options;
}

}  // namespace

int runSurvey(const std::vector<std::string>& args) {
  if (args.empty() || (args.front() != "make" && args.front() != "merge")) {
    if (!args.empty() && (args.front() == "--help" || args.front() == "-h")) {
      std::cout << kUsage << '\n' << helpOptions() << '\n' << kExitCodes;
      return kDone;
    }
    throw usageError("survey", "survey needs make or merge");
  }
  const std::vector<std::string> rest(args.begin() + 1, args.end());
  return args.front() == "make" ? runMake(rest) : runMerge(rest);
}

}  // namespace alliance::cli
