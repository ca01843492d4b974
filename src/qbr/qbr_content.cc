#include "qbr/qbr_content.h"

#include <algorithm>

#include "core/input_error.h"
#include "core/report.h"
#include "qbr/qbr_error.h"
#include "qbr/qbr_text.h"
#include "text/catalog.h"

namespace alliance::qbr {

using portfolio::numberOf;
using portfolio::sameName;

QbrContent buildQbr(const Portfolio& portfolio, const PartnerRow& partner, Quarter quarter) {
  return buildQbr(portfolio, partner, quarter, Language::English);
}

QbrContent buildQbr(const Portfolio& portfolio, const PartnerRow& partner, Quarter quarter,
                    Language language, Audience audience) {
  QbrContent out;
  out.language = language;
  out.audience = audience;
  out.ourCompany = portfolio.settings.ourCompany;
  out.currency = portfolio.settings.currency;
  out.paper = portfolio.settings.paper;
  out.partner = partner.name;
  out.quarter = quarter;

  if (!portfolio.hasHistory) {
    throw QbrError(
        "The workbook has no History sheet (quarterly snapshots with the columns Quarter, "
        "Partner and Health), so last quarter cannot be shown.");
  }
  const portfolio::Scorecard card = portfolio::scorePartner(portfolio, partner);
  if (!card.scored()) {
    throw QbrError(card.problem.value_or("The partner cannot be scored."));
  }
  const MetricValues& values = card.values;
  out.dimensions = card.dimensions;
  out.health = *card.health;
  out.status = *card.status;
  out.weights = portfolio.settings.weights;
  out.bands = portfolio.settings.bands;
  for (const WarningInfo& info : warningTable()) {
    if (card.warnings.contains(info.id)) {
      out.warnings.push_back(info.id);
    }
  }
  // Shown as written: the first column of each metric.
  std::array<bool, kMetricCount> seen{};
  for (const portfolio::MetricColumn& mc : portfolio.metricColumns) {
    const auto i = static_cast<std::size_t>(mc.metric);
    if (i < out.metrics.size() && !seen[i] && mc.column < partner.cells.size()) {
      out.metrics[i] = partner.cells[mc.column];
      seen[i] = true;
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
    out.history.push_back(e);
  }
  HistoryEntry now{quarter,
                   partner.name,
                   out.health,
                   {},
                   values.find(Metric::RevenueTarget),
                   values.find(Metric::RevenueActual),
                   values.find(Metric::Pipeline)};
  for (const Dimension d : kAllDimensions) {
    now.dimensions[static_cast<std::size_t>(d)] = out.dimensions.get(d);
  }
  out.history.push_back(std::move(now));

  // The paragraph ALLIANCE_QBR_SUMMARY gives, with the portfolio's weights and
  // bands. A health last quarter outside 0..100 (typed into Previous health)
  // leaves a note instead.
  try {
    out.summary = qbrSummary(
        values, out.previousHealth, out.weights, out.bands, language,
        audience == Audience::Partner ? SummaryAudience::Partner : SummaryAudience::Report);
  } catch (const InputError&) {
    out.summary = std::string(text::get(text::Qbr::SummaryUnavailable, language));
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
