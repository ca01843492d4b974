// Checks a portfolio workbook, held in plain values, against the structure of
// the partner portfolio template and the function contract, without changing
// anything: the `alliancecalc check` command prints what this finds, and the
// sidebar can show the same findings.
//
// What is checked:
//  - the portfolio sheet and its partner rows, as readPortfolio finds them
//    (portfolio/portfolio.h). Its metric
//    columns (header cells that name one of the 16 contract metrics; any other
//    header, a misspelt metric among them, is ignored as the functions ignore
//    it); contract metrics without a column (one warning naming them); a metric
//    in two columns (error); every partner row's metric cells, each through the
//    core's parseMetricValue, and the row as a whole through checkMetrics (the
//    same sentences ALLIANCE_CHECK gives); Previous health (0..100) and Quarters
//    red (a whole number of 0 or more) when those columns exist; a partner name
//    given twice (error); no partner rows at all (warning);
//  - History: present (error otherwise); Quarter, Partner and Health columns in
//    its first row; on every row that holds a partner or a quarter: the quarter
//    parses, the partner is there, health is a number from 0 to 100;
//  - Plan, when present: Partner and Milestone columns; a milestone without a
//    partner (warning: no QBR shows it);
//  - Settings: the weights and bands readPortfolio cannot use (errors at their
//    cells); the current quarter parses (empty: a warning).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/metrics.h"
#include "portfolio/portfolio.h"

namespace alliance::qbr {

enum class Severity : std::uint8_t { Error, Warning };

[[nodiscard]] std::string_view severityWord(Severity severity);  // "error", "warning"

// One problem, where it is and what it is, in a sentence.
struct Finding {
  Severity severity = Severity::Error;
  std::string sheet;    // UTF-8 sheet name
  std::string cell;     // "E7", "A4:W4" or "1:1" (the first row); empty for a whole sheet
  std::string message;  // a full sentence; partner rows start with the partner's name
};

using portfolio::MetricColumn;

struct WorkbookCheck {
  // False when no sheet has a "Partner" header: nothing else is checked then,
  // and the one finding says so.
  bool hasPortfolio = false;
  std::string portfolioSheet;
  std::size_t headerRow = 0;  // 0-based
  std::size_t partnerColumn = 0;
  std::vector<MetricColumn> metricColumns;  // the recognised ones, in column order
  std::size_t partnerCount = 0;
  std::vector<Finding> findings;  // sheet by sheet, row by row

  [[nodiscard]] std::size_t errorCount() const;
  [[nodiscard]] std::size_t warningCount() const;
};

[[nodiscard]] WorkbookCheck checkWorkbook(const portfolio::Workbook& workbook);

// "Portfolio!E7", "'Partner list'!E7", "History" (no cell).
[[nodiscard]] std::string findingPlace(const Finding& finding);

}  // namespace alliance::qbr
