#include "portfolio/scorecard.h"

#include <fmt/format.h>

#include <vector>

#include "core/input_error.h"
#include "core/rounding.h"

namespace alliance::portfolio {

namespace {

// Previous health and Quarters red as ALLIANCE_ACTION reads them: empty is not
// known, a number is used, anything else is an error.
std::optional<double> optionalNumber(const PartnerRow& partner, std::optional<std::size_t> column,
                                     bool& bad) {
  if (!column || *column >= partner.cells.size() || isBlank(partner.cells[*column])) {
    return std::nullopt;
  }
  const Value& v = partner.cells[*column];
  if (v.kind != Cell::Kind::Number) {
    bad = true;
    return std::nullopt;
  }
  return v.number;
}

}  // namespace

Scorecard scoreMetrics(const PortfolioSettings& settings, const MetricValues& values,
                       std::optional<double> previousHealth, std::optional<double> quartersRed) {
  Scorecard card;
  card.values = values;
  card.previousHealth = previousHealth;
  card.quartersRed = quartersRed;
  card.dimensions = scoreDimensions(card.values);
  if (!card.values.anyKnown() || !card.dimensions.anyAvailable()) {
    card.problem =
        "No metric is filled in yet, so there is nothing to score: type the partner's values "
        "into the metric cells.";
    return card;
  }
  if (!settings.problems.empty()) {
    card.problem = settings.problems.front().message;
    return card;
  }
  try {
    card.health = roundResult(health(card.dimensions, settings.weights));
    card.status = statusOf(*card.health, settings.bands);
  } catch (const InputError& e) {
    card.health.reset();
    card.problem = e.what();
    return card;
  }
  card.warnings = evaluateWarnings(card.values);
  try {
    card.action = portfolioAction(*card.health, card.previousHealth, card.quartersRed);
  } catch (const InputError& e) {
    card.actionProblem = e.what();
  }
  return card;
}

Scorecard scorePartner(const Portfolio& portfolio, const PartnerRow& partner) {
  bool badPrevious = false;
  bool badQuartersRed = false;
  const std::optional<double> previous =
      optionalNumber(partner, portfolio.previousHealthColumn, badPrevious);
  const std::optional<double> quartersRed =
      optionalNumber(partner, portfolio.quartersRedColumn, badQuartersRed);
  // The metric columns only, as the functions read them: the sheet's own result
  // columns (Health, Status...) are no input.
  std::vector<Cell> labels;
  std::vector<Cell> cells;
  for (const MetricColumn& mc : portfolio.metricColumns) {
    labels.push_back(portfolio.header[mc.column].cell());
    cells.push_back(mc.column < partner.cells.size() ? partner.cells[mc.column].cell()
                                                     : Cell::empty());
  }
  const CellGrid labelGrid{labels, 1, labels.size()};
  const CellGrid valueGrid{cells, 1, cells.size()};
  Scorecard card;
  try {
    card =
        scoreMetrics(portfolio.settings, readMetrics(valueGrid, &labelGrid), previous, quartersRed);
  } catch (const InputError& e) {
    card.problem = e.what();
  }
  card.partner = partner.name;
  if (card.scored() && (badPrevious || badQuartersRed)) {
    card.action.reset();
    card.actionProblem = fmt::format("{} is not a number, so the action cannot be decided.",
                                     badPrevious ? "Previous health" : "Quarters red");
  }
  return card;
}

}  // namespace alliance::portfolio
