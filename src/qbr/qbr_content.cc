#include "qbr/qbr_content.h"

#include <algorithm>

#include "core/input_error.h"
#include "core/report.h"
#include "qbr/qbr_text.h"

namespace alliance::qbr {

namespace {

std::optional<double> numberOf(const Value& v) {
  return v.kind == Cell::Kind::Number ? std::optional<double>(v.number) : std::nullopt;
}

}  // namespace

QbrContent buildQbr(const Portfolio& portfolio, const PartnerRow& partner, Quarter quarter) {
  return buildQbr(portfolio, partner, quarter, Language::English);
}

QbrContent buildQbr(const Portfolio& portfolio, const PartnerRow& partner, Quarter quarter,
                    Language language) {
  QbrContent out;
  out.language = language;
  out.partner = partner.name;
  out.quarter = quarter;

  // The metrics exactly as the core reads them from the row (and as the
  // portfolio's own ALLIANCE_HEALTH sees them): invalid input stops here.
  std::vector<Cell> labels;
  std::vector<Cell> cells;
  for (std::size_t c = 0; c < portfolio.header.size(); ++c) {
    labels.push_back(portfolio.header[c].cell());
    cells.push_back(c < partner.cells.size() ? partner.cells[c].cell() : Cell::empty());
  }
  const CellGrid labelGrid{labels, 1, labels.size()};
  const CellGrid rowGrid{cells, 1, cells.size()};
  const MetricValues values = readMetrics(rowGrid, &labelGrid);
  out.dimensions = scoreDimensions(values);
  out.health = health(out.dimensions);
  const WarningSet fired = evaluateWarnings(values);
  for (const WarningInfo& info : warningTable()) {
    if (fired.contains(info.id)) {
      out.warnings.push_back(info.id);
    }
  }
  // Shown as written: the first column of each metric.
  std::array<bool, kMetricCount> seen{};
  for (std::size_t c = 0; c < labels.size(); ++c) {
    if (labels[c].kind != Cell::Kind::Text) {
      continue;
    }
    if (const auto metric = metricForLabel(labels[c].text)) {
      const auto i = static_cast<std::size_t>(*metric);
      if (!seen[i] && c < partner.cells.size()) {
        out.metrics[i] = partner.cells[c];
        seen[i] = true;
      }
    }
  }

  // Last quarter: the History snapshot, else the portfolio's Previous health.
  const Quarter last = quarter.previous();
  std::vector<const HistoryEntry*> mine;
  for (const HistoryEntry& entry : portfolio.history) {
    if (sameName(entry.partner, partner.name) && entry.quarter.ordinal() < quarter.ordinal()) {
      mine.push_back(&entry);
    }
  }
  std::stable_sort(mine.begin(), mine.end(), [](const HistoryEntry* a, const HistoryEntry* b) {
    return a->quarter.ordinal() < b->quarter.ordinal();
  });
  // One snapshot a quarter: a later row for the same quarter replaces an earlier one.
  std::vector<const HistoryEntry*> quarters;
  for (const HistoryEntry* entry : mine) {
    if (!quarters.empty() && quarters.back()->quarter == entry->quarter) {
      quarters.back() = entry;
    } else {
      quarters.push_back(entry);
    }
  }
  if (!quarters.empty() && quarters.back()->quarter == last) {
    out.previousHealth = quarters.back()->health;
    out.previousDimensions = quarters.back()->dimensions;
  }
  if (!out.previousHealth && portfolio.previousHealthColumn) {
    out.previousHealth = numberOf(partner.cells.size() > *portfolio.previousHealthColumn
                                      ? partner.cells[*portfolio.previousHealthColumn]
                                      : Value{});
  }
  if (portfolio.quartersRedColumn && partner.cells.size() > *portfolio.quartersRedColumn) {
    out.quartersRed = numberOf(partner.cells[*portfolio.quartersRedColumn]);
  }

  const std::size_t keep = kMaxHistoryPoints - 1;
  const std::size_t first = quarters.size() > keep ? quarters.size() - keep : 0;
  for (std::size_t i = first; i < quarters.size(); ++i) {
    const HistoryEntry& e = *quarters[i];
    out.history.push_back({e.quarter, e.health, e.revenueTarget, e.revenueActual, e.pipeline});
  }
  out.history.push_back({quarter, out.health, values.find(Metric::RevenueTarget),
                         values.find(Metric::RevenueActual), values.find(Metric::Pipeline)});

  if (language != Language::English) {
    // The paragraph ALLIANCE_QBR_SUMMARY would give, with the template's default
    // weights and last quarter's health, in the review's language. A health last
    // quarter outside 0..100 (typed into Previous health) leaves a note instead,
    // where the English workbook's formula shows Err:502.
    try {
      out.summary = qbrSummary(values, out.previousHealth, Weights{}, language);
    } catch (const InputError&) {
      out.summary = std::string(qbrText(QbrText::SummaryUnavailable, language));
    }
  }

  out.hasPlan = portfolio.hasPlan;
  for (const Milestone& m : portfolio.plan) {
    if (sameName(m.partner, partner.name) && out.milestones.size() < kMaxMilestones) {
      out.milestones.push_back(m);
    }
  }
  return out;
}

}  // namespace alliance::qbr
