#include "qbr/workbook_check.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "core/input_error.h"
#include "core/report.h"
#include "core/text.h"
#include "qbr/portfolio.h"

namespace alliance::qbr {

namespace {

// As readPortfolio looks for the portfolio sheet.
constexpr std::size_t kHeaderSearchRows = 20;
constexpr std::size_t kHeaderSearchColumns = 30;

bool isSpace(char16_t c) {
  return c == u' ' || c == u'\t' || c == u'\u00A0' || c == u'\n' || c == u'\r';
}

std::u16string_view trimmed(std::u16string_view s) {
  while (!s.empty() && isSpace(s.front())) {
    s.remove_prefix(1);
  }
  while (!s.empty() && isSpace(s.back())) {
    s.remove_suffix(1);
  }
  return s;
}

bool blank(const Value& v) {
  return v.isEmpty() || (v.kind == Cell::Kind::Text && trimmed(v.text).empty());
}

bool isName(const Value& v, std::u16string_view name) {
  return v.kind == Cell::Kind::Text && sameName(v.text, name);
}

std::u16string textOf(const Value& v) {
  if (v.kind == Cell::Kind::Text) {
    return std::u16string(trimmed(v.text));
  }
  if (v.kind == Cell::Kind::Number) {
    const std::string n = formatNumber(v.number);
    return {n.begin(), n.end()};
  }
  return {};
}

// How a cell's content reads in a message: "the text "abc"", "12", "empty".
std::string describe(const Value& v) {
  switch (v.kind) {
    case Cell::Kind::Number:
      return formatNumber(v.number);
    case Cell::Kind::Text:
      return "the text " + quoteForMessage(v.text);
    case Cell::Kind::Error:
      return "an error value";
    case Cell::Kind::Empty:
      break;
  }
  return "empty";
}

// Partner names compare as sameName() compares them: ASCII case and
// surrounding spaces do not count.
std::u16string nameKey(std::u16string_view name) {
  std::u16string key(trimmed(name));
  for (char16_t& c : key) {
    if (c >= u'A' && c <= u'Z') {
      c = static_cast<char16_t>(c - u'A' + u'a');
    }
  }
  return key;
}

std::optional<std::size_t> columnNamed(const Sheet& sheet, std::size_t row,
                                       std::u16string_view name) {
  if (row >= sheet.rows.size()) {
    return std::nullopt;
  }
  const auto& cells = sheet.rows[row];
  for (std::size_t c = 0; c < cells.size(); ++c) {
    if (isName(cells[c], name)) {
      return c;
    }
  }
  return std::nullopt;
}

// The (row, column) of the first "Partner" cell in the search area.
std::optional<std::pair<std::size_t, std::size_t>> findPartnerHeader(const Sheet& sheet) {
  for (std::size_t r = 0; r < std::min(sheet.rows.size(), kHeaderSearchRows); ++r) {
    const auto& cells = sheet.rows[r];
    for (std::size_t c = 0; c < std::min(cells.size(), kHeaderSearchColumns); ++c) {
      if (isName(cells[c], u"Partner")) {
        return std::pair{r, c};
      }
    }
  }
  return std::nullopt;
}

std::string rowReference(std::size_t row) { return fmt::format("{}:{}", row + 1, row + 1); }

class Checker {
 public:
  explicit Checker(WorkbookCheck& out) : out_(out) {}

  void error(const Sheet& sheet, std::string cell, std::string message) {
    add(Severity::Error, sheet.name, std::move(cell), std::move(message));
  }
  void warning(const Sheet& sheet, std::string cell, std::string message) {
    add(Severity::Warning, sheet.name, std::move(cell), std::move(message));
  }
  void add(Severity severity, std::u16string_view sheet, std::string cell, std::string message) {
    out_.findings.push_back({severity, toUtf8(sheet), std::move(cell), std::move(message)});
  }

  void portfolio(const Workbook& workbook);
  void history(const Workbook& workbook);
  void plan(const Workbook& workbook);
  void settings(const Workbook& workbook);

 private:
  void metricColumns(const Sheet& sheet);
  void partnerRow(const Sheet& sheet, std::size_t row, const std::string& partner);
  void optionalNumber(const Sheet& sheet, std::size_t row, std::optional<std::size_t> column,
                      const std::string& partner, std::string_view what);

