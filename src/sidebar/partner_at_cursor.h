// Which partner the cell cursor is on, and that partner's scorecard, decided
// in plain C++ from the portfolio model (portfolio/): the sidebar panel only
// reads the document and shows what this returns.
//
// Two shapes of workbook are understood:
//  - a portfolio (portfolio/portfolio.h decides which sheet and which rows are
//    partners): the cursor anywhere on a partner's row shows that partner,
//    scored by portfolio::scorePartner with the portfolio's Settings, so the
//    panel shows what the sheet, `alliancecalc score` and the QBR show.
//  - a partner scorecard: a column naming at least three metrics with their
//    values in the column to its right (the partner scorecard template's
//    A9:B24), the partner's name beside a "Partner" cell. The cursor anywhere on
//    that sheet shows it, and anywhere in a workbook that has no portfolio.
//
// A partner on a portfolio row also gets its health per quarter (History, then
// now: what the trend is of) and its open changes (the Changes sheet).
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/programme.h"
#include "core/scoring.h"
#include "core/warnings.h"
#include "portfolio/workbook.h"

namespace alliance::sidebar {

// 0-based, as the office's cell addresses count.
struct CursorPosition {
  std::size_t sheet = 0;
  std::size_t row = 0;
  std::size_t column = 0;
};

enum class CardShape : std::uint8_t { PortfolioRow, ScorecardBlock };

// A change on the Changes sheet logged more than 30 days ago without an agreed
// response (portfolio::isOpenChange), as the panel lists it.
struct OpenChange {
  std::size_t row = 0;  // 0-based row on Changes
  std::u16string what;  // as written; may be empty
  std::u16string side;  // "ours", "theirs", as written
  std::u16string kind;  // "people", "policy", ..., as written
  long days = 0;        // whole days since it was logged
};

// One partner's scorecard as the panel shows it.
struct PartnerCard {
  CardShape shape = CardShape::PortfolioRow;
  std::u16string partner;              // as written in the workbook; may be empty on a scorecard
  std::u16string sheet;                // the sheet the metrics are on
  std::size_t row = 0;                 // the partner's row (portfolio) or the first metric's row
  std::optional<std::string> problem;  // why the metrics cannot be scored (a full sentence)
  std::optional<double> health;
  std::optional<Status> status;
  DimensionScores dimensions;
  WarningSet warnings;
  std::optional<Action> action;
  std::optional<double> previousHealth;
  // Portfolio rows only: the partner's health per quarter, oldest first: the
  // History snapshots up to the current quarter (a later row of a quarter
  // replaces an earlier one), then the health now when History does not hold
  // the current quarter yet. What the trend is computed from.
  std::vector<double> healthByQuarter;
  // Portfolio rows only: the partner's open changes, in the Changes sheet's order.
  std::vector<OpenChange> openChanges;
};

enum class NoPartner : std::uint8_t {
  NoPartnerSheet,   // the workbook has neither a portfolio nor a scorecard
  NotOnPartnerRow,  // a portfolio exists, but the cursor is not on a partner's row
};

struct CursorLookup {
  std::optional<PartnerCard> card;
  NoPartner reason = NoPartner::NoPartnerSheet;  // when there is no card
  std::u16string portfolioSheet;                 // NotOnPartnerRow: where the partners are
};

// Never throws for anything in the workbook: bad metrics become card.problem.
// `today` is the office's serial day number of the current date (serialDay),
// against which changes are open.
[[nodiscard]] CursorLookup partnerAtCursor(const portfolio::Workbook& workbook,
                                           const CursorPosition& cursor, double today);

// A date as the office's serial day number: days since 1899-12-30.
[[nodiscard]] double serialDay(std::chrono::year_month_day date) noexcept;

}  // namespace alliance::sidebar
