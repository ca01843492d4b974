#include "portfolio/quarter_close.h"

#include <fmt/format.h>

#include <algorithm>

#include "core/text.h"
#include "portfolio/scorecard.h"

namespace alliance::portfolio {

namespace {

constexpr std::u16string_view kHistory = u"History";
constexpr std::u16string_view kSettings = u"Settings";

std::u16string u16(std::string_view ascii) { return {ascii.begin(), ascii.end()}; }

// A counter cell as the functions read it: empty is 0, a number is itself.
double counter(const PartnerRow& row, std::optional<std::size_t> column) {
  if (!column || *column >= row.cells.size()) {
    return 0.0;
  }
  return numberOf(row.cells[*column]).value_or(0.0);
}

}  // namespace

QuarterClose planQuarterClose(const Portfolio& portfolio) {
  const PortfolioSettings& settings = portfolio.settings;
  if (!settings.currentQuarter) {
    throw CloseError(
        CloseRefusal::NoQuarter,
        settings.currentQuarterCell
            ? fmt::format("The current quarter on Settings ({}) is {}, not a quarter "
                          "such as 2026-Q4.",
                          *settings.currentQuarterCell, describe(settings.currentQuarterValue))
            : std::string("Settings has no current quarter (B11, beside \"Current "
                          "quarter\"), so there is no quarter to close."));
  }
  const HistoryLayout& layout = portfolio.historyLayout;
  if (!portfolio.hasHistory || !layout.quarter || !layout.partner || !layout.health) {
    throw CloseError(CloseRefusal::NoHistory,
                     "The workbook has no History sheet with Quarter, Partner and Health "
                     "headings in its first row, so the quarter's snapshot has nowhere to go.");
  }
  const Quarter quarter = *settings.currentQuarter;
  const auto closedBefore =
      std::count_if(portfolio.history.begin(), portfolio.history.end(),
                    [&](const HistoryEntry& e) { return e.quarter == quarter; });
  if (closedBefore > 0) {
    throw CloseError(CloseRefusal::AlreadyClosed,
                     fmt::format("History already holds {} snapshot{} of {}: that quarter is "
                                 "closed. Set the current quarter on Settings to the quarter "
                                 "to close.",
                                 closedBefore, closedBefore == 1 ? "" : "s", quarter.text()));
  }
  if (portfolio.partners.empty()) {
    throw CloseError(CloseRefusal::NoPartners, "The portfolio lists no partner to close.");
  }

  QuarterClose out{quarter, quarter.next(), {}, {}};
  std::vector<std::string> unscored;
  for (const PartnerRow& row : portfolio.partners) {
    const Scorecard card = scorePartner(portfolio, row);
    if (!card.scored() || !card.status) {
      unscored.push_back(
          fmt::format("{}: {}", toUtf8(row.name), card.problem.value_or("it cannot be scored.")));
      continue;
    }
    PartnerClose p{row.name, *card.health, *card.status, card.previousHealth, 0.0, 0.0};
    p.quartersRed = p.status == Status::Red ? counter(row, portfolio.quartersRedColumn) + 1 : 0.0;
    p.quartersDeclining = p.previousHealth && p.health < *p.previousHealth
                              ? counter(row, portfolio.quartersDecliningColumn) + 1
                              : 0.0;
    out.partners.push_back(p);

    const std::size_t historyRow = layout.nextRow + out.partners.size() - 1;
    const auto history = [&](std::optional<std::size_t> column, Value value) {
      if (column) {
        out.edits.push_back({std::u16string(kHistory), historyRow, *column, std::move(value)});
      }
    };
    const auto number = [](std::optional<double> v) { return v ? Value::ofNumber(*v) : Value{}; };
    history(layout.quarter, Value::ofText(u16(quarter.text())));
    history(layout.partner, Value::ofText(row.name));
    history(layout.health, Value::ofNumber(p.health));
    history(layout.status, Value::ofText(u16(statusWord(p.status))));
    for (const Dimension d : kAllDimensions) {
      history(layout.dimensions[static_cast<std::size_t>(d)], number(card.dimensions.get(d)));
    }
    history(layout.revenueTarget, number(card.values.find(Metric::RevenueTarget)));
    history(layout.revenueActual, number(card.values.find(Metric::RevenueActual)));
    history(layout.pipeline, number(card.values.find(Metric::Pipeline)));

    const auto counterEdit = [&](std::optional<std::size_t> column, double value) {
      if (column) {
        out.edits.push_back({portfolio.sheetName, row.row, *column, Value::ofNumber(value)});
      }
    };
    counterEdit(portfolio.previousHealthColumn, p.health);
    counterEdit(portfolio.quartersRedColumn, p.quartersRed);
    counterEdit(portfolio.quartersDecliningColumn, p.quartersDeclining);
  }
  if (!unscored.empty()) {
    std::string list;
    for (const std::string& line : unscored) {
      list += "\n  " + line;
    }
    throw CloseError(CloseRefusal::Unscored,
                     fmt::format("{} partner{} cannot be scored, so the quarter is not closed:{}",
                                 unscored.size(), unscored.size() == 1 ? "" : "s", list));
  }
  out.edits.push_back({std::u16string(kSettings), settings.currentQuarterRow,
                       settings.currentQuarterColumn, Value::ofText(u16(out.next.text()))});
  return out;
}

}  // namespace alliance::portfolio
