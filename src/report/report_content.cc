#include "report/report_content.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

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
  out.currency = portfolio.settings.currency;
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

  out.tablePartners.reserve(out.partners.size());
  for (std::size_t i = 0; i < out.partners.size(); ++i) {
    out.tablePartners.push_back(i);
  }
  if (out.tablePartners.size() > kMaxTablePartners) {
    std::stable_sort(out.tablePartners.begin(), out.tablePartners.end(),
                     [&out](std::size_t a, std::size_t b) {
                       return out.partners[a].revenueActual.value_or(-1.0) >
                              out.partners[b].revenueActual.value_or(-1.0);
                     });
    out.tablePartners.resize(kMaxTablePartners);
  }

  out.exitReview = out.byAction.at(static_cast<std::size_t>(Action::ExitReview));
  std::stable_sort(out.exitReview.begin(), out.exitReview.end(),
                   [&out](std::size_t a, std::size_t b) {
                     return *out.partners[a].health < *out.partners[b].health;
                   });
  return out;
}

namespace {

struct Box {
  double left = 0;
  double bottom = 0;
  double right = 0;
  double top = 0;
};

double overlap(const Box& a, const Box& b) {
  const double w = std::min(a.right, b.right) - std::max(a.left, b.left);
  const double h = std::min(a.top, b.top) - std::max(a.bottom, b.bottom);
  return w > 0 && h > 0 ? w * h : 0.0;
}

// Outside the plot is worse than an overlap: the name would cross an axis or its numbers.
double outside(const Box& a, double width, double height) {
  const Box plot{0, 0, width, height};
  return (a.right - a.left) * (a.top - a.bottom) - overlap(a, plot);
}

}  // namespace

std::vector<LabelSide> labelSides(const ReportContent& content, double plotWidth, double plotHeight,
                                  double charWidth) {
  constexpr double kLabelHeight = 0.45;  // cm, one line of small type
  constexpr double kGap = 0.08;
  // The largest bubble's radius as a share of the plot's width, as the office draws it.
  constexpr double kLargestRadius = 0.055;
  std::vector<LabelSide> sides(content.partners.size(), LabelSide::Right);
  double maxRevenue = 0;
  double maxPipeline = 0;
  for (const PartnerLine& p : content.partners) {
    maxRevenue = std::max(maxRevenue, p.revenueActual.value_or(0.0));
    maxPipeline = std::max(maxPipeline, p.pipeline.value_or(0.0));
  }
  if (maxRevenue <= 0) {
    return sides;
  }
  struct Bubble {
    std::size_t index;
    double x, y, r;
  };
  std::vector<Bubble> bubbles;
  for (std::size_t i = 0; i < content.partners.size(); ++i) {
    const PartnerLine& p = content.partners[i];
    if (p.health && p.revenueActual && p.pipeline && *p.pipeline > 0) {
      // The axis ends a little above the largest revenue.
      bubbles.push_back({i, *p.health / 100.0 * plotWidth,
                         *p.revenueActual / (maxRevenue * 1.12) * plotHeight,
                         kLargestRadius * plotWidth * std::sqrt(*p.pipeline / maxPipeline)});
    }
  }
  std::vector<Box> taken;
  taken.reserve(2 * bubbles.size());
  for (const Bubble& b : bubbles) {
    taken.push_back({b.x - b.r, b.y - b.r, b.x + b.r, b.y + b.r});
  }
  // Only the partner table's partners are named.
  std::vector<bool> named(content.partners.size(), false);
  for (const std::size_t i : content.tablePartners) {
    named.at(i) = true;
  }
  std::erase_if(bubbles, [&named](const Bubble& b) { return !named[b.index]; });
  // Larger bubbles first: their names have the fewest free places.
  std::stable_sort(bubbles.begin(), bubbles.end(),
                   [](const Bubble& a, const Bubble& b) { return a.r > b.r; });
  for (const Bubble& b : bubbles) {
    const double w = static_cast<double>(content.partners[b.index].name.size()) * charWidth;
    const std::array<std::pair<LabelSide, Box>, 4> candidates = {{
        {LabelSide::Right,
         {b.x + b.r + kGap, b.y - kLabelHeight / 2, b.x + b.r + kGap + w, b.y + kLabelHeight / 2}},
        {LabelSide::Left,
         {b.x - b.r - kGap - w, b.y - kLabelHeight / 2, b.x - b.r - kGap, b.y + kLabelHeight / 2}},
        {LabelSide::Above,
         {b.x - w / 2, b.y + b.r + kGap, b.x + w / 2, b.y + b.r + kGap + kLabelHeight}},
        {LabelSide::Below,
         {b.x - w / 2, b.y - b.r - kGap - kLabelHeight, b.x + w / 2, b.y - b.r - kGap}},
    }};
    double best = -1;
    for (const auto& [side, box] : candidates) {
      double cost = 3 * outside(box, plotWidth, plotHeight);
      for (const Box& other : taken) {
        cost += overlap(box, other);
      }
      if (best < 0 || cost < best - 1e-9) {
        best = cost;
        sides[b.index] = side;
      }
    }
    for (const auto& [side, box] : candidates) {
      if (side == sides[b.index]) {
        taken.push_back(box);
      }
    }
  }
  return sides;
}

}  // namespace alliance::report