  WorkbookCheck& out_;
};

void Checker::metricColumns(const Sheet& sheet) {
  const std::size_t h = out_.headerRow;
  std::array<std::optional<std::size_t>, kMetricCount> first{};
  for (std::size_t c = 0; c < sheet.rows[h].size(); ++c) {
    const Value& label = sheet.rows[h][c];
    if (c == out_.partnerColumn || label.kind != Cell::Kind::Text) {
      continue;
    }
    const std::optional<Metric> metric = metricForLabel(label.text);
    if (!metric) {
      continue;  // not a metric (a misspelt one included): the functions ignore it too
    }
    out_.metricColumns.push_back({*metric, c});
    auto& seen = first[static_cast<std::size_t>(*metric)];
    if (seen) {
      error(sheet, cellName(c, h),
            fmt::format("{} has two columns, {} ({}) and {} ({}); keep one.",
                        metricInfo(*metric).name, cellName(*seen, h),
                        quoteForMessage(sheet.rows[h][*seen].text), cellName(c, h),
                        quoteForMessage(label.text)));
    } else {
      seen = c;
    }
  }
  std::vector<std::string_view> missing;
  for (const MetricInfo& info : metricTable()) {
    if (!first[static_cast<std::size_t>(info.id)]) {
      missing.push_back(info.name);
    }
  }
  if (missing.size() == kMetricCount) {
    error(sheet, rowReference(h),
          fmt::format("The header row names none of the {} contract metrics (map_elements, "
                      "exec_signoff, ...), so no partner can be scored.",
                      kMetricCount));
  } else if (!missing.empty()) {
    warning(sheet, rowReference(h),
            fmt::format("{} of the {} contract metrics {} no column: {}; the dimensions that "
                        "use {} are scored without {}.",
                        missing.size(), kMetricCount, missing.size() == 1 ? "has" : "have",
                        fmt::join(missing, ", "), missing.size() == 1 ? "it" : "them",
                        missing.size() == 1 ? "it" : "them"));
  }
}

void Checker::optionalNumber(const Sheet& sheet, std::size_t row, std::optional<std::size_t> column,
                             const std::string& partner, std::string_view what) {
  if (!column) {
    return;
  }
  const Value& v = sheet.at(row, *column);
  if (blank(v)) {
    return;
  }
  const bool previousHealth = what == "previous_health";
  bool ok = v.kind == Cell::Kind::Number && std::isfinite(v.number);
  if (ok && previousHealth) {
    ok = v.number >= 0.0 && v.number <= 100.0;
  } else if (ok) {
    ok = v.number >= 0.0 && std::floor(v.number) == v.number;
  }
  if (!ok) {
    error(sheet, cellName(*column, row),
          fmt::format("{}: {} is {} but must be {}.", partner, what, describe(v),
                      previousHealth ? "a number from 0 to 100" : "a whole number of 0 or more"));
  }
}

void Checker::partnerRow(const Sheet& sheet, std::size_t row, const std::string& partner) {
  bool anyValue = false;
  bool badCell = false;
  for (const MetricColumn& mc : out_.metricColumns) {
    const Value& v = sheet.at(row, mc.column);
    if (v.kind == Cell::Kind::Error) {
      // Calc stops a function before it runs (Err:504): ALLIANCE_CHECK cannot say this.
      badCell = true;
      error(sheet, cellName(mc.column, row),
            fmt::format("{}: {} shows an error value, so every function on the row fails "
                        "(Err:504); fix the cell the error comes from.",
                        partner, metricInfo(mc.metric).name));
      continue;
    }
    try {
      anyValue = parseMetricValue(mc.metric, v.cell()).has_value() || anyValue;
    } catch (const InputError& e) {
      badCell = true;
      error(sheet, cellName(mc.column, row), fmt::format("{}: {}", partner, e.what()));
    }
  }
  if (badCell) {
    return;  // checkMetrics would repeat the first of them
  }
  if (!anyValue) {
    warning(
        sheet, cellName(out_.partnerColumn, row),
        fmt::format("{}: no metric is filled in, so the partner cannot be scored yet.", partner));
    return;
  }
  // The row as the functions see it: what ALLIANCE_CHECK would say.
  std::vector<Cell> values;
  std::vector<Cell> labels;
  for (const MetricColumn& mc : out_.metricColumns) {
    values.push_back(sheet.at(row, mc.column).cell());
    labels.push_back(sheet.at(out_.headerRow, mc.column).cell());
  }
  const CellGrid valueGrid{values, 1, values.size()};
  const CellGrid labelGrid{labels, 1, labels.size()};
  const std::string verdict = checkMetrics(valueGrid, &labelGrid);
  if (verdict != kCheckOk) {
    error(sheet, cellName(out_.partnerColumn, row), fmt::format("{}: {}", partner, verdict));
  }
}

void Checker::portfolio(const Workbook& workbook) {
  const Sheet* found = nullptr;
  for (const Sheet& sheet : workbook.sheets) {
    if (const auto at = findPartnerHeader(sheet)) {
      found = &sheet;
      std::tie(out_.headerRow, out_.partnerColumn) = *at;
      break;
    }
  }
  if (found == nullptr) {
    add(Severity::Error, u"", {},
        fmt::format("The workbook has no portfolio sheet: no sheet has a \"Partner\" header "
                    "cell in its first {} rows and {} columns.",
                    kHeaderSearchRows, kHeaderSearchColumns));
    return;
  }
  const Sheet& sheet = *found;
  out_.hasPortfolio = true;
  out_.portfolioSheet = toUtf8(sheet.name);
  metricColumns(sheet);

  const std::optional<std::size_t> previousHealth =
      columnNamed(sheet, out_.headerRow, u"Previous health");
  const std::optional<std::size_t> quartersRed =
      columnNamed(sheet, out_.headerRow, u"Quarters red");
  const bool scorable = !out_.metricColumns.empty();
  std::unordered_map<std::u16string, std::size_t> firstRow;  // name key -> row
  std::size_t row = out_.headerRow + 1;
  for (; row < sheet.rows.size() && !blank(sheet.at(row, out_.partnerColumn)); ++row) {
    if (sheet.at(row, out_.partnerColumn).kind == Cell::Kind::Error) {
      error(sheet, cellName(out_.partnerColumn, row), "The partner name shows an error value.");
      continue;
    }
    const std::u16string name = textOf(sheet.at(row, out_.partnerColumn));
    const std::string partner = toUtf8(name);
    const auto [it, inserted] = firstRow.try_emplace(nameKey(name), row);
    if (!inserted) {
      error(sheet, cellName(out_.partnerColumn, row),
            fmt::format("{}: the partner is listed twice, in {} and {}; a QBR cannot tell the "
                        "rows apart. Keep one row per partner.",
                        partner, cellName(out_.partnerColumn, it->second),
                        cellName(out_.partnerColumn, row)));
    }
    if (scorable) {
      partnerRow(sheet, row, partner);
    }
    optionalNumber(sheet, row, previousHealth, partner, "previous_health");
    optionalNumber(sheet, row, quartersRed, partner, "quarters_red");
  }
  out_.partnerCount = row - out_.headerRow - 1;
  if (out_.partnerCount == 0) {
    warning(sheet, cellName(out_.partnerColumn, out_.headerRow + 1),
            "No partner rows: the first cell under the \"Partner\" header is empty.");
  }
}

void Checker::history(const Workbook& workbook) {
  const Sheet* found = workbook.find(u"History");
  if (found == nullptr) {
    add(Severity::Error, u"History", {},
        "The workbook has no History sheet (quarterly snapshots with the columns Quarter, "
        "Partner and Health), so a QBR cannot show last quarter.");
    return;
  }
  const Sheet& sheet = *found;
  std::array<std::optional<std::size_t>, 3> columns;
  constexpr std::array<std::u16string_view, 3> kNames = {u"Quarter", u"Partner", u"Health"};
  for (std::size_t i = 0; i < kNames.size(); ++i) {
    columns[i] = columnNamed(sheet, 0, kNames[i]);
    if (!columns[i]) {
      error(sheet, rowReference(0),
            fmt::format("The History sheet has no \"{}\" column in its first row.",
                        toUtf8(kNames[i])));
    }
  }
  const auto [quarterColumn, partnerColumn, healthColumn] = columns;
  if (!quarterColumn || !partnerColumn) {
    return;  // the rows cannot be read as snapshots
  }
  for (std::size_t r = 1; r < sheet.rows.size(); ++r) {
    const Value& quarterCell = sheet.at(r, *quarterColumn);
    const Value& partnerCell = sheet.at(r, *partnerColumn);
    if (blank(quarterCell) && blank(partnerCell)) {
      continue;  // an empty line, or a note beside the table
    }
    const std::string partner = toUtf8(textOf(partnerCell));
    const std::string who = blank(partnerCell) ? std::string() : partner + ": ";
    const std::optional<Quarter> quarter = Quarter::parse(textOf(quarterCell));
    if (blank(quarterCell)) {
      error(sheet, cellName(*quarterColumn, r),
            fmt::format("{}the snapshot has no quarter; write it like 2026-Q3.", who));
      continue;
    }
    if (!quarter) {
      error(sheet, cellName(*quarterColumn, r),
            fmt::format("{}the quarter is {} but must be written like 2026-Q3.", who,
                        describe(quarterCell)));
      continue;
    }
    if (blank(partnerCell)) {
      warning(
          sheet, cellName(*partnerColumn, r),
          fmt::format("The {} snapshot names no partner, so no QBR shows it.", quarter->text()));
      continue;
    }
    if (!healthColumn) {
      continue;
    }
    const Value& health = sheet.at(r, *healthColumn);
    if (blank(health)) {
      warning(sheet, cellName(*healthColumn, r),
              fmt::format("{}: the {} snapshot has no health, so a QBR cannot compare with it.",
                          partner, quarter->text()));
    } else if (health.kind != Cell::Kind::Number || !std::isfinite(health.number) ||
               health.number < 0.0 || health.number > 100.0) {
      error(sheet, cellName(*healthColumn, r),
            fmt::format("{}: the {} health is {} but must be a number from 0 to 100.", partner,
                        quarter->text(), describe(health)));
    }
  }
}

void Checker::plan(const Workbook& workbook) {
  const Sheet* found = workbook.find(u"Plan");
  if (found == nullptr) {
    return;  // optional: the QBR then says there is no plan
  }
  const Sheet& sheet = *found;
  const std::optional<std::size_t> partnerColumn = columnNamed(sheet, 0, u"Partner");
  const std::optional<std::size_t> milestoneColumn = columnNamed(sheet, 0, u"Milestone");
  for (const auto& [column, name] :
       {std::pair{partnerColumn, "Partner"}, std::pair{milestoneColumn, "Milestone"}}) {
    if (!column) {
      error(sheet, rowReference(0),
            fmt::format("The Plan sheet has no \"{}\" column in its first row.", name));
    }
  }
  if (!partnerColumn || !milestoneColumn) {
    return;
  }
  for (std::size_t r = 1; r < sheet.rows.size(); ++r) {
    const Value& milestone = sheet.at(r, *milestoneColumn);
    if (!blank(milestone) && blank(sheet.at(r, *partnerColumn))) {
      warning(sheet, cellName(*partnerColumn, r),
              fmt::format("The milestone {} names no partner, so no QBR shows it.",
                          quoteForMessage(textOf(milestone))));
    }
  }
}

void Checker::settings(const Workbook& workbook) {
  const Sheet* found = workbook.find(u"Settings");
  if (found == nullptr) {
    return;
  }
  const Sheet& sheet = *found;
  for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
    for (std::size_t c = 0; c < sheet.rows[r].size(); ++c) {
      if (!isName(sheet.rows[r][c], u"Current quarter")) {
        continue;
      }
      const Value& value = sheet.at(r, c + 1);
      if (blank(value)) {
        warning(sheet, cellName(c + 1, r),
                "The current quarter is empty, so `alliancecalc qbr` needs --quarter.");
      } else if (!Quarter::parse(textOf(value))) {
        error(sheet, cellName(c + 1, r),
              fmt::format("The current quarter is {} but must be written like 2026-Q4.",
                          describe(value)));
      }
      return;
    }
  }
}

}  // namespace

