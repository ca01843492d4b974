#include "core/programme.h"

#include <fmt/format.h>

#include <cmath>
#include <string>

#include "core/compare.h"
#include "core/input_error.h"
#include "core/metrics.h"
#include "core/scoring.h"
#include "core/text.h"

namespace alliance {

namespace {

bool isBlank(const Cell& c) {
  if (c.kind == Cell::Kind::Empty) {
    return true;
  }
  return c.kind == Cell::Kind::Text && equalsWordIgnoringCase(c.text, "");
}

double ratingAt(const Cell& c, const RatingScale& scale, std::string_view side, std::size_t pos) {
  if (c.kind != Cell::Kind::Number || !std::isfinite(c.number) || c.number < scale.min ||
      c.number > scale.max) {
    throw InputError(fmt::format("Rating {} of {} is {} but must be a number from {} to {}.",
                                 pos + 1, side, describeCell(c), formatNumber(scale.min),
                                 formatNumber(scale.max)));
  }
  return c.number;
}

void requireRange(std::string_view what, double v, double lo, double hi) {
  if (!std::isfinite(v) || v < lo || v > hi) {
    throw InputError(fmt::format("{} is {} but must be a number from {} to {}.", what,
                                 std::isfinite(v) ? formatNumber(v) : "not a finite number",
                                 formatNumber(lo), formatNumber(hi)));
  }
}

}  // namespace

void checkAlignmentShape(std::size_t oursRows, std::size_t oursCols, std::size_t theirsRows,
                         std::size_t theirsCols) {
  if (oursRows != theirsRows || oursCols != theirsCols) {
    throw InputError(fmt::format(
        "Both companies' ratings must be ranges of the same shape, but ours is {}x{} and "
        "theirs is {}x{}.",
        oursRows, oursCols, theirsRows, theirsCols));
  }
}

double alignment(const CellGrid& ours, const CellGrid& theirs, const RatingScale& scale) {
  if (!std::isfinite(scale.min) || !std::isfinite(scale.max) || scale.min >= scale.max) {
    throw InputError(
        fmt::format("The rating scale must run from a lower to a higher number, "
                    "but it is {} to {}.",
                    formatNumber(scale.min), formatNumber(scale.max)));
  }
  checkAlignmentShape(ours.rows, ours.cols, theirs.rows, theirs.cols);
  double sum = 0.0;
  std::size_t pairs = 0;
  for (std::size_t i = 0; i < ours.size(); ++i) {
    const Cell& a = ours.cells[i];
    const Cell& b = theirs.cells[i];
    if (isBlank(a) || isBlank(b)) {
      continue;  // only one side (or neither) rated this item
    }
    sum += std::fabs(ratingAt(a, scale, "ours", i) - ratingAt(b, scale, "theirs", i));
    ++pairs;
  }
  if (pairs == 0) {
    throw InputError("No item is rated by both companies; alignment needs at least one pair.");
  }
  const double result = 1.0 - (sum / static_cast<double>(pairs)) / (scale.max - scale.min);
  if (std::isfinite(result)) {
    return result;
  }
  // Ratings and scales near the largest double overflow the differences: the same
  // mean from each pair's share of the scale, with every number halved first.
  const double halfRange = scale.max / 2.0 - scale.min / 2.0;
  double shares = 0.0;
  for (std::size_t i = 0; i < ours.size(); ++i) {
    const Cell& a = ours.cells[i];
    const Cell& b = theirs.cells[i];
    if (!isBlank(a) && !isBlank(b)) {
      shares += std::fabs(a.number / 2.0 - b.number / 2.0) / halfRange;
    }
  }
  return 1.0 - shares / static_cast<double>(pairs);
}

void checkMaturitySize(std::size_t cells) {
  if (cells > kMaturityQuestions) {
    throw InputError(fmt::format(
        "The programme checklist has at most 10 answers, but the range has {} cells.", cells));
  }
}

double maturity(const CellGrid& answers) {
  checkMaturitySize(answers.size());
  double sum = 0.0;
  for (std::size_t i = 0; i < answers.size(); ++i) {
    const Cell& c = answers.cells[i];
    if (isBlank(c)) {
      continue;
    }
    if (c.kind == Cell::Kind::Text && equalsWordIgnoringCase(c.text, "partial")) {
      sum += 0.5;
      continue;
    }
    if (c.kind == Cell::Kind::Text) {
      if (const std::optional<bool> yes = parseYesNo(c)) {
        sum += *yes ? 1.0 : 0.0;
        continue;
      }
    }
    if (c.kind == Cell::Kind::Number && std::isfinite(c.number) && c.number >= 0.0 &&
        c.number <= 1.0) {
      sum += c.number;
      continue;
    }
    throw InputError(
        fmt::format("Answer {} is {} but must be yes, partial, no, or a number from 0 to 1.", i + 1,
                    describeCell(c)));
  }
  return sum;
}

std::string_view maturityLevel(double score) {
  requireRange("The maturity score", score, 0.0, 10.0);
  if (below(score, 3.0)) {
    return "Ad hoc";
  }
  if (below(score, 5.0)) {
    return "Developing";
  }
  if (below(score, 7.0)) {
    return "Defined";
  }
  return below(score, 9.0) ? "Managed" : "Optimised";
}

std::string_view actionWord(Action a) {
  switch (a) {
    case Action::Grow:
      return "Grow";
    case Action::Sustain:
      return "Sustain";
    case Action::Fix:
      return "Fix";
    case Action::ExitReview:
      return "Exit review";
  }
  return "Fix";
}

Action portfolioAction(double health, std::optional<double> previousHealth,
                       std::optional<double> quartersRed) {
  requireRange("health", health, 0.0, 100.0);
  if (previousHealth) {
    requireRange("previous_health", *previousHealth, 0.0, 100.0);
  }
  if (quartersRed && (!std::isfinite(*quartersRed) || *quartersRed < 0.0 ||
                      std::floor(*quartersRed) != *quartersRed)) {
    throw InputError(fmt::format("quarters_red is {} but must be a whole number of 0 or more.",
                                 formatNumber(*quartersRed)));
  }
  if (atLeast(health, kDefaultGreenAt)) {
    return Action::Grow;
  }
  if (atLeast(health, kDefaultAmberAt)) {
    return previousHealth && atLeast(*previousHealth - health, 5.0) ? Action::Fix : Action::Sustain;
  }
  return quartersRed && *quartersRed >= 2.0 ? Action::ExitReview : Action::Fix;
}

}  // namespace alliance
