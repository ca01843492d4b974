// Closing a quarter, decided in plain C++ from the portfolio model: what the
// product writes into the workbook so that History, the counters and the
// current quarter are kept by it, not typed by hand. `alliancecalc close-quarter`
// and the sidebar's action only apply these edits to a document.
//
// For the current quarter on Settings:
//  - one History row per scored partner, as values: Quarter, Partner, Health,
//    Status, the five dimensions, revenue target, revenue actual, pipeline (in
//    the History columns of those headings, below its last used row);
//  - each partner's Previous health becomes this quarter's health; Quarters red
//    +1 when Red, else 0; Quarters declining +1 when health fell below Previous
//    health, else 0 (each where the Portfolio has the column);
//  - Settings' current quarter advances (2026-Q4 -> 2027-Q1).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "portfolio/portfolio.h"
#include "portfolio/quarter.h"

namespace alliance::portfolio {

// One cell to write: a number, a text (written as text, never as a formula), or
// nothing (the cell is emptied).
struct CellEdit {
  std::u16string sheet;
  std::size_t row = 0;     // 0-based
  std::size_t column = 0;  // 0-based
  Value value;
};

enum class CloseRefusal : std::uint8_t {
  NoQuarter,      // Settings has no current quarter that parses
  NoHistory,      // no History sheet, or it lacks the Quarter, Partner or Health heading
  AlreadyClosed,  // History already holds snapshots of the current quarter
  Unscored,       // a partner cannot be scored (its problem is listed)
  NoPartners,     // the portfolio lists no partner
};

class CloseError : public WorkbookError {
 public:
  CloseError(CloseRefusal refusal, const std::string& message)
      : WorkbookError(message), refusal_(refusal) {}
  [[nodiscard]] CloseRefusal refusal() const { return refusal_; }

 private:
  CloseRefusal refusal_;
};

struct PartnerClose {
  std::u16string partner;
  double health = 0.0;
  Status status = Status::Green;
  std::optional<double> previousHealth;  // before the close
  double quartersRed = 0.0;              // after the close
  double quartersDeclining = 0.0;        // after the close
};

struct QuarterClose {
  Quarter closed;
  Quarter next;
  std::vector<PartnerClose> partners;  // portfolio order
  std::vector<CellEdit> edits;
};

// Throws CloseError naming why the quarter cannot be closed. Never changes
// anything itself.
[[nodiscard]] QuarterClose planQuarterClose(const Portfolio& portfolio);

}  // namespace alliance::portfolio
