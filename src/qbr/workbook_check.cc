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
#include "portfolio/portfolio.h"

namespace alliance::qbr {

namespace {

using portfolio::cellName;
using portfolio::columnLabelled;
using portfolio::describe;
using portfolio::isBlank;
using portfolio::Quarter;
using portfolio::Sheet;
using portfolio::textOf;
using portfolio::Value;
using portfolio::Workbook;

// Partner names compare as sameName() compares them: ASCII case and
// surrounding spaces do not count.
std::u16string nameKey(std::u16string_view name) {
  std::u16string key(portfolio::trimmed(name));
  for (char16_t& c : key) {
    if (c >= u'A' && c <= u'Z') {
      c = static_cast<char16_t>(c - u'A' + u'a');
    }
  }
  return key;
}

std::optional<std::size_t> columnNamed(const Sheet& sheet, std::size_t row,
                                       std::u16string_view name) {
  return row < sheet.rows.size() ? columnLabelled(sheet.rows[row], name) : std::nullopt;
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

  void portfolio(const Workbook& workbook, const portfolio::Portfolio& p);
  void history(const Workbook& workbook);
  void plan(const Workbook& workbook);
  void settings(const portfolio::Portfolio& p);

 private:
  void metricColumns(const Sheet& sheet, const portfolio::Portfolio& p);
  void partnerRow(const Sheet& sheet, std::size_t row, const std::string& partner);
  void optionalNumber(const Sheet& sheet, std::size_t row, std::optional<std::size_t> column,
                      const std::string& partner, std::string_view what);

  WorkbookCheck& out_;
};

void Checker::metricColumns(const Sheet& sheet, const portfolio::Portfolio& p) {
  const std::size_t h = p.headerRow;
  std::array<std::optional<std::size_t>, kMetricCount> first{};
  for (const portfolio::MetricColumn& mc : p.metricColumns) {
    out_.metricColumns.push_back(mc);
    auto& seen = first[static_cast<std::size_t>(mc.metric)];
    if (seen) {
      error(sheet, cellName(mc.column, h),
            fmt::format("{} has two columns, {} ({}) and {} ({}); keep one.",
                        metricInfo(mc.metric).name, cellName(*seen, h),
                        quoteForMessage(p.header[*seen].text), cellName(mc.column, h),
                        quoteForMessage(p.header[mc.column].text)));
    } else {
      seen = mc.column;
    }
  }
  std::vector<std::string_view> missing;
  // The version-2 metrics are optional columns: a version-1 portfolio misses nothing.
  for (const MetricInfo& info : metricTable().first<kScoredMetricCount>()) {
    if (!first[static_cast<std::size_t>(info.id)]) {
      missing.push_back(info.name);
    }
  }
  if (!missing.empty()) {
    warning(sheet, rowReference(h),
            fmt::format("{} of the {} contract metrics {} no column: {}; the dimensions that "
                        "use {} are scored without {}.",
                        missing.size(), kScoredMetricCount, missing.size() == 1 ? "has" : "have",
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
  if (isBlank(v)) {
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
      // A version-2 metric alone scores nothing (the template computes Open changes on
      // every partner row): the row counts as filled in from a scored metric on.
      const bool scored = static_cast<std::size_t>(mc.metric) < kScoredMetricCount;
      anyValue = (parseMetricValue(mc.metric, v.cell()).has_value() && scored) || anyValue;
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

void Checker::portfolio(const Workbook& workbook, const portfolio::Portfolio& p) {
  const Sheet& sheet = workbook.sheets[p.sheetIndex];
  out_.hasPortfolio = true;
  out_.portfolioSheet = toUtf8(p.sheetName);
  out_.headerRow = p.headerRow;
  out_.partnerColumn = p.partnerColumn;
  metricColumns(sheet, p);

  std::unordered_map<std::u16string, std::size_t> firstRow;  // name key -> row
  auto errorName = p.errorNameRows.begin();
  const auto nameErrorsUpTo = [&](std::size_t row) {  // findings in row order
    for (; errorName != p.errorNameRows.end() && *errorName < row; ++errorName) {
      error(sheet, cellName(p.partnerColumn, *errorName), "The partner name shows an error value.");
    }
  };
  for (const portfolio::PartnerRow& partnerRow : p.partners) {
    const std::size_t row = partnerRow.row;
    nameErrorsUpTo(row);
    const std::string partner = toUtf8(partnerRow.name);
    const auto [it, inserted] = firstRow.try_emplace(nameKey(partnerRow.name), row);
    if (!inserted) {
      error(sheet, cellName(p.partnerColumn, row),
            fmt::format("{}: the partner is listed twice, in {} and {}; a QBR cannot tell the "
                        "rows apart. Keep one row per partner.",
                        partner, cellName(p.partnerColumn, it->second),
                        cellName(p.partnerColumn, row)));
    }
    this->partnerRow(sheet, row, partner);
    optionalNumber(sheet, row, p.previousHealthColumn, partner, "previous_health");
    optionalNumber(sheet, row, p.quartersRedColumn, partner, "quarters_red");
  }
  nameErrorsUpTo(sheet.rows.size());
  out_.partnerCount = p.partners.size();
  if (out_.partnerCount == 0) {
    warning(sheet, cellName(p.partnerColumn, p.headerRow + 1),
            "No partner rows: no row under the \"Partner\" header names a partner.");
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
    if (isBlank(quarterCell) && isBlank(partnerCell)) {
      continue;  // an empty line, or a note beside the table
    }
    const std::string partner = toUtf8(textOf(partnerCell));
    const std::string who = isBlank(partnerCell) ? std::string() : partner + ": ";
    const std::optional<Quarter> quarter = Quarter::parse(textOf(quarterCell));
    if (isBlank(quarterCell)) {
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
    if (isBlank(partnerCell)) {
      warning(
          sheet, cellName(*partnerColumn, r),
          fmt::format("The {} snapshot names no partner, so no QBR shows it.", quarter->text()));
      continue;
    }
    if (!healthColumn) {
      continue;
    }
    const Value& health = sheet.at(r, *healthColumn);
    if (isBlank(health)) {
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
    if (!isBlank(milestone) && isBlank(sheet.at(r, *partnerColumn))) {
      warning(sheet, cellName(*partnerColumn, r),
              fmt::format("The milestone {} names no partner, so no QBR shows it.",
                          quoteForMessage(textOf(milestone))));
    }
  }
}

void Checker::settings(const portfolio::Portfolio& p) {
  const std::u16string_view sheet = u"Settings";
  for (const portfolio::SettingsProblem& problem : p.settings.problems) {
    add(Severity::Error, sheet, problem.cell, problem.message);
  }
  if (!p.settings.currentQuarterCell) {
    return;
  }
  const Value& value = p.settings.currentQuarterValue;
  if (isBlank(value)) {
    add(Severity::Warning, sheet, *p.settings.currentQuarterCell,
        "The current quarter is empty, so a QBR needs its quarter given when it is made.");
  } else if (!p.settings.currentQuarter) {
    add(Severity::Error, sheet, *p.settings.currentQuarterCell,
        fmt::format("The current quarter is {} but must be written like 2026-Q4.",
                    describe(value)));
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
  portfolio::Portfolio p;
  try {
    p = portfolio::readPortfolio(workbook);
  } catch (const portfolio::WorkbookError& e) {
    checker.add(Severity::Error, u"", {}, e.what());
    return out;
  }
  checker.portfolio(workbook, p);
  checker.history(workbook);
  checker.plan(workbook);
  checker.settings(p);
  return out;
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
