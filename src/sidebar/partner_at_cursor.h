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
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

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
[[nodiscard]] CursorLookup partnerAtCursor(const portfolio::Workbook& workbook,
                                           const CursorPosition& cursor);

}  // namespace alliance::sidebar
