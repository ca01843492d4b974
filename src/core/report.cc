#include "core/report.h"

#include <fmt/format.h>

#include <cmath>

#include "core/input_error.h"
#include "core/text.h"
#include "core/warnings.h"

namespace alliance {

namespace {

long rounded(double v) { return std::lround(v); }

std::string changeSentence(double health, double previous) {
  const long delta = rounded(health) - rounded(previous);
  if (delta == 0) {
    return fmt::format(" unchanged from {} last quarter", rounded(previous));
  }
  return fmt::format(" {} {} point{} from {} last quarter", delta > 0 ? "up" : "down",
                     std::labs(delta), std::labs(delta) == 1 ? "" : "s", rounded(previous));
}

// Ratios in the paragraph are written out up to this size. Valid but extreme inputs
// (a target of 1e-300, a pipeline of 1e308) give larger ones, which are written with
// three significant digits (1.23e+20) rather than rounded past what a long holds.
constexpr double kWrittenOut = 1e15;

std::string percentText(double percent) {
  return percent < kWrittenOut ? fmt::format("{}", rounded(percent))
                               : fmt::format("{:.3g}", percent);
}

std::string timesText(double times) {
  return times < kWrittenOut ? fmt::format("{:.1f}", times) : fmt::format("{:.3g}", times);
}

std::string revenueSentence(const MetricValues& v) {
  const auto target = v.find(Metric::RevenueTarget);
  const auto actual = v.find(Metric::RevenueActual);
  const auto pipeline = v.find(Metric::Pipeline);
  if (!target || !actual) {
    return {};
  }
  double percent = 100.0 * *actual / *target;
  if (!std::isfinite(percent)) {
    percent = *actual / *target * 100.0;  // 100 * actual alone overflowed
  }
  // Beyond any number only when the target is tiny and the actual huge.
  std::string out =
      std::isfinite(percent)
          ? fmt::format(" Partner-sourced revenue is at {}% of target", percentText(percent))
          : std::string(" Partner-sourced revenue is far above target");
  if (pipeline) {
    const double remaining = *target - *actual;
    const double coverage = *pipeline / remaining;
    if (remaining <= 0.0) {
      out += ", so the target is already met";
    } else if (std::isfinite(coverage)) {
      out += fmt::format(", and the pipeline covers {} times the revenue still to close",
                         timesText(coverage));
    } else {
      out += ", and the pipeline covers far more than the revenue still to close";
    }
  }
  return out + ".";
}

}  // namespace

std::string qbrSummary(const MetricValues& values, std::optional<double> previousHealth,
                       const Weights& weights) {
  const DimensionScores scores = scoreDimensions(values);
  const double score = health(scores, weights);
  const Status status = statusOf(score);
  if (previousHealth &&
      (!std::isfinite(*previousHealth) || *previousHealth < 0.0 || *previousHealth > 100.0)) {
    throw InputError(fmt::format(
        "previous_health is {} but must be a number from 0 to 100.",
        std::isfinite(*previousHealth) ? formatNumber(*previousHealth) : "not a finite number"));
  }

  std::string out = fmt::format("Alliance health is {} ({})", rounded(score), statusWord(status));
  if (previousHealth) {
    out += "," + changeSentence(score, *previousHealth);
  }
  out += ".";
  out += revenueSentence(values);
  if (const auto weakest = weakestDimension(scores)) {
    out += fmt::format(" The weakest dimension is {} at {}.", dimensionTitle(*weakest),
                       rounded(*scores.get(*weakest)));
  }
  const WarningSet warnings = evaluateWarnings(values);
  if (warnings.empty()) {
    out += " No warning sign fires.";
  } else {
    out += fmt::format(" Warning sign{}: {}.", warnings.count() == 1 ? "" : "s",
                       joinWarningTitles(warnings, "; "));
  }
  return out;
}

std::string checkMetrics(const CellGrid& metrics, const CellGrid* labels) {
  try {
    const MetricValues values = readMetrics(metrics, labels);
    static_cast<void>(health(values));
  } catch (const InputError& e) {
    return e.what();
  }
  return std::string(kCheckOk);
}

}  // namespace alliance
