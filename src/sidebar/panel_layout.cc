#include "sidebar/panel_layout.h"

#include <algorithm>

namespace alliance::sidebar {

namespace {

constexpr int kMinimalWidthLines = 14;
constexpr int kMinimalWidthFloor = 120;  // pixels, for a tiny font

constexpr std::array<std::string_view, kControlCount> kNames = {
    "partner",         "statusSwatch",    "health",          "previousHealth",  "dimensionLabel0",
    "dimensionBar0",   "dimensionRest0",  "dimensionLabel1", "dimensionBar1",   "dimensionRest1",
    "dimensionLabel2", "dimensionBar2",   "dimensionRest2",  "dimensionLabel3", "dimensionBar3",
    "dimensionRest3",  "dimensionLabel4", "dimensionBar4",   "dimensionRest4",  "warningsHeading",
    "details",         "action",          "actionsHeading",  "newWorkbook",     "checkWorkbook",
    "qbrPartner",      "qbrInternal",     "qbrAll",          "portfolioReview", "healthCheck",
    "closeQuarter",    "results"};

Control dimensionControl(std::size_t dimension, std::size_t part) {
  return static_cast<Control>(static_cast<std::size_t>(Control::DimensionLabel0) + 3 * dimension +
                              part);
}

}  // namespace

std::string_view controlName(Control control) {
  return kNames.at(static_cast<std::size_t>(control));
}

Control dimensionLabel(std::size_t dimension) { return dimensionControl(dimension, 0); }
Control dimensionBar(std::size_t dimension) { return dimensionControl(dimension, 1); }
Control dimensionRest(std::size_t dimension) { return dimensionControl(dimension, 2); }

int minimalWidth(const LayoutMetrics& metrics) {
  return std::max(kMinimalWidthFloor, kMinimalWidthLines * metrics.lineHeight);
}

PanelLayout layoutPanel(int width, const LayoutMetrics& metrics, bool scorecard,
                        const HeightAt& heightAt, const std::array<int, kDimensionCount>& bars,
                        bool results) {
  PanelLayout out;
  const int line = std::max(metrics.lineHeight, 8);
  const int margin = std::max(line / 3, 4);  // the sidebar's own panels keep about 6 px
  const int gap = std::max(line / 4, 3);
  // Laid out for the width the sidebar gives, however narrow: nothing is drawn
  // outside the panel, texts wrap instead.
  const int inner = std::max(width - 2 * margin, 2 * line);
  const auto textHeight = [&](Control c, int w, int atLeast) {
    return std::max(heightAt ? heightAt(c, w) : line, atLeast);
  };
  const int x = margin;
  int y = margin;
  const auto place = [&](Control c, Rect r) { out.rects.at(static_cast<std::size_t>(c)) = r; };
  const auto row = [&](Control c, int height) {
    place(c, {x, y, inner, height});
    y += height + gap;
  };
  const auto textRow = [&](Control c) { row(c, textHeight(c, inner, line)); };

  row(Control::Partner, textHeight(Control::Partner, inner, line * 3 / 2));
  if (scorecard) {
    const int healthWidth = inner - line - gap;
    const int healthHeight = textHeight(Control::Health, healthWidth, line);
    place(Control::StatusSwatch, {x, y, line, line});
    place(Control::Health, {x + line + gap, y, healthWidth, healthHeight});
    y += healthHeight + gap;
    textRow(Control::PreviousHealth);
    // Wide: the score's label beside its bar; narrow: the bar under the label.
    const bool wide = inner >= 16 * line;
    const int labelWidth = wide ? inner * 2 / 5 : inner;
    const int barHeight = std::max(line * 2 / 3, 6);
    for (std::size_t d = 0; d < kDimensionCount; ++d) {
      const int labelHeight = textHeight(dimensionLabel(d), labelWidth, line);
      place(dimensionLabel(d), {x, y, labelWidth, labelHeight});
      Rect bar{x, y + labelHeight, inner, barHeight};
      if (wide) {
        bar = {x + labelWidth + gap, y + (line - barHeight) / 2, inner - labelWidth - gap,
               barHeight};
        y += labelHeight + gap;
      } else {
        y += labelHeight + barHeight + gap;
      }
      // The filled part and the rest side by side, each at least a pixel, so
      // that 0 and 100 still show where the bar is.
      const int score = std::clamp(bars.at(d), 0, 100);
      const int filled = std::clamp(bar.width * score / 100, 1, bar.width - 1);
      place(dimensionBar(d), {bar.x, bar.y, filled, bar.height});
      place(dimensionRest(d), {bar.x + filled, bar.y, bar.width - filled, bar.height});
    }
    y += gap;
    textRow(Control::WarningsHeading);
  }
  row(Control::Details, kDetailLines * line + 2 * gap);
  if (scorecard) {
    textRow(Control::Action);
  }
  y += gap;
  textRow(Control::ActionsHeading);

  // Two buttons a row when the sidebar is wide and every label fits on one
  // line in half the width; else one a row, a long label wrapping. An odd last
  // button keeps to the left column.
  const int button = std::max(metrics.buttonHeight, line + 2 * gap);
  const std::array<Control, 8> buttons = {
      Control::NewWorkbook, Control::CheckWorkbook,   Control::QbrPartner,  Control::QbrInternal,
      Control::QbrAll,      Control::PortfolioReview, Control::HealthCheck, Control::CloseQuarter};
  const int half = (inner - gap) / 2;
  const bool twoColumns =
      inner >= 22 * line && std::all_of(buttons.begin(), buttons.end(), [&](Control c) {
        return textHeight(c, half, button) <= button;
      });
  for (std::size_t i = 0; i < buttons.size(); ++i) {
    if (twoColumns) {
      place(buttons.at(i), {i % 2 == 0 ? x : x + half + gap, y, half, button});
      if (i % 2 == 1 || i + 1 == buttons.size()) {
        y += button + gap;
      }
    } else {
      row(buttons.at(i), textHeight(buttons.at(i), inner, button));
    }
  }
  if (results) {
    y += gap;
    row(Control::Results, kResultLines * line + 2 * gap);
  }
  out.height = y - gap + margin;
  return out;
}

}  // namespace alliance::sidebar
