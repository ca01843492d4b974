// What the panel's controls show for a cursor lookup, as plain strings and
// numbers: the UNO panel puts these into its controls and nothing else.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>

#include "core/scoring.h"
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
  std::string previousHealth;    // "Last quarter 70.1", or empty
  std::array<DimensionRow, kDimensionCount> dimensions;
  std::string warningsHeading;  // "Warning signs: 2"
  std::string details;          // the warnings with their course corrections, or the hint
  std::string action;           // "Portfolio action: Grow", or empty
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

}  // namespace alliance::sidebar
