#include "sidebar/panel_layout.h"

#include <algorithm>

namespace alliance::sidebar {

namespace {

constexpr std::array<std::string_view, kControlCount> kNames = {
    "partner",         "statusSwatch",    "health",          "previousHealth",  "dimensionLabel0",
    "dimensionBar0",   "dimensionLabel1", "dimensionBar1",   "dimensionLabel2", "dimensionBar2",
    "dimensionLabel3", "dimensionBar3",   "dimensionLabel4", "dimensionBar4",   "warningsHeading",
    "details",         "action",          "actionsHeading",  "newWorkbook",     "checkWorkbook",
    "qbrPartner",      "qbrAll",          "results"};

Control dimensionLabel(std::size_t d) {
  return static_cast<Control>(static_cast<std::size_t>(Control::DimensionLabel0) + 2 * d);
}

}  // namespace

std::string_view controlName(Control control) {
  return kNames.at(static_cast<std::size_t>(control));
}

int minimalWidth(const LayoutMetrics& metrics) { return std::max(120, 10 * metrics.lineHeight); }

PanelLayout layoutPanel(int width, const LayoutMetrics& metrics, bool scorecard) {
  PanelLayout out;
  const int line = std::max(metrics.lineHeight, 8);
  const int margin = std::max(line / 3, 4);  // the sidebar's own panels keep about 6 px
  const int gap = std::max(line / 4, 3);
  // Laid out for the width the sidebar gives, however narrow: nothing is drawn
  // outside the panel (labels are cut short instead).
  const int inner = std::max(width - 2 * margin, 2 * line);
  const int x = margin;
  int y = margin;
  const auto place = [&](Control c, Rect r) { out.rects.at(static_cast<std::size_t>(c)) = r; };
  const auto row = [&](Control c, int height) {
    place(c, {x, y, inner, height});
    y += height + gap;
  };

  row(Control::Partner, line * 3 / 2);
  if (scorecard) {
    place(Control::StatusSwatch, {x, y, line, line});
    place(Control::Health, {x + line + gap, y, inner - line - gap, line});
    y += line + gap;
    row(Control::PreviousHealth, line);
    // Wide: the score's label beside its bar; narrow: the bar under the label.
    const bool wide = inner >= 16 * line;
    const int labelWidth = wide ? inner * 2 / 5 : inner;
    const int barHeight = std::max(line * 2 / 3, 6);
    for (std::size_t d = 0; d < 5; ++d) {
      const Control label = dimensionLabel(d);
      const auto bar = static_cast<Control>(static_cast<std::size_t>(label) + 1);
      place(label, {x, y, labelWidth, line});
      if (wide) {
        place(bar, {x + labelWidth + gap, y + (line - barHeight) / 2, inner - labelWidth - gap,
                    barHeight});
        y += line + gap;
      } else {
        y += line;
        place(bar, {x, y, inner, barHeight});
        y += barHeight + gap;
      }
    }
    y += gap;
    row(Control::WarningsHeading, line);
  }
  row(Control::Details, kDetailLines * line + 2 * gap);
  if (scorecard) {
    row(Control::Action, line);
  }
  y += gap;
  row(Control::ActionsHeading, line);

  // Two buttons a row when both labels fit, else one.
  const int button = std::max(metrics.buttonHeight, line + 2 * gap);
  const bool twoColumns = inner >= 22 * line;
  const std::array<Control, 4> buttons = {Control::NewWorkbook, Control::CheckWorkbook,
                                          Control::QbrPartner, Control::QbrAll};
  for (std::size_t i = 0; i < buttons.size(); ++i) {
    if (twoColumns) {
      const int half = (inner - gap) / 2;
      place(buttons.at(i), {i % 2 == 0 ? x : x + half + gap, y, half, button});
      if (i % 2 == 1) {
        y += button + gap;
      }
    } else {
      row(buttons.at(i), button);
    }
  }
  y += gap;
  row(Control::Results, kResultLines * line + 2 * gap);
  out.height = y - gap + margin;
  return out;
}

}  // namespace alliance::sidebar
