// The portfolio recalculated inside LibreOfficeKit, the engine Collabora Online serves
// documents with: the ALLIANCE_* results must equal what `alliancecalc score --json`
// reports for the same workbook, and without the extension every one must be #NAME?.
//
//   lok_recalc_test --office DIR --workbook FILE --profile DIR --alliancecalc FILE
//   lok_recalc_test --office DIR --workbook FILE --without-extension
//
// Exit code 0 when every check holds, 1 otherwise (each failure is printed).

// getParts() and getPartName() are in LOK's "unstable" part of the API.
#define LOK_USE_UNSTABLE_API
#include <LibreOfficeKit/LibreOfficeKit.hxx>

#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>

#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Options {
  std::string office;
  std::string workbook;
  std::string profile;
  std::string alliancecalc;
  bool withoutExtension = false;
};

// What the product's one-number rule says about a partner.
struct Expected {
  std::string health;
  std::string status;
  std::string action;
  std::string warnings;
};

using Row = std::vector<std::string>;

int failures = 0;

void fail(const std::string& message) {
  std::cerr << "FAIL: " << message << '\n';
  ++failures;
}

std::optional<Options> parseOptions(int argc, char** argv) {
  Options options;
  const std::vector<std::string> args(argv + 1, argv + argc);
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--without-extension") {
      options.withoutExtension = true;
      continue;
    }
    if (i + 1 >= args.size()) {
      return std::nullopt;
    }
    const std::string& value = args[++i];
    if (arg == "--office") {
      options.office = value;
    } else if (arg == "--workbook") {
      options.workbook = value;
    } else if (arg == "--profile") {
      options.profile = value;
    } else if (arg == "--alliancecalc") {
      options.alliancecalc = value;
    } else {
      return std::nullopt;
    }
  }
  const bool complete =
      !options.office.empty() && !options.workbook.empty() &&
      (options.withoutExtension || (!options.profile.empty() && !options.alliancecalc.empty()));
  if (!complete) {
    return std::nullopt;
  }
  return options;
}

// A private directory, removed with everything in it when the test ends.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "alliance-lok-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) {
      throw std::runtime_error("mkdtemp failed");
    }
    path_ = pattern;
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  ~TempDir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  [[nodiscard]] const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

std::string fileUrl(const fs::path& path) {
  // The paths used here are the build tree's and mkdtemp's: no character needs escaping.
  return "file://" + fs::absolute(path).string();
}

std::string runCommand(const std::string& command) {
  std::string output;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) {
    throw std::runtime_error("cannot run " + command);
  }
  char buffer[4096];
  size_t count = 0;
  while ((count = fread(buffer, 1, sizeof buffer, pipe)) > 0) {
    output.append(buffer, count);
  }
  const int status = pclose(pipe);
  if (status == -1 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    throw std::runtime_error(command + " failed (status " + std::to_string(status) + ")");
  }
  return output;
}

std::string shellQuoted(const std::string& text) {
  std::string quoted = "'";
  for (const char c : text) {
    if (c == '\'') {
      quoted += "'\\''";
    } else {
      quoted += c;
    }
  }
  return quoted + "'";
}

// `alliancecalc score --json` on its own office, keyed by partner name.
std::map<std::string, Expected> scoreWithTool(const Options& options) {
  const std::string json =
      runCommand(shellQuoted(options.alliancecalc) + " score " + shellQuoted(options.workbook) +
                 " --json --profile " + shellQuoted(options.profile));
  std::istringstream stream(json);
  boost::property_tree::ptree tree;
  boost::property_tree::read_json(stream, tree);
  std::map<std::string, Expected> partners;
  for (const auto& [key, partner] : tree) {
    Expected expected;
    expected.health = partner.get<std::string>("health");
    expected.status = partner.get<std::string>("status");
    expected.action = partner.get<std::string>("action");
    for (const auto& [index, warning] : partner.get_child("warnings")) {
      if (!expected.warnings.empty()) {
        expected.warnings += "; ";
      }
      expected.warnings += warning.data();
    }
    partners.emplace(partner.get<std::string>("partner"), expected);
  }
  return partners;
}

// RFC 4180 as Calc writes it: quoted fields may hold separators, "" and line breaks.
std::vector<Row> parseCsv(const std::string& text) {
  std::vector<Row> rows;
  Row row;
  std::string field;
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      row.push_back(std::move(field));
      field.clear();
    } else if (c == '\n') {
      row.push_back(std::move(field));
      field.clear();
      rows.push_back(std::move(row));
      row.clear();
    } else if (c != '\r') {
      field += c;
    }
  }
  if (!field.empty() || !row.empty()) {
    row.push_back(std::move(field));
    rows.push_back(std::move(row));
  }
  return rows;
}

std::string readFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw std::runtime_error("cannot read " + path.string());
  }
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

double seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

