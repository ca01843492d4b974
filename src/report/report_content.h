// What the portfolio review for our own leadership shows, decided in plain C++
// from the portfolio model: every partner's health, status and action come from
// its scorecard (portfolio/scorecard.h), so they are the ones the sheet, the
// sidebar, `score` and the QBRs show. The writer only puts this into cells.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/language.h"
#include "core/programme.h"
#include "core/scoring.h"
#include "portfolio/portfolio.h"

namespace alliance::report {

using portfolio::Portfolio;
using portfolio::Quarter;

// How many partners each list of movers holds at most.
inline constexpr std::size_t kMaxMovers = 3;
// A larger portfolio's partner table holds the partners with the most
// partner-sourced revenue, and names only them in the chart, so that the review
// stays at two readable pages; the chart shows every partner's bubble.
inline constexpr std::size_t kMaxTablePartners = 30;
// The exit review table lists this many, lowest health first, and counts the rest.
inline constexpr std::size_t kMaxExitListed = 12;

struct PartnerLine {
  std::u16string name;
  std::optional<double> health;  // as the scorecard rounds it
  std::optional<Status> status;
  std::optional<Action> action;
  // Last quarter's health: History's snapshot of the previous quarter, else the
  // portfolio's Previous health (as the QBR reads it).
  std::optional<double> previousHealth;
  std::optional<double> revenueTarget;
  std::optional<double> revenueActual;
  std::optional<double> pipeline;
  std::size_t warningCount = 0;
  std::optional<double> quartersRed;
  // Why the partner has no health or no action (a full sentence).
  std::optional<std::string> problem;

  // Health now against last quarter, when both are known.
  [[nodiscard]] std::optional<double> change() const;
  // Revenue actual against target, when both are known and the target is above 0.
  [[nodiscard]] std::optional<double> attainment() const;
};

struct Totals {
  std::size_t partners = 0;
  std::size_t scored = 0;
  double revenueTarget = 0.0;  // the sum over the partners that give one
  double revenueActual = 0.0;
  double pipeline = 0.0;
  // Actual against target over the partners that give both (a partner without a
  // target would otherwise count as over-attainment).
  std::optional<double> attainment;
  std::size_t partnersWithRevenue = 0;  // that give both target and actual
  // Average health of the scored partners, weighted by nothing.
  std::optional<double> averageHealth;
};

struct ReportContent {
  std::optional<Quarter> quarter;
  std::optional<std::string> currency;  // of the revenue figures, from Settings
  Language language = kDefaultLanguage;
  std::vector<PartnerLine> partners;  // portfolio order
  // Indexes into partners, in portfolio order.
  std::array<std::vector<std::size_t>, 3> byStatus;  // Green, Amber, Red
  std::array<std::vector<std::size_t>, 4> byAction;  // Grow, Sustain, Fix, Exit review
  std::vector<std::size_t> unscored;                 // no health (a problem)
  std::vector<std::size_t> risers;                   // largest rise first
  std::vector<std::size_t> fallers;                  // largest fall first
  std::vector<std::size_t> exitReview;  // the action's Exit review, lowest health first
  // The partner table's partners: every one in portfolio order, or for a larger
  // portfolio the kMaxTablePartners with the most revenue, most first.
  std::vector<std::size_t> tablePartners;
  Totals totals;
};

// Where a bubble's partner name goes in the chart of health (x, 0 to 100)
// against partner-sourced revenue (y), bubble area the pipeline.
enum class LabelSide : std::uint8_t { Right, Left, Above, Below };

// One side per partner (ignored for partners without a bubble or not in the
// partner table, whose names are not shown): each name where
// it overlaps the fewest other names and bubbles, on an estimate of the chart's
// plot area (`plotWidth` x `plotHeight` cm, names of `charWidth` cm a character).
[[nodiscard]] std::vector<LabelSide> labelSides(const ReportContent& content, double plotWidth,
                                                double plotHeight, double charWidth);

// Reads nothing but the portfolio model and scores nothing itself: each
// partner's scores are its scorecard's. Never throws for anything in the
// workbook. `quarter` defaults to the portfolio's current quarter.
[[nodiscard]] ReportContent buildReport(const Portfolio& portfolio, std::optional<Quarter> quarter,
                                        Language language);

}  // namespace alliance::report
