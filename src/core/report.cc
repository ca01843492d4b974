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

std::string revenueSentence(const MetricValues& v) {
  const auto target = v.find(Metric::RevenueTarget);
  const auto actual = v.find(Metric::RevenueActual);
  const auto pipeline = v.find(Metric::Pipeline);
  if (!target || !actual) {
    return {};
  }
  std::string out = fmt::format(" Partner-sourced revenue is at {}% of target",
                                rounded(100.0 * *actual / *target));
  if (pipeline) {
    const double remaining = *target - *actual;
    if (remaining <= 0.0) {
      out += ", so the target is already met";
    } else {
      out += fmt::format(", and the pipeline covers {:.1f} times the revenue still to close",
                         *pipeline / remaining);
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