// Loads, recalculates and exports every sheet to <outDir>/<sheet>.csv through
// LibreOfficeKit. `profile` is the user installation LOK runs on.
void recalculateThroughLok(const Options& options, const fs::path& profile,
                           const fs::path& outDir) {
  const auto start = std::chrono::steady_clock::now();
  const std::string profileUrl = fileUrl(profile);
  std::unique_ptr<lok::Office> office(
      lok::lok_cpp_init(options.office.c_str(), profileUrl.c_str()));
  if (!office) {
    throw std::runtime_error("LibreOfficeKit did not start from " + options.office);
  }
  const double initTime = seconds(start);

  const auto loadStart = std::chrono::steady_clock::now();
  const std::string workbookUrl = fileUrl(options.workbook);
  std::unique_ptr<lok::Document> document(office->documentLoad(workbookUrl.c_str(), "Batch=true"));
  if (!document) {
    char* error = office->getError();
    const std::string message = error != nullptr ? error : "";
    office->freeError(error);
    throw std::runtime_error("LibreOfficeKit cannot load " + options.workbook + ": " + message);
  }
  const double loadTime = seconds(loadStart);

  // The CSV filter writes one sheet, the one its 12th option numbers (from 1); the values
  // in full precision (not as shown), UTF-8, comma-separated. Each sheet gets its file.
  const auto saveStart = std::chrono::steady_clock::now();
  for (int part = 0; part < document->getParts(); ++part) {
    char* name = document->getPartName(part);
    const std::string sheet = name != nullptr ? name : std::to_string(part + 1);
    free(name);  // LOK allocates it with malloc
    const std::string csvUrl = fileUrl(outDir / (sheet + ".csv"));
    const std::string filterOptions =
        "44,34,76,1,,0,false,false,false,false,false," + std::to_string(part + 1);
    if (!document->saveAs(csvUrl.c_str(), "csv", filterOptions.c_str())) {
      throw std::runtime_error("LibreOfficeKit could not save sheet " + sheet + " as CSV");
    }
  }
  const double saveTime = seconds(saveStart);
  document.reset();
  office.reset();
  std::cout << "LibreOfficeKit: start " << initTime << " s, load " << loadTime
            << " s (with recalculation), CSV export " << saveTime << " s, total " << seconds(start)
            << " s\n";
}

// Calc shows the results an ODF file caches unless told to recalculate on load. A
// .uno:CalculateHard posted through LOK did not always take effect before the export (in
// about one run of four the cached values came out), so instead the profile's Calc
// setting "Recalculation on file load" is "Always": every formula is computed anew.
void alwaysRecalculateOnLoad(const fs::path& profile) {
  const fs::path registry = profile / "user" / "registrymodifications.xcu";
  const std::string item =
      R"(<item oor:path="/org.openoffice.Office.Calc/Formula/Load">)"
      R"(<prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>)"
      "\n";
  std::string text;
  if (fs::exists(registry)) {
    text = readFile(registry);
  } else {
    fs::create_directories(registry.parent_path());
    text =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        R"(<oor:items xmlns:oor="http://openoffice.org/2001/registry" )"
        R"(xmlns:xs="http://www.w3.org/2001/XMLSchema" )"
        R"(xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">)"
        "\n</oor:items>\n";
  }
  const size_t end = text.rfind("</oor:items>");
  if (end == std::string::npos) {
    throw std::runtime_error("no </oor:items> in " + registry.string());
  }
  text.insert(end, item);
  std::ofstream out(registry, std::ios::binary | std::ios::trunc);
  out << text;
  if (!out) {
    throw std::runtime_error("cannot write " + registry.string());
  }
}

struct PortfolioColumns {
  size_t headerRow = 0;
  size_t partner = 0;
  size_t health = 0;
  size_t status = 0;
  size_t warnings = 0;
  size_t action = 0;
};

std::optional<PortfolioColumns> findColumns(const std::vector<Row>& rows) {
  for (size_t r = 0; r < rows.size(); ++r) {
    std::map<std::string, size_t> index;
    for (size_t c = 0; c < rows[r].size(); ++c) {
      index.emplace(rows[r][c], c);
    }
    if (index.contains("Partner") && index.contains("Health") && index.contains("Status") &&
        index.contains("Warning signs") && index.contains("Action")) {
      return PortfolioColumns{r,
                              index["Partner"],
                              index["Health"],
                              index["Status"],
                              index["Warning signs"],
                              index["Action"]};
    }
  }
  return std::nullopt;
}

bool isErrorText(std::string_view cell) {
  return cell.starts_with("Err:") || cell.starts_with("#NAME?") || cell.starts_with("#VALUE!") ||
         cell.starts_with("#N/A") || cell.starts_with("#REF!") || cell.starts_with("#DIV/0!") ||
         cell.starts_with("#NUM!") || cell.starts_with("#NULL!");
}

void checkNoErrorAnywhere(const fs::path& csvDir) {
  for (const auto& entry : fs::directory_iterator(csvDir)) {
    const auto rows = parseCsv(readFile(entry.path()));
    for (size_t r = 0; r < rows.size(); ++r) {
      for (size_t c = 0; c < rows[r].size(); ++c) {
        if (isErrorText(rows[r][c])) {
          fail(entry.path().filename().string() + " row " + std::to_string(r + 1) + " column " +
               std::to_string(c + 1) + " shows " + rows[r][c]);
        }
      }
    }
  }
}

