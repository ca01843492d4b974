#include "cli/overlap_command.h"

#include <boost/program_options.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string_view>

#include "cli/command_error.h"
#include "cli/command_line.h"
#include "cli/office_options.h"
#include "core/accounts/accounts.h"
#include "core/input_error.h"
#include "core/metrics.h"
#include "core/text.h"
#include "office/document.h"
#include "office/office.h"
#include "portfolio/portfolio.h"
#include "support/ustring.h"
#include "support/workbook_reader.h"

namespace alliance::cli {

namespace po = boost::program_options;

namespace {

constexpr const char* kUsage =
    "Usage: alliancecalc overlap OURS THEIRS [--column NAME] [--list] [--json]\n"
    "                            [--profile DIR] [--connect UNO-URL]\n"
    "\n"
    "Counts the accounts two companies share: OURS and THEIRS are account lists in\n"
    ".ods, .xlsx or .csv files (a .csv may be separated by commas, semicolons or\n"
    "tabs, in UTF-8 or Windows-1252, with double quotes). Entries are company\n"
    "names, domains, URLs or e-mail addresses, matched by their account key as\n"
    "ALLIANCE_OVERLAP matches them: \"Societe Generale S.A.\" = \"societe generale\"\n"
    "= \"jane@societegenerale.com\".\n"
    "\n"
    "The list is the first column of the first sheet. Its first row is taken for\n"
    "a heading, and skipped, only when it is one of the usual words: Account,\n"
    "Account name, Company, Company name, Customer, Client, Name, Organisation,\n"
    "Partner, Domain, Website, URL, E-mail, or their German and French forms\n"
    "(Kunde, Firma, Unternehmen, Societe, ...), in any case, singular or plural.\n"
    "With --column NAME the list is the column whose first-row heading is NAME\n"
    "(ignoring case), below that heading, in both files. Empty cells and entries\n"
    "without a key (free-mail addresses) are skipped. Prints the number of distinct\n"
    "shared accounts; with --list, first the shared accounts as written in OURS\n"
    "(the first entry of each, in the order of OURS). --json prints\n"
    "{\"ours\": entries, \"theirs\": entries, \"shared\": count,\n"
    "\"accounts\": [the shared accounts as --list prints them]}.\n";

constexpr const char* kExitCodes =
    "Exit codes: 0 done; 2 usage error; 3 the office could not be started or\n"
    "reached; 4 a file cannot be opened, holds an error value in its list, or has\n"
    "no column headed NAME.\n";

portfolio::Workbook readFile(const office::Office& office, const std::filesystem::path& file) {
  try {
    const office::Document document(office, file);
    return support::readWorkbook(document.component());
  } catch (const portfolio::WorkbookError& e) {
    throw CommandError(kWorkbookUnusable, fmt::format("{}: {}", file.string(), e.what()));
  }
}

// One account list: the cells of its column, in order, empty ones included.
struct AccountList {
  std::vector<portfolio::Value> values;
  std::vector<Cell> cells;  // views of `values`
  std::size_t entries = 0;  // cells that are not empty
};

// A first cell that is a column heading rather than an account: two lists
// headed "Company" would otherwise share the account "company".
bool isUsualHeading(const portfolio::Value& v) {
  // English, and German and French as the templates' other users write them
  // (compared after normaliseName: accents folded, so "Société" is "societe").
  static constexpr auto kHeadings = std::to_array<std::string_view>(
      {"account",       "accounts",      "accountname",  "accountnames",  "company",
       "companies",     "companyname",   "companynames", "customer",      "customers",
       "customername",  "customernames", "client",       "clients",       "clientname",
       "name",          "names",         "organisation", "organisations", "organization",
       "organizations", "partner",       "partners",     "domain",        "domains",
       "website",       "websites",      "url",          "urls",          "email",
       "emails",        "kunde",         "kunden",       "kundenname",    "firma",
       "firmen",        "firmenname",    "unternehmen",  "konto",         "konten",
       "webseite",      "domane",        "societe",      "entreprise",    "nom"});
  if (v.kind != Cell::Kind::Text) {
    return false;
  }
  const std::string word = normaliseName(v.text);  // "E-mail" -> "email"
  return std::find(kHeadings.begin(), kHeadings.end(), word) != kHeadings.end();
}

AccountList takeList(const portfolio::Workbook& workbook, const std::filesystem::path& file,
                     const std::optional<std::string>& columnName) {
  AccountList list;
  if (workbook.sheets.empty()) {
    return list;
  }
  const portfolio::Sheet& sheet = workbook.sheets.front();
  std::size_t column = 0;
  std::size_t firstRow = 0;
  if (columnName) {
    const rtl::OUString wanted = support::fromUtf8(*columnName);
    const std::vector<portfolio::Value> none;
    const std::vector<portfolio::Value>& header = sheet.rows.empty() ? none : sheet.rows.front();
    const auto it = std::find_if(header.begin(), header.end(), [&](const portfolio::Value& v) {
      return v.kind == Cell::Kind::Text && portfolio::sameName(v.text, support::u16(wanted));
    });
    if (it == header.end()) {
      std::vector<std::string> headings;
      for (const portfolio::Value& v : header) {
        if (v.kind == Cell::Kind::Text && !portfolio::isBlank(v)) {
          headings.push_back(quoteForMessage(v.text));
        }
      }
      throw CommandError(
          kWorkbookUnusable,
          fmt::format("{}: no column headed \"{}\" in the first row of sheet \"{}\"{}{}",
                      file.string(), *columnName, toUtf8(sheet.name),
                      headings.empty() ? " (the row has no headings)" : "; its headings: ",
                      fmt::join(headings, ", ")));
    }
    column = static_cast<std::size_t>(it - header.begin());
    firstRow = 1;
  } else if (!sheet.rows.empty() && isUsualHeading(sheet.at(0, 0))) {
    firstRow = 1;
  }
  for (std::size_t r = firstRow; r < sheet.rows.size(); ++r) {
    list.values.push_back(sheet.at(r, column));
  }
  list.cells.reserve(list.values.size());
  for (const portfolio::Value& v : list.values) {
    list.cells.push_back(v.cell());
    list.entries += portfolio::isBlank(v) ? 0 : 1;
  }
  return list;
}

// An entry as written: text as it is, a number as Calc's General format shows it.
std::string written(const portfolio::Value& v) {
  return v.kind == Cell::Kind::Number ? formatNumber(v.number) : toUtf8(v.text);
}

}  // namespace

int runOverlap(const std::vector<std::string>& args) {
  po::options_description options("Options");
  auto add = options.add_options();
  add("column", po::value<std::string>()->value_name("NAME"),
      "the list is the column headed NAME in the first row (ignoring case), in both files");
  add("list", po::bool_switch(), "also print the shared accounts as written in OURS");
  add("json", po::bool_switch(), "print JSON (with the shared accounts)");
  add("help,h", "show this help");
  addOfficeOptions(options);
  const std::optional<po::variables_map> parsed =
      parseCommandLine(args, options, "files", 2, {"overlap", kUsage, kExitCodes});
  if (!parsed) {
    return kDone;  // the help was asked for
  }
  const po::variables_map& vm = *parsed;
  const std::vector<std::string> files = vm.count("files") != 0
                                             ? vm["files"].as<std::vector<std::string>>()
                                             : std::vector<std::string>{};
  if (files.size() != 2) {
    throw usageError("overlap", "overlap needs two files, OURS and THEIRS");
  }
  std::optional<std::string> column;
  if (vm.count("column") != 0) {
    column = vm["column"].as<std::string>();
    if (column->find_first_not_of(" \t") == std::string::npos) {
      throw usageError("overlap", "--column needs the heading of a column");
    }
  }
  checkOfficeOptions(vm, "overlap");
  const std::filesystem::path oursFile = files[0];
  const std::filesystem::path theirsFile = files[1];
  // Mistyped file names should not cost an office start-up.
  office::Document::checkReadable(oursFile);
  office::Document::checkReadable(theirsFile);

  const std::unique_ptr<office::Office> office = openOffice(vm);
  const AccountList ours = takeList(readFile(*office, oursFile), oursFile, column);
  const AccountList theirs = takeList(readFile(*office, theirsFile), theirsFile, column);

  std::size_t shared = 0;
  std::vector<std::string> accounts;
  try {
    shared = overlapCount(AccountSet(ours.cells, "ours"), AccountSet(theirs.cells, "theirs"));
    for (const std::size_t i : overlapList(ours.cells, theirs.cells)) {
      accounts.push_back(written(ours.values[i]));
    }
  } catch (const InputError& e) {
    throw CommandError(kWorkbookUnusable, fmt::format("{} and {}: {}", oursFile.string(),
                                                      theirsFile.string(), e.what()));
  }

  if (vm["json"].as<bool>()) {
    std::vector<std::string> quoted;
    quoted.reserve(accounts.size());
    for (const std::string& a : accounts) {
      quoted.push_back(jsonString(a));
    }
    std::cout << fmt::format(R"({{"ours": {}, "theirs": {}, "shared": {}, "accounts": [{}]}})",
                             ours.entries, theirs.entries, shared, fmt::join(quoted, ", "))
              << '\n';
  } else {
    if (vm["list"].as<bool>()) {
      for (const std::string& a : accounts) {
        std::cout << printable(a) << '\n';
      }
    }
    std::cout << fmt::format("{} shared account{} (ours: {} entr{}, theirs: {} entr{})\n", shared,
                             shared == 1 ? "" : "s", ours.entries, ours.entries == 1 ? "y" : "ies",
                             theirs.entries, theirs.entries == 1 ? "y" : "ies");
  }
  std::cout.flush();
  return kDone;
}

}  // namespace alliance::cli