std::string_view severityWord(Severity severity) {
  return severity == Severity::Error ? "error" : "warning";
}

std::size_t WorkbookCheck::errorCount() const {
  return static_cast<std::size_t>(
      std::count_if(findings.begin(), findings.end(),
                    [](const Finding& f) { return f.severity == Severity::Error; }));
}

std::size_t WorkbookCheck::warningCount() const { return findings.size() - errorCount(); }

WorkbookCheck checkWorkbook(const Workbook& workbook) {
  WorkbookCheck out;
  Checker checker(out);
  checker.portfolio(workbook);
  if (!out.hasPortfolio) {
    return out;
  }
  checker.history(workbook);
  checker.plan(workbook);
  checker.settings(workbook);
  return out;
}

std::string columnName(std::size_t column) {
  std::string name;
  for (std::size_t n = column + 1; n > 0; n = (n - 1) / 26) {
    name.insert(name.begin(), static_cast<char>('A' + (n - 1) % 26));
  }
  return name;
}

std::string cellName(std::size_t column, std::size_t row) {
  return columnName(column) + std::to_string(row + 1);
}

std::string findingPlace(const Finding& finding) {
  const bool plain =
      !finding.sheet.empty() && std::all_of(finding.sheet.begin(), finding.sheet.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '_' || (static_cast<unsigned char>(c) & 0x80) != 0;
      });
  std::string sheet = finding.sheet;
  if (!plain && !sheet.empty()) {
    std::string quoted = "'";
    for (const char c : sheet) {
      quoted += c;
      if (c == '\'') {
        quoted += '\'';
      }
    }
    sheet = quoted + "'";
  }
  if (finding.cell.empty()) {
    return sheet;
  }
  return sheet.empty() ? finding.cell : sheet + "!" + finding.cell;
}

}  // namespace alliance::qbr
