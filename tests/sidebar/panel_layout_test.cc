// The panel's layout: inside the width it is given, in tab order from top to
// bottom, growing with the font, and without the scorecard when no partner is shown.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <set>
#include <string>

#include "sidebar/panel_layout.h"

namespace alliance::sidebar {
namespace {

bool placed(const Rect& r) { return r.width > 0 && r.height > 0; }

bool overlap(const Rect& a, const Rect& b) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

class Widths : public ::testing::TestWithParam<int> {};
INSTANTIATE_TEST_SUITE_P(Sidebar, Widths, ::testing::Values(120, 180, 260, 340, 500, 900));

TEST_P(Widths, EveryControlIsInsideThePanelAndNoneOverlap) {
  const LayoutMetrics metrics;
  const PanelLayout layout = layoutPanel(GetParam(), metrics, true);
  for (std::size_t i = 0; i < kControlCount; ++i) {
    const Rect& r = layout.rects.at(i);
    ASSERT_TRUE(placed(r)) << controlName(static_cast<Control>(i));
    EXPECT_GE(r.x, 0);
    EXPECT_LE(r.x + r.width, GetParam()) << controlName(static_cast<Control>(i));
    EXPECT_LE(r.y + r.height, layout.height);
    for (std::size_t j = i + 1; j < kControlCount; ++j) {
      EXPECT_FALSE(overlap(r, layout.rects.at(j)))
          << controlName(static_cast<Control>(i)) << " / " << controlName(static_cast<Control>(j));
    }
  }
}

TEST_P(Widths, TabOrderRunsTopToBottomThenLeftToRight) {
  const PanelLayout layout = layoutPanel(GetParam(), {}, true);
  for (std::size_t i = 1; i < kControlCount; ++i) {
    const Rect& before = layout.rects.at(i - 1);
    const Rect& r = layout.rects.at(i);
    EXPECT_TRUE(r.y > before.y || (r.y + r.height > before.y && r.x > before.x))
        << controlName(static_cast<Control>(i));
  }
}

TEST(PanelLayout, AWiderSidebarPutsBarsBesideTheirLabelsAndIsShorter) {
  const PanelLayout narrow = layoutPanel(200, {}, true);
  const PanelLayout wide = layoutPanel(600, {}, true);
  EXPECT_LT(wide.height, narrow.height);
  EXPECT_EQ(wide.at(Control::DimensionBar0).y > wide.at(Control::DimensionLabel0).y, true);
  EXPECT_GT(wide.at(Control::DimensionBar0).x, wide.at(Control::DimensionLabel0).x);
  EXPECT_EQ(narrow.at(Control::DimensionBar0).x, narrow.at(Control::DimensionLabel0).x);
  EXPECT_GT(wide.at(Control::Details).width, narrow.at(Control::Details).width);
}

TEST(PanelLayout, ALargerFontMakesATallerPanel) {
  const PanelLayout small = layoutPanel(300, {12, 22}, true);
  const PanelLayout large = layoutPanel(300, {24, 40}, true);
  EXPECT_GT(large.height, small.height);
  EXPECT_GT(large.at(Control::Details).height, small.at(Control::Details).height);
  EXPECT_GT(minimalWidth({24, 40}), minimalWidth({12, 22}));
}

TEST(PanelLayout, WithoutAPartnerOnlyTheHintAndTheActionsArePlaced) {
  const PanelLayout layout = layoutPanel(300, {}, false);
  const std::set<Control> shown = {
      Control::Partner,         Control::Details,     Control::ActionsHeading, Control::NewWorkbook,
      Control::CheckWorkbook,   Control::QbrPartner,  Control::QbrInternal,    Control::QbrAll,
      Control::PortfolioReview, Control::HealthCheck, Control::CloseQuarter,   Control::Results};
  for (std::size_t i = 0; i < kControlCount; ++i) {
    const auto c = static_cast<Control>(i);
    EXPECT_EQ(placed(layout.rects.at(i)), shown.count(c) == 1) << controlName(c);
  }
  EXPECT_LT(layout.height, layoutPanel(300, {}, true).height);
}

// A stand-in for the toolkit: each text is `chars` characters of 7 pixels,
// wrapped into as many lines of 17 pixels as the width needs.
HeightAt wrapping(int chars) {
  return [chars](Control c, int width) {
    const int lines = std::max(1, (chars * 7 + width - 1) / width);
    const bool button = c == Control::NewWorkbook || c == Control::CheckWorkbook ||
                        c == Control::QbrPartner || c == Control::QbrInternal ||
                        c == Control::QbrAll || c == Control::PortfolioReview ||
                        c == Control::HealthCheck || c == Control::CloseQuarter;
    return button ? 28 + (lines - 1) * 17 : lines * 17;
  };
}

TEST(PanelLayout, FromTheMinimalWidthUpEveryControlFitsAndWrappedTextsPushTheRestDown) {
  const LayoutMetrics metrics;
  for (int width = minimalWidth(metrics); width <= 900; width += 7) {
    const PanelLayout layout =
        layoutPanel(width, metrics, true, wrapping(24), {0, 25, 50, 75, 100});
    for (std::size_t i = 0; i < kControlCount; ++i) {
      const Rect& r = layout.rects.at(i);
      ASSERT_TRUE(placed(r)) << width << " " << controlName(static_cast<Control>(i));
      ASSERT_LE(r.x + r.width, width) << width << " " << controlName(static_cast<Control>(i));
      for (std::size_t j = i + 1; j < kControlCount; ++j) {
        ASSERT_FALSE(overlap(r, layout.rects.at(j)))
            << width << " " << controlName(static_cast<Control>(i)) << " / "
            << controlName(static_cast<Control>(j));
      }
    }
  }
  // A text of 24 characters takes two lines at 120 pixels: the panel grows.
  EXPECT_GT(layoutPanel(120, metrics, true, wrapping(24)).height,
            layoutPanel(120, metrics, true, wrapping(4)).height);
  EXPECT_GT(layoutPanel(120, metrics, true, wrapping(24)).at(Control::NewWorkbook).height, 28);
}

TEST(PanelLayout, ButtonsShareARowOnlyWhenEveryLabelFitsOnOneLine) {
  const PanelLayout roomy = layoutPanel(600, {}, true, wrapping(20));
  EXPECT_EQ(roomy.at(Control::NewWorkbook).y, roomy.at(Control::CheckWorkbook).y);
  const PanelLayout crowded = layoutPanel(420, {}, true, wrapping(40));
  EXPECT_GT(crowded.at(Control::CheckWorkbook).y, crowded.at(Control::NewWorkbook).y);
}

constexpr std::array<Control, 8> kButtons = {
    Control::NewWorkbook, Control::CheckWorkbook,   Control::QbrPartner,  Control::QbrInternal,
    Control::QbrAll,      Control::PortfolioReview, Control::HealthCheck, Control::CloseQuarter};

// The eight buttons, wherever they go: inside the width, none over another or over
// the results box, in tab order.
void expectButtonsApart(const PanelLayout& layout, int width) {
  for (std::size_t i = 0; i < kButtons.size(); ++i) {
    const Rect& r = layout.at(kButtons.at(i));
    ASSERT_TRUE(placed(r)) << width << " " << controlName(kButtons.at(i));
    EXPECT_LE(r.x + r.width, width) << width << " " << controlName(kButtons.at(i));
    EXPECT_FALSE(overlap(r, layout.at(Control::Results))) << width;
    EXPECT_GT(layout.at(Control::Results).y, r.y) << width;
    for (std::size_t j = i + 1; j < kButtons.size(); ++j) {
      EXPECT_FALSE(overlap(r, layout.at(kButtons.at(j))))
          << width << " " << controlName(kButtons.at(i)) << " / " << controlName(kButtons.at(j));
    }
  }
}

TEST(PanelLayout, InTwoColumnsTheEightButtonsFillFourRows) {
  for (const int width : {420, 600, 900}) {
    const PanelLayout layout = layoutPanel(width, {}, true, wrapping(16));
    expectButtonsApart(layout, width);
    const Rect& qbrPartner = layout.at(Control::QbrPartner);
    const Rect& internal = layout.at(Control::QbrInternal);
    const Rect& qbrAll = layout.at(Control::QbrAll);
    const Rect& close = layout.at(Control::CloseQuarter);
    EXPECT_EQ(qbrPartner.y, internal.y) << width;  // two a row: the partner's two reviews
    EXPECT_GT(internal.x, qbrPartner.x + qbrPartner.width - 1) << width;
    EXPECT_EQ(qbrAll.y, layout.at(Control::PortfolioReview).y) << width;
    EXPECT_EQ(layout.at(Control::HealthCheck).y, close.y) << width;
    EXPECT_GT(close.y, qbrAll.y + qbrAll.height - 1) << width;
    EXPECT_GT(qbrAll.y, qbrPartner.y + qbrPartner.height - 1) << width;
    EXPECT_EQ(qbrAll.x, qbrPartner.x) << width;
    EXPECT_GT(layout.at(Control::Results).y, close.y + close.height) << width;
  }
}

TEST(PanelLayout, InOneColumnEveryButtonHasARowOfItsOwn) {
  for (const int width : {120, 180, 260, 340}) {
    const PanelLayout layout = layoutPanel(width, {}, true, wrapping(16));
    expectButtonsApart(layout, width);
    for (std::size_t i = 1; i < kButtons.size(); ++i) {
      const Rect& above = layout.at(kButtons.at(i - 1));
      const Rect& r = layout.at(kButtons.at(i));
      EXPECT_EQ(r.x, above.x) << width;
      EXPECT_EQ(r.width, above.width) << width;
      EXPECT_GT(r.y, above.y + above.height - 1) << width << " " << controlName(kButtons.at(i));
    }
  }
  // Without the results box the last button ends the panel.
  const PanelLayout noResults = layoutPanel(300, {}, true, wrapping(16), {}, false);
  const Rect& close = noResults.at(Control::CloseQuarter);
  EXPECT_LE(close.y + close.height, noResults.height);
  EXPECT_FALSE(placed(noResults.at(Control::Results)));
}

TEST(PanelLayout, ABarIsFilledAsFarAsItsScore) {
  for (const int width : {120, 300, 700}) {
    const PanelLayout layout = layoutPanel(width, {}, true, {}, {0, 25, 50, 75, 100});
    for (std::size_t d = 0; d < kDimensionCount; ++d) {
      const Rect& filled = layout.at(dimensionBar(d));
      const Rect& rest = layout.at(dimensionRest(d));
      const int total = filled.width + rest.width;
      EXPECT_EQ(rest.x, filled.x + filled.width);
      EXPECT_EQ(rest.y, filled.y);
      EXPECT_NEAR(filled.width, static_cast<double>(total * static_cast<int>(d) * 25) / 100, 1)
          << width << " " << d;
    }
  }
}

TEST(PanelLayout, ControlNamesAreUnique) {
  std::set<std::string_view> names;
  for (std::size_t i = 0; i < kControlCount; ++i) {
    names.insert(controlName(static_cast<Control>(i)));
  }
  EXPECT_EQ(names.size(), kControlCount);
  EXPECT_EQ(controlName(Control::Partner), "partner");
  EXPECT_EQ(controlName(Control::Results), "results");
  EXPECT_EQ(controlName(Control::CloseQuarter), "closeQuarter");
}

}  // namespace
}  // namespace alliance::sidebar
