// What the panel's controls show for a cursor lookup, as plain strings and
// numbers: the UNO panel puts these into its controls and nothing else.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/scoring.h"
#include "portfolio/quarter_close.h"
#include "qbr/workbook_check.h"
#include "sidebar/panel_text.h"
#include "sidebar/partner_at_cursor.h"

namespace alliance::sidebar {

struct DimensionRow {
  std::string label;  // "Strategy 85" (the score rounded), "Trust n/a"
  int barValue = 0;   // 0..100, 0 when not available
  bool available = false;
};

struct PanelContent {
  bool hasPartner = false;
  std::string title;             // the partner's name, or "No partner at the cursor"
  std::string health;            // "Health 72.4: Green"; empty without a partner
  std::optional<Status> status;  // for the status colour
  // "Last quarter 70.1 · trend +2.3 a quarter over 4 quarters", either part
  // alone, or empty
  std::string previousHealth;
  std::array<DimensionRow, kDimensionCount> dimensions;
  std::string warningsHeading;  // "Warning signs: 2"
  // The warnings with their course corrections, then the open changes; or the hint.
  std::string details;
  std::string action;  // "Portfolio action: Grow", or empty
};

[[nodiscard]] PanelContent describe(const CursorLookup& lookup, Language language);

// The status colour as 0xRRGGBB: green, amber and red that read on light and dark
// backgrounds alike.
[[nodiscard]] std::uint32_t statusColour(Status status);

// The checker's findings as lines for the results box: a summary, then one line a
// problem: "error Portfolio!E7: ...".
[[nodiscard]] std::string describeCheck(const qbr::WorkbookCheck& check, Language language);

// A number as the panel shows scores: one decimal, "72.4".
[[nodiscard]] std::string scoreText(double score);

// The trend of a card's health by quarter (healthTrend over the last
// kDefaultTrendQuarters) and how many quarters it is over; nullopt with fewer
// than two values.
struct TrendShown {
  double pointsPerQuarter = 0.0;
  std::size_t quarters = 0;
};
[[nodiscard]] std::optional<TrendShown> trendOf(const PartnerCard& card);

// Points a quarter with their sign, one decimal: "+2.3", "-1.5", "0.0".
[[nodiscard]] std::string trendText(double pointsPerQuarter);

// Closing the quarter from the panel: the title of its one undo step, and the
// results box's report of what was done or why nothing was.
[[nodiscard]] std::string closeUndoTitle(const std::optional<portfolio::Quarter>& quarter,
                                         Language language);
[[nodiscard]] std::string describeClose(const portfolio::QuarterClose& closed, Language language);
[[nodiscard]] std::string describeCloseProblems(const std::vector<qbr::Finding>& problems,
                                                Language language);
// `quarter`: the current quarter the workbook names (for an AlreadyClosed refusal).
[[nodiscard]] std::string describeCloseRefusal(const portfolio::CloseError& refusal,
                                               const std::optional<portfolio::Quarter>& quarter,
                                               Language language);

}  // namespace alliance::sidebar
