// Where each of the panel's controls goes for a given width, in pixels, from the
// height of a line of text in the office's current font and the height each text
// needs when wrapped to its width: the panel fits any sidebar width from its
// minimum up, and scales with the user's font size. Plain C++ so that it is
// tested without a window.
#pragma once

#include <array>
#include <cstddef>
#include <functional>
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
  DimensionBar0,   // the filled part of the bar: the score
  DimensionRest0,  // the rest of the bar, up to 100
  DimensionLabel1,
  DimensionBar1,
  DimensionRest1,
  DimensionLabel2,
  DimensionBar2,
  DimensionRest2,
  DimensionLabel3,
  DimensionBar3,
  DimensionRest3,
  DimensionLabel4,
  DimensionBar4,
  DimensionRest4,
  WarningsHeading,
  Details,
  Action,
  ActionsHeading,
  NewWorkbook,
  CheckWorkbook,
  QbrPartner,
  QbrInternal,
  QbrAll,
  PortfolioReview,
  HealthCheck,
  CloseQuarter,
  Results,
};
inline constexpr std::size_t kControlCount = static_cast<std::size_t>(Control::Results) + 1;

// The control's name in the panel's control container: what tests look up.
[[nodiscard]] std::string_view controlName(Control control);

struct LayoutMetrics {
  int lineHeight = 17;    // one line of the office's label font
  int buttonHeight = 28;  // a push button with one line of text
};

// The height a control needs at a width, its text wrapped to it (labels and
// buttons grow by lines). Empty: every text takes one line.
using HeightAt = std::function<int(Control control, int width)>;

// The dimension of a bar control, and the bar controls of a dimension.
inline constexpr std::size_t kDimensionCount = 5;
[[nodiscard]] Control dimensionLabel(std::size_t dimension);
[[nodiscard]] Control dimensionBar(std::size_t dimension);
[[nodiscard]] Control dimensionRest(std::size_t dimension);

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
// `bars` are the dimensions' scores, 0 to 100: each bar's filled part is as long.
// With `results` false (no action has reported yet) the results box is left out.
[[nodiscard]] PanelLayout layoutPanel(int width, const LayoutMetrics& metrics, bool scorecard,
                                      const HeightAt& heightAt = {},
                                      const std::array<int, kDimensionCount>& bars = {},
                                      bool results = true);

// The narrowest width the panel is laid out for. The sidebar opens the deck at
// this width and never makes it narrower, so it is what the scorecard needs to
// read well: fourteen lines' height, about 24 characters of the office's font.
[[nodiscard]] int minimalWidth(const LayoutMetrics& metrics);

}  // namespace alliance::sidebar
