#include "report/report_content.h"

#include <algorithm>
#include <cmath>

#include "portfolio/scorecard.h"

namespace alliance::report {

namespace {

using portfolio::HistoryEntry;
using portfolio::PartnerRow;

// Last quarter's health as the QBR reads it: History's latest snapshot of the
// quarter before `quarter`, else the portfolio's Previous health.
std::optional<double> lastQuarterHealth(const Portfolio& portfolio, const PartnerRow& partner,
                                        const portfolio::Scorecard& card,
                                        const std::optional<Quarter>& quarter) {
  if (quarter) {
    const Quarter last = quarter->previous();
    const HistoryEntry* found = nullptr;
    for (const HistoryEntry& entry : portfolio.history) {
      // A later row for the same quarter replaces an earlier one.
      if (entry.quarter == last && portfolio::sameName(entry.partner, partner.name)) {
        found = &entry;
      }
    }
    if (found != nullptr && found->health) {
      return found->health;
    }
  }
  return card.previousHealth;
}

}  // namespace

std::optional<double> PartnerLine::change() const {
  if (!health || !previousHealth) {
    return std::nullopt;
  }
  return *health - *previousHealth;
}

std::optional<double> PartnerLine::attainment() const {
  if (!revenueActual || !revenueTarget || *revenueTarget <= 0.0) {
    return std::nullopt;
  }
  return *revenueActual / *revenueTarget;
}

ReportContent buildReport(const Portfolio& portfolio, std::optional<Quarter> quarter,
                          Language language) {
  ReportContent out;
  out.quarter = quarter ? quarter : portfolio.settings.currentQuarter;
  out.language = language;
  out.partners.reserve(portfolio.partners.size());
  double healthSum = 0.0;
  double targetWithActual = 0.0;
  double actualWithTarget = 0.0;
  for (const PartnerRow& row : portfolio.partners) {
    const portfolio::Scorecard card = portfolio::scorePartner(portfolio, row);
    PartnerLine line;
    line.name = row.name;
    line.health = card.health;
    line.status = card.status;
    line.action = card.action;
    line.previousHealth = lastQuarterHealth(portfolio, row, card, out.quarter);
    line.revenueTarget = card.values.find(Metric::RevenueTarget);
    line.revenueActual = card.values.find(Metric::RevenueActual);
    line.pipeline = card.values.find(Metric::Pipeline);
    line.warningCount = static_cast<std::size_t>(card.warnings.count());
    line.quartersRed = card.quartersRed;
    line.problem = card.problem ? card.problem : card.actionProblem;

    const std::size_t index = out.partners.size();
    if (line.status) {
      out.byStatus.at(static_cast<std::size_t>(*line.status)).push_back(index);
    }
    if (line.action) {
      out.byAction.at(static_cast<std::size_t>(*line.action)).push_back(index);
    }
    if (!line.health) {
      out.unscored.push_back(index);
    } else {
      healthSum += *line.health;
      ++out.totals.scored;
    }
    out.totals.revenueTarget += line.revenueTarget.value_or(0.0);
    out.totals.revenueActual += line.revenueActual.value_or(0.0);
    out.totals.pipeline += line.pipeline.value_or(0.0);
    if (line.attainment()) {
      targetWithActual += *line.revenueTarget;
      actualWithTarget += *line.revenueActual;
      ++out.totals.partnersWithRevenue;
    }
    out.partners.push_back(std::move(line));
  }
  out.totals.partners = out.partners.size();
  if (out.totals.scored > 0) {
    out.totals.averageHealth = healthSum / static_cast<double>(out.totals.scored);
  }
  if (targetWithActual > 0.0) {
    out.totals.attainment = actualWithTarget / targetWithActual;
  }

  // Movers: the largest changes each way; equal changes keep portfolio order.
  const auto movers = [&out](bool up) {
    std::vector<std::size_t> list;
    for (std::size_t i = 0; i < out.partners.size(); ++i) {
      if (const std::optional<double> c = out.partners[i].change(); c && (up ? *c > 0 : *c < 0)) {
        list.push_back(i);
      }
    }
    std::stable_sort(list.begin(), list.end(), [&out](std::size_t a, std::size_t b) {
      return std::abs(*out.partners[a].change()) > std::abs(*out.partners[b].change());
    });
    list.resize(std::min(list.size(), kMaxMovers));
    return list;
  };
  out.risers = movers(true);
  out.fallers = movers(false);

  out.exitReview = out.byAction.at(static_cast<std::size_t>(Action::ExitReview));
  std::stable_sort(out.exitReview.begin(), out.exitReview.end(),
                   [&out](std::size_t a, std::size_t b) {
                     return *out.partners[a].health < *out.partners[b].health;
                   });
  return out;
}

}  // namespace alliance::report
