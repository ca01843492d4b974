#include "sidebar/partner_at_cursor.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/input_error.h"
#include "core/metrics.h"
#include "portfolio/portfolio.h"
#include "portfolio/scorecard.h"

namespace alliance::sidebar {

namespace {

using portfolio::isBlank;
using portfolio::isLabel;
using portfolio::numberOf;
using portfolio::Sheet;
using portfolio::textOf;
using portfolio::Workbook;

constexpr std::size_t kSearchColumns = portfolio::kHeaderSearchColumns;
constexpr std::size_t kBlockSearchRows = 80;
constexpr std::size_t kMinBlockMetrics = 3;

std::optional<Metric> metricOf(const portfolio::Value& v) {
  return v.kind == Cell::Kind::Text ? metricForLabel(v.text) : std::nullopt;
}

// The number in the cell right of the first cell named `label`, if any.
std::optional<double> numberBeside(const Sheet& sheet, std::u16string_view label) {
  for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
    for (std::size_t c = 0; c + 1 < sheet.rows[r].size() && c < kSearchColumns; ++c) {
      if (isLabel(sheet.rows[r][c], label)) {
        return numberOf(sheet.rows[r][c + 1]);
      }
    }
  }
  return std::nullopt;
}

// The column of a scorecard block's metric names, when the sheet has one.
std::optional<std::size_t> findBlockColumn(const Sheet& sheet) {
  std::vector<std::size_t> counts(kSearchColumns, 0);
  for (std::size_t r = 0; r < std::min(sheet.rows.size(), kBlockSearchRows); ++r) {
    const auto& row = sheet.rows[r];
    for (std::size_t c = 0; c + 1 < row.size() && c < kSearchColumns; ++c) {
      if (metricOf(row[c])) {
        ++counts[c];
      }
    }
  }
  const auto best = std::max_element(counts.begin(), counts.end());
  if (*best < kMinBlockMetrics) {
    return std::nullopt;
  }
  return static_cast<std::size_t>(best - counts.begin());
}

void take(const portfolio::Scorecard& scores, PartnerCard& card) {
  card.problem = scores.problem;
  card.health = scores.health;
  card.status = scores.status;
  card.dimensions = scores.dimensions;
  card.warnings = scores.warnings;
  card.action = scores.action;
  card.previousHealth = scores.previousHealth;
}

std::vector<double> healthByQuarter(const portfolio::Portfolio& p, std::u16string_view partner,
                                    std::optional<double> now) {
  const std::optional<portfolio::Quarter> current = p.settings.currentQuarter;
  std::vector<const portfolio::HistoryEntry*> mine;
  for (const portfolio::HistoryEntry& entry : p.history) {
    if (entry.health && portfolio::sameName(entry.partner, partner) &&
        (!current || entry.quarter.ordinal() <= current->ordinal())) {
      mine.push_back(&entry);
    }
  }
  std::stable_sort(mine.begin(), mine.end(), [](const auto* a, const auto* b) {
    return a->quarter.ordinal() < b->quarter.ordinal();
  });
  std::vector<double> out;
  std::optional<portfolio::Quarter> last;
  for (const portfolio::HistoryEntry* entry : mine) {
    if (last && *last == entry->quarter) {
      out.back() = *entry->health;  // a later row of the same quarter replaces it
    } else {
      out.push_back(*entry->health);
      last = entry->quarter;
    }
  }
  const bool holdsCurrent = current && last && *last == *current;
  if (now && !holdsCurrent) {
    out.push_back(*now);
  }
  return out;
}

std::vector<OpenChange> openChanges(const portfolio::Portfolio& p, std::u16string_view partner,
                                    double today) {
  std::vector<OpenChange> out;
  for (const portfolio::ChangeEntry& change : p.changes) {
    if (portfolio::sameName(change.partner, partner) && portfolio::isOpenChange(change, today)) {
      out.push_back({change.row, change.what, change.side, change.kind,
                     static_cast<long>(std::floor(today - *change.logged))});
    }
  }
  return out;
}

PartnerCard rowCard(const portfolio::Portfolio& p, const portfolio::PartnerRow& row, double today) {
  PartnerCard card;
  card.shape = CardShape::PortfolioRow;
  card.partner = row.name;
  card.sheet = p.sheetName;
  card.row = row.row;
  take(portfolio::scorePartner(p, row), card);
  card.healthByQuarter = healthByQuarter(p, row.name, card.health);
  card.openChanges = openChanges(p, row.name, today);
  return card;
}

PartnerCard blockCard(const Sheet& sheet, std::size_t column,
                      const portfolio::PortfolioSettings& settings) {
  PartnerCard card;
  card.shape = CardShape::ScorecardBlock;
  card.sheet = sheet.name;
  for (std::size_t r = 0; r < sheet.rows.size() && card.partner.empty(); ++r) {
    for (std::size_t c = 0; c + 1 < sheet.rows[r].size() && c < kSearchColumns; ++c) {
      if (isLabel(sheet.rows[r][c], u"Partner") && !isBlank(sheet.rows[r][c + 1])) {
        card.partner = textOf(sheet.rows[r][c + 1]);
        break;
      }
    }
  }
  std::vector<Cell> cells;
  bool first = true;
  for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
    if (!metricOf(sheet.at(r, column))) {
      continue;
    }
    if (first) {
      card.row = r;
      first = false;
    }
    cells.push_back(sheet.at(r, column).cell());
    cells.push_back(sheet.at(r, column + 1).cell());
  }
  const CellGrid grid{cells, cells.size() / 2, 2};
  try {
    take(portfolio::scoreMetrics(settings, readMetrics(grid, nullptr),
                                 numberBeside(sheet, u"Previous health"),
                                 numberBeside(sheet, u"Quarters red")),
         card);
  } catch (const InputError& e) {
    card.problem = e.what();
  }
  return card;
}

}  // namespace

double serialDay(std::chrono::year_month_day date) noexcept {
  constexpr std::chrono::year_month_day kEpoch{std::chrono::year{1899}, std::chrono::December,
                                               std::chrono::day{30}};
  return static_cast<double>((std::chrono::sys_days{date} - std::chrono::sys_days{kEpoch}).count());
}

CursorLookup partnerAtCursor(const Workbook& workbook, const CursorPosition& cursor, double today) {
  CursorLookup out;
  if (cursor.sheet >= workbook.sheets.size()) {
    return out;
  }
  const Sheet& here = workbook.sheets[cursor.sheet];
  if (portfolio::hasPortfolio(workbook)) {
    const portfolio::Portfolio p = portfolio::readPortfolio(workbook);
    if (cursor.sheet == p.sheetIndex) {
      if (const portfolio::PartnerRow* row = p.partnerOnRow(cursor.row)) {
        out.card = rowCard(p, *row, today);
        return out;
      }
    } else if (const auto column = findBlockColumn(here)) {
      out.card = blockCard(here, *column, p.settings);
      return out;
    }
    // Elsewhere in a portfolio workbook: "go to a partner's row".
    out.reason = NoPartner::NotOnPartnerRow;
    out.portfolioSheet = p.sheetName;
    return out;
  }
  // A scorecard workbook without a portfolio is about its one partner.
  const portfolio::PortfolioSettings settings = portfolio::readSettings(workbook);
  if (const auto column = findBlockColumn(here)) {
    out.card = blockCard(here, *column, settings);
    return out;
  }
  for (const Sheet& sheet : workbook.sheets) {
    if (const auto column = findBlockColumn(sheet)) {
      out.card = blockCard(sheet, *column, settings);
      return out;
    }
  }
  return out;
}

}  // namespace alliance::sidebar