void checkAgainstTool(const std::vector<Row>& rows, const PortfolioColumns& columns,
                      const std::map<std::string, Expected>& expected) {
  size_t compared = 0;
  for (size_t r = columns.headerRow + 1; r < rows.size(); ++r) {
    const Row& row = rows[r];
    if (row.size() <= columns.action || row[columns.partner].empty()) {
      continue;
    }
    const std::string& partner = row[columns.partner];
    const auto found = expected.find(partner);
    if (found == expected.end()) {
      fail(partner + " is not in the output of alliancecalc score");
      continue;
    }
    ++compared;
    const Expected& want = found->second;
    const double health = std::stod(row[columns.health]);
    if (std::fabs(health - std::stod(want.health)) > 1e-6) {
      fail(partner + ": health through LibreOfficeKit is " + row[columns.health] +
           ", alliancecalc score says " + want.health);
    }
    if (row[columns.status] != want.status) {
      fail(partner + ": status " + row[columns.status] + ", expected " + want.status);
    }
    if (row[columns.action] != want.action) {
      fail(partner + ": action " + row[columns.action] + ", expected " + want.action);
    }
    if (row[columns.warnings] != want.warnings) {
      fail(partner + ": warnings \"" + row[columns.warnings] + "\", expected \"" + want.warnings +
           "\"");
    }
    if (partner == "Northwind Systems") {
      std::cout << "Northwind Systems: health " << row[columns.health]
                << " through LibreOfficeKit, " << want.health << " from alliancecalc score\n";
    }
  }
  if (compared != expected.size()) {
    fail("compared " + std::to_string(compared) + " partners, alliancecalc score lists " +
         std::to_string(expected.size()));
  }
  if (!expected.contains("Northwind Systems")) {
    fail("Northwind Systems is not in the portfolio");
  }
}

void checkEveryResultIsNameError(const std::vector<Row>& rows, const PortfolioColumns& columns) {
  size_t partners = 0;
  for (size_t r = columns.headerRow + 1; r < rows.size(); ++r) {
    const Row& row = rows[r];
    if (row.size() <= columns.action || row[columns.partner].empty()) {
      continue;
    }
    ++partners;
    for (const size_t c : {columns.health, columns.status, columns.warnings, columns.action}) {
      if (row[c] != "#NAME?") {
        fail(row[columns.partner] + ": column " + std::to_string(c + 1) + " shows \"" + row[c] +
             "\" without the extension, not #NAME?");
      }
    }
  }
  if (partners == 0) {
    fail("no partner rows in the portfolio sheet");
  }
  if (failures == 0) {
    std::cout << "Without the extension: " << partners << " partners, every result #NAME?\n";
  }
}

int run(const Options& options) {
  const TempDir temp;
  // LOK writes into its profile and must not share one with a running soffice: it gets a
  // copy of its own (or, for the control, an empty one the office fills on start).
  const fs::path profile = temp.path() / "profile";
  if (options.withoutExtension) {
    fs::create_directory(profile);
  } else {
    fs::copy(options.profile, profile, fs::copy_options::recursive);
  }
  alwaysRecalculateOnLoad(profile);
  if (getenv("HOME") == nullptr) {
    setenv("HOME", temp.path().c_str(), 1);
  }

  std::map<std::string, Expected> expected;
  if (!options.withoutExtension) {
    expected = scoreWithTool(options);
  }

  const fs::path csvDir = temp.path() / "csv";
  fs::create_directory(csvDir);
  recalculateThroughLok(options, profile, csvDir);

  const fs::path portfolioCsv = csvDir / "Portfolio.csv";
  if (!fs::exists(portfolioCsv)) {
    fail("no Portfolio sheet was exported (" + portfolioCsv.string() + ")");
    return 1;
  }
  const auto rows = parseCsv(readFile(portfolioCsv));
  const auto columns = findColumns(rows);
  if (!columns) {
    fail("the Portfolio sheet has no row with Partner, Health, Status, Warning signs, Action");
    return 1;
  }
  if (options.withoutExtension) {
    checkEveryResultIsNameError(rows, *columns);
  } else {
    checkNoErrorAnywhere(csvDir);
    checkAgainstTool(rows, *columns, expected);
    if (failures == 0) {
      std::cout << expected.size() << " partners: health, status, action and warnings equal\n";
    }
  }
  return failures == 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  const auto options = parseOptions(argc, argv);
  if (!options) {
    std::cerr << "usage: lok_recalc_test --office DIR --workbook FILE "
                 "(--profile DIR --alliancecalc FILE | --without-extension)\n";
    return 2;
  }
  try {
    return run(*options);
  } catch (const std::exception& e) {
    std::cerr << "FAIL: " << e.what() << '\n';
    return 1;
  }
}
