// Where each of the panel's controls goes for a given width, in pixels, from the
// height of a line of text in the office's current font: the panel scales with
// the sidebar's width and with the user's font size. Plain C++ so that it is
// tested without a window.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace alliance::sidebar {

struct Rect {
  int x = 0;
  int y = 0;
  int width = 0;
  int height = 0;
};

// The panel's controls in their tab order (top to bottom, left to right).
enum class Control : std::size_t {
  Partner,
  StatusSwatch,
  Health,
  PreviousHealth,
  DimensionLabel0,
  DimensionBar0,
  DimensionLabel1,
  DimensionBar1,
  DimensionLabel2,
  DimensionBar2,
  DimensionLabel3,
  DimensionBar3,
  DimensionLabel4,
  DimensionBar4,
  WarningsHeading,
  Details,
  Action,
  ActionsHeading,
  NewWorkbook,
  CheckWorkbook,
  QbrPartner,
  QbrAll,
  Results,
};
inline constexpr std::size_t kControlCount = static_cast<std::size_t>(Control::Results) + 1;

// The control's name in the panel's control container: what tests look up.
[[nodiscard]] std::string_view controlName(Control control);

struct LayoutMetrics {
  int lineHeight = 17;    // one line of the office's label font
  int buttonHeight = 28;  // a push button with one line of text
};

struct PanelLayout {
  std::array<Rect, kControlCount> rects;
  int height = 0;  // the whole panel
  [[nodiscard]] const Rect& at(Control c) const { return rects.at(static_cast<std::size_t>(c)); }
};

// Lines of text the details and results boxes show before they scroll.
inline constexpr int kDetailLines = 9;
inline constexpr int kResultLines = 6;

// With `scorecard` false (no partner at the cursor) only the title, the details
// (the hint), the actions and the results are placed; the other rects stay empty.
[[nodiscard]] PanelLayout layoutPanel(int width, const LayoutMetrics& metrics, bool scorecard);

// The narrowest width the panel is laid out for.
[[nodiscard]] int minimalWidth(const LayoutMetrics& metrics);

}  // namespace alliance::sidebar
