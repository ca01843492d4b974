#include "core/scoring.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "core/compare.h"
#include "core/input_error.h"
#include "core/rounding.h"
#include "core/text.h"

namespace alliance {

namespace {

// The catalogue (po/) names the dimensions and statuses in the same order.
static_assert(text::kDimensionCount == kDimensionCount);
static_assert(text::kStatusCount == 3);
constexpr std::array<std::string_view, kDimensionCount> kLowerNames = {
    "strategy", "execution", "commitment", "trust", "governance"};

double clamp01(double x) { return std::min(std::max(x, 0.0), 1.0); }

// A weighted mean over the parts that are known, renormalising the weights.
class PartialMean {
 public:
  void add(double weight, double value) {
    sum_ += weight * value;
    weights_ += weight;
  }
  [[nodiscard]] bool empty() const { return weights_ == 0.0; }
  [[nodiscard]] double mean() const { return sum_ / weights_; }

 private:
  double sum_ = 0.0;
  double weights_ = 0.0;
};

void scoreStrategy(const MetricValues& v, DimensionScores& out) {
  PartialMean mean;
  if (const auto map = v.find(Metric::MapElements)) {
    double c = *map / 10.0;
    if (v.find(Metric::ExecSignoff) == 0.0) {
      c /= 2.0;
    }
    mean.add(1.0, c);
  }
  if (const auto goals = v.find(Metric::GoalAlignment)) {
    mean.add(1.0, *goals);
  }
  if (!mean.empty()) {
    out.set(Dimension::Strategy, 100.0 * mean.mean());
  }
}

void scoreExecution(const MetricValues& v, DimensionScores& out) {
  const auto target = v.find(Metric::RevenueTarget);
  const auto actual = v.find(Metric::RevenueActual);
  if (!target || !actual) {
    return;
  }
  const double a = clamp01(*actual / *target);
  if (const auto pipeline = v.find(Metric::Pipeline)) {
    const double remaining = std::max(*target - *actual, 0.0);
    // pipeline / 3 first: 3 * remaining overflows for targets near the largest double.
    const double p = remaining == 0.0 ? 1.0 : clamp01((*pipeline / 3.0) / remaining);
    out.set(Dimension::Execution, 100.0 * (0.6 * a + 0.4 * p));
  } else {
    out.set(Dimension::Execution, 100.0 * a);
  }
}

double managerStability(double changes) {
  if (changes < 1.0) {
    return 1.0;
  }
  return changes < 2.0 ? 0.6 : 0.0;
}

void scoreCommitment(const MetricValues& v, DimensionScores& out) {
  PartialMean mean;
  const auto committed = v.find(Metric::ResourcesCommitted);
  const auto actual = v.find(Metric::ResourcesActual);
  if (committed && actual) {
    mean.add(0.4, clamp01(*actual / *committed));
  }
  if (const auto sponsor = v.find(Metric::ExecSponsor)) {
    mean.add(0.2, *sponsor);
  }
  if (const auto sales = v.find(Metric::SalesSponsor)) {
    mean.add(0.2, *sales);
  }
  if (const auto changes = v.find(Metric::ManagerChanges)) {
    mean.add(0.2, managerStability(*changes));
  }
  if (!mean.empty()) {
    out.set(Dimension::Commitment, 100.0 * mean.mean());
  }
}

void scoreTrust(const MetricValues& v, DimensionScores& out) {
  if (const auto trust = v.find(Metric::Trust)) {
    out.set(Dimension::Trust, 100.0 * (*trust - 1.0) / 4.0);
  }
}

// 1 up to 100 days, 0 from 200 days, linear between.
double qbrRecency(double days) { return clamp01((200.0 - days) / 100.0); }

void scoreGovernance(const MetricValues& v, DimensionScores& out) {
  PartialMean mean;
  if (const auto jbp = v.find(Metric::Jbp)) {
    mean.add(0.4, *jbp);
  }
  if (const auto days = v.find(Metric::DaysSinceQbr)) {
    mean.add(0.4, qbrRecency(*days));
  }
  if (const auto exitPlan = v.find(Metric::ExitPlan)) {
    mean.add(0.2, *exitPlan);
  }
  if (!mean.empty()) {
    out.set(Dimension::Governance, 100.0 * mean.mean());
  }
}

void requirePercent(std::string_view what, double v) {
  if (!std::isfinite(v) || v < 0.0 || v > 100.0) {
    throw InputError(fmt::format("{} is {} but must be a number from 0 to 100.", what,
                                 std::isfinite(v) ? formatNumber(v) : "not a finite number"));
  }
}

}  // namespace

text::Dimension dimensionText(Dimension d) { return static_cast<text::Dimension>(d); }

std::string_view dimensionTitle(Dimension d) {
  return text::get(dimensionText(d), Language::English);
}

std::optional<Dimension> parseDimension(std::u16string_view name) {
  for (const Dimension d : kAllDimensions) {
    if (equalsWordIgnoringCase(name, kLowerNames[static_cast<std::size_t>(d)])) {
      return d;
    }
  }
  return std::nullopt;
}

DimensionScores scoreDimensions(const MetricValues& values) {
  DimensionScores out;
  scoreStrategy(values, out);
  scoreExecution(values, out);
  scoreCommitment(values, out);
  scoreTrust(values, out);
  scoreGovernance(values, out);
  return out;
}

Weights Weights::fromCells(const CellGrid& cells) {
  if (cells.size() != kDimensionCount) {
    throw InputError(fmt::format(
        "Weights must be five numbers (strategy, execution, commitment, trust, governance), "
        "but the range has {} cell{}.",
        cells.size(), cells.size() == 1 ? "" : "s"));
  }
  Weights out;
  bool anyPositive = false;
  for (std::size_t i = 0; i < kDimensionCount; ++i) {
    const Cell& c = cells.cells[i];
    const std::string_view name = kLowerNames[i];
    if (c.kind != Cell::Kind::Number || !std::isfinite(c.number) || c.number < 0.0) {
      throw InputError(fmt::format("The {} weight is {} but must be a number of 0 or more.", name,
                                   describeCell(c)));
    }
    out.w[i] = c.number;
    anyPositive = anyPositive || c.number > 0.0;
  }
  if (!anyPositive) {
    throw InputError("All five weights are 0; give at least one dimension a weight above 0.");
  }
  return out;
}

double health(const DimensionScores& scores, const Weights& weights) {
  double largest = 0.0;
  bool anyAvailable = false;
  for (const Dimension d : kAllDimensions) {
    if (scores.get(d)) {
      anyAvailable = true;
      largest = std::max(largest, weights.w[static_cast<std::size_t>(d)]);
    }
  }
  if (!anyAvailable) {
    throw InputError(
        "No dimension can be scored: none of the metrics was found with a value "
        "(check the metric names in the labels and that the values are filled in).");
  }
  if (largest <= 0.0) {
    throw InputError(
        "Every dimension that can be scored has a weight of 0; give one of them a weight "
        "above 0.");
  }
  // Every weight divided by the largest one: weights near the largest double do
  // not overflow the sums, and subnormal ones keep their digits.
  double sum = 0.0;
  double total = 0.0;
  for (const Dimension d : kAllDimensions) {
    if (const auto score = scores.get(d)) {
      const double w = weights.w[static_cast<std::size_t>(d)] / largest;
      sum += w * *score;
      total += w;
    }
  }
  // Rounding in the weighted mean must not push a perfect score past 100; the
  // nine-decimal rounding makes 72.44999999999999 the 72.45 a person computes.
  return roundResult(std::min(std::max(sum / total, 0.0), 100.0));
}

double health(const MetricValues& values, const Weights& weights) {
  return health(scoreDimensions(values), weights);
}

std::optional<Dimension> weakestDimension(const DimensionScores& scores) {
  std::optional<Dimension> weakest;
  for (const Dimension d : kAllDimensions) {
    const auto score = scores.get(d);
    if (score && (!weakest || *score < *scores.get(*weakest))) {
      weakest = d;
    }
  }
  return weakest;
}

void StatusBands::validate() const {
  requirePercent("green_at", greenAt);
  requirePercent("amber_at", amberAt);
  if (amberAt > greenAt) {
    throw InputError(fmt::format("amber_at ({}) must not be above green_at ({}).",
                                 formatNumber(amberAt), formatNumber(greenAt)));
  }
}

text::Status statusText(Status s) { return static_cast<text::Status>(s); }

std::string_view statusWord(Status s) { return text::get(statusText(s), Language::English); }

Status statusOf(double healthScore, const StatusBands& bands) {
  requirePercent("health", healthScore);
  bands.validate();
  if (atLeast(healthScore, bands.greenAt)) {
    return Status::Green;
  }
  return atLeast(healthScore, bands.amberAt) ? Status::Amber : Status::Red;
}

}  // namespace alliance
