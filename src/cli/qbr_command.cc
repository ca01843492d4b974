#include "cli/qbr_command.h"

#include <unistd.h>

#include <fmt/format.h>
#include <boost/program_options.hpp>

#include <filesystem>
#include <iostream>

#include "cli/command_error.h"
#include "cli/command_line.h"
#include "cli/installed_files.h"
#include "cli/office_options.h"
#include "cli/office_pool.h"
#include "core/language.h"
#include "core/text.h"
#include "office/document.h"
#include "office/office.h"
#include "office/process.h"
#include "portfolio/portfolio.h"
#include "qbr/generation.h"
#include "qbr/output_files.h"
#include "qbr/qbr_text.h"
#include "support/ustring.h"
#include "support/workbook_reader.h"
#include "text/catalog.h"

namespace po = boost::program_options;

namespace alliance::cli {

namespace {

constexpr const char* kUsage =
    "Usage: alliancecalc qbr WORKBOOK (--partner NAME... | --all) [--quarter YYYY-Qn]\n"
    "                        [--out DIR] [--pdf] [--force] [--language CODE]\n"
    "                        [--internal] [--template FILE] [--jobs N]\n"
    "\n"
    "Makes a quarterly business review workbook for each partner from the portfolio\n"
    "WORKBOOK (its Portfolio, History and Plan sheets), named \"<partner> QBR <quarter>.ods\",\n"
    "and with --pdf a PDF beside it. The portfolio is never changed, and no existing\n"
    "file is replaced unless --force is given. With --language de the review's titles,\n"
    "labels, course corrections and summary are German; the scores, and the words the\n"
    "functions compute (status, action, warning titles), are the same in every language.\n"
    "\n"
    "A review is made to be shown to the partner: the warning signs are topics both\n"
    "companies work on, and no internal verdict is printed. With --internal it is our\n"
    "own preparation instead, \"<partner> QBR <quarter> internal.ods\": the portfolio\n"
    "action, quarters red, our course corrections and the questions to raise.\n"
    "\n"
    "The partners are shared out over several private offices (--jobs, default: one\n"
    "per core), or over the office servers given with --connect; the files are the\n"
    "same as with one. An office that stops is replaced and its partner made again.\n";

constexpr const char* kExitCodes =
    "Exit codes: 0 done; 1 some partners' QBRs could not be made (see the messages);\n"
    "2 usage error; 3 the office could not be started or reached, or every office\n"
    "stopped before all reviews were made; 4 the workbook,\n"
    "a sheet, column or partner, or the template is missing; 5 the output folder\n"
    "cannot be used; 7 no space left in the output folder (the run stopped; the\n"
    "files listed were made, nothing partial remains).\n";

// A bar on a terminal, a line each otherwise (logs, pipes).
void progress(std::size_t done, std::size_t total, const std::string& partner) {
  if (::isatty(STDERR_FILENO) != 0) {
    constexpr std::size_t kWidth = 30;
    const std::size_t filled = total == 0 ? kWidth : kWidth * done / total;
    std::cerr << fmt::format("\r[{}{}] {}/{} {:<40.40}", std::string(filled, '#'),
                             std::string(kWidth - filled, ' '), done, total, printable(partner))
              << (done == total ? "\n" : "") << std::flush;
  } else if (done < total) {
    std::cerr << fmt::format("[{}/{}] {}\n", done + 1, total, printable(partner));
  }
}

// What the offices had to say (one that stopped, one left out) goes to stderr.
void printNotes(const std::vector<std::string>& notes) {
  for (const std::string& note : notes) {
    std::cerr << "alliancecalc: note: " << printable(note) << '\n';
  }
}

}  // namespace

int runQbr(const std::vector<std::string>& args) {
  po::options_description options("Options");
  options.add_options()("partner", po::value<std::vector<std::string>>()->value_name("NAME"),
                        "the partner, as named in the Partner column (repeatable)")(
      "all", po::bool_switch(), "every partner of the portfolio")(
      "quarter", po::value<std::string>()->value_name("YYYY-Qn"),
      "the quarter under review (default: Current quarter on the Settings sheet)")(
      "out", po::value<std::string>()->value_name("DIR")->default_value("."),
      "the folder for the files")("pdf", po::bool_switch(), "also export each QBR as PDF")(
      "force", po::bool_switch(), "replace files that already exist")(
      "internal", po::bool_switch(), "our own preparation, not the review for the partner")(
      "language", po::value<std::string>()->value_name(languageCodes("|"))->default_value("en"),
      "the language of the review's texts")(
      "template", po::value<std::string>()->value_name("FILE"),
      "the QBR template (default: the bundled one in the review's language)")("help,h",
                                                                              "show this help");
  addOfficeOptions(options);
  addJobsOption(options);
  const std::optional<po::variables_map> parsed =
      parseCommandLine(args, options, "workbook", 1, {"qbr", kUsage, kExitCodes});
  if (!parsed) {
    return kDone;  // the help was asked for
  }
  const po::variables_map& vm = *parsed;
  if (vm.count("workbook") == 0) {
    throw usageError("qbr", "qbr needs a WORKBOOK");
  }
  const bool everyPartner = vm["all"].as<bool>();
  if (everyPartner == (vm.count("partner") != 0)) {
    throw usageError("qbr", "give either --partner NAME or --all");
  }
  checkOfficeOptions(vm, "qbr");
  std::optional<qbr::Quarter> quarter;
  if (vm.count("quarter") != 0) {
    quarter = qbr::Quarter::parse(support::u16FromUtf8(vm["quarter"].as<std::string>()));
    if (!quarter) {
      throw usageError("qbr", fmt::format("--quarter {} is not a quarter such as 2026-Q4",
                                          vm["quarter"].as<std::string>()));
    }
  }
  const std::filesystem::path workbook = vm["workbook"].as<std::string>();
  const std::string languageTag = vm["language"].as<std::string>();
  const std::optional<Language> language = parseLanguage(languageTag);
  if (!language) {
    throw usageError("qbr", fmt::format("--language {} is not one of the languages {}", languageTag,
                                        languageCodes(", ")));
  }
  // Paths become absolute before the office sees them as URLs.
  const std::filesystem::path templateFile = std::filesystem::absolute(
      vm.count("template") != 0
          ? std::filesystem::path(vm["template"].as<std::string>())
          : templateFolder() / qbr::templateFileName("qbr", ".fods", *language));
  qbr::QbrOutput output{std::filesystem::absolute(vm["out"].as<std::string>()).lexically_normal(),
                        vm["pdf"].as<bool>(), vm["force"].as<bool>()};
  // Cheap checks first: a typo should not cost an office start-up.
  office::Document::checkReadable(workbook);
  if (!std::filesystem::is_regular_file(templateFile)) {
    throw CommandError(kWorkbookUnusable,
                       fmt::format("the QBR template {} does not exist", templateFile.string()));
  }
  try {
    qbr::makeOutputDirectory(output.directory);
  } catch (const qbr::QbrError& e) {
    throw CommandError(kOutputUnusable, e.what());
  }

  const std::unique_ptr<OfficePool> offices = OfficePool::open(vm);
  portfolio::Portfolio portfolio;
  try {
    const office::Document document(offices->first(), workbook);
    portfolio = portfolio::readPortfolio(support::readWorkbook(document.component()));
  } catch (const portfolio::WorkbookError& e) {
    throw CommandError(kWorkbookUnusable, fmt::format("{}: {}", workbook.string(), e.what()));
  }

  qbr::GenerationRequest request;
  request.quarter = quarter;
  request.language = *language;
  request.audience = vm["internal"].as<bool>() ? qbr::Audience::Internal : qbr::Audience::Partner;
  request.templateFile = templateFile;
  request.output = output;
  request.stopRequested = [] { return office::interruptingSignal() != 0; };
  if (!everyPartner) {
    for (const std::string& name : vm["partner"].as<std::vector<std::string>>()) {
      request.partners.push_back(support::u16FromUtf8(name));
    }
  }
  std::size_t partners = 0;
  try {
    partners = qbr::planGeneration(portfolio, request).partners.size();
  } catch (const qbr::RequestError& e) {
    switch (e.problem()) {
      case qbr::RequestProblem::NoQuarter:
        throw usageError("qbr",
                         "no quarter: give --quarter, or a \"Current quarter\" on the "
                         "workbook's Settings sheet");
      case qbr::RequestProblem::OutputFolder:
        throw CommandError(kOutputUnusable, e.what());
      default:
        throw CommandError(kWorkbookUnusable, fmt::format("{}: {}", workbook.string(), e.what()));
    }
  }
  printNotes(offices->widen(partners));
  const qbr::GenerationResult result = qbr::generateQbrs(
      *offices, portfolio, request,
      [everyPartner](std::size_t done, std::size_t total, const std::u16string& partner) {
        if (everyPartner) {
          progress(done, total, toUtf8(partner));
        }
      });
  printNotes(result.notes);
  for (const qbr::PartnerResult& r : result.partners) {
    const std::string name = printable(toUtf8(r.partner));
    switch (r.outcome) {
      case qbr::Outcome::Written:
        std::cout << printable(r.files.ods.string()) << '\n';
        if (r.files.pdf) {
          std::cout << printable(r.files.pdf->string()) << '\n';
        }
        if (r.renamed) {
          std::cerr << fmt::format(
              "alliancecalc: note: {}'s review is {}: another partner's name gives the same "
              "file name\n",
              name, printable(r.files.ods.filename().string()));
        }
        break;
      case qbr::Outcome::Kept:
        std::cerr << fmt::format("alliancecalc: {}: {} Give --force to replace it.\n", name,
                                 printable(r.message));
        break;
      case qbr::Outcome::Failed:
        std::cerr << fmt::format("alliancecalc: {}: {}\n", name, printable(r.message));
        break;
      case qbr::Outcome::NotMade:
        break;  // counted below, not listed one by one
    }
  }
  if (result.stopped) {
    std::cerr << fmt::format("alliancecalc: stopped: {} more partners' reviews were not made{}\n",
                             result.count(qbr::Outcome::NotMade),
                             result.stopped == qbr::GenerationResult::Stop::OfficesLost
                                 ? ": no office was left to make them"
                                 : "");
    // Interrupted: main() ends the way the signal would have ended us.
    switch (*result.stopped) {
      case qbr::GenerationResult::Stop::NoSpace:
        return kNoSpace;
      case qbr::GenerationResult::Stop::OfficesLost:
        return kOfficeUnavailable;
      case qbr::GenerationResult::Stop::Requested:
        break;
    }
    return kPartnerProblems;
  }
  return result.count(qbr::Outcome::Written) == result.partners.size() ? kDone : kPartnerProblems;
}

}  // namespace alliance::cli
