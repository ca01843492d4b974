#include "core/report.h"

#include <fmt/format.h>

#include <cmath>
#include <cstdint>

#include "core/input_error.h"
#include "core/rounding.h"
#include "core/text.h"
#include "core/warnings.h"
#include "text/catalog.h"

namespace alliance {

namespace {

// Whole numbers of the nine-decimal result, so 62.4999999999 reads as 63 like 62.5.
long rounded(double v) { return std::lround(roundResult(v)); }

using text::Summary;

std::string changeClause(double health, double previous, Language language) {
  const long delta = rounded(health) - rounded(previous);
  if (delta == 0) {
    return text::format(Summary::Unchanged, language, rounded(previous));
  }
  const auto points = static_cast<std::uint64_t>(std::labs(delta));
  const Summary id = delta > 0 ? Summary::Up : Summary::Down;
  return text::formatPlural(id, language, points, points, rounded(previous));
}

// A number written into the paragraph with the language's decimal separator.
std::string localNumber(std::string_view number, Language language) {
  const std::string_view separator = text::get(text::Format::DecimalSeparator, language);
  std::string out;
  for (const char c : number) {
    if (c == '.') {
      out.append(separator);
    } else {
      out.push_back(c);
    }
  }
  return out;
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

std::string revenueSentence(const MetricValues& v, Language language) {
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
          ? text::format(Summary::Revenue, language, localNumber(percentText(percent), language))
          : std::string(text::get(Summary::RevenueFarAbove, language));
  if (pipeline) {
    const double remaining = *target - *actual;
    const double coverage = *pipeline / remaining;
    out += ", ";
    if (remaining <= 0.0) {
      out += text::get(Summary::TargetMet, language);
    } else if (std::isfinite(coverage)) {
      out += text::format(Summary::Coverage, language, localNumber(timesText(coverage), language));
    } else {
      out += text::get(Summary::CoverageFarMore, language);
    }
  }
  return out + ".";
}

}  // namespace

std::string qbrSummary(const MetricValues& values, std::optional<double> previousHealth,
                       const Weights& weights) {
  return qbrSummary(values, previousHealth, weights, Language::English);
}

std::string qbrSummary(const MetricValues& values, std::optional<double> previousHealth,
                       const Weights& weights, Language language) {
  return qbrSummary(values, previousHealth, weights, StatusBands{}, language);
}

std::string qbrSummary(const MetricValues& values, std::optional<double> previousHealth,
                       const Weights& weights, const StatusBands& bands, Language language,
                       SummaryAudience audience) {
  const DimensionScores scores = scoreDimensions(values);
  const double score = health(scores, weights);
  const Status status = statusOf(score, bands);
  if (previousHealth &&
      (!std::isfinite(*previousHealth) || *previousHealth < 0.0 || *previousHealth > 100.0)) {
    throw InputError(fmt::format(
        "previous_health is {} but must be a number from 0 to 100.",
        std::isfinite(*previousHealth) ? formatNumber(*previousHealth) : "not a finite number"));
  }

  std::string out = text::format(Summary::Health, language, rounded(score),
                                 text::get(statusText(status), language));
  if (previousHealth) {
    out += ", " + changeClause(score, *previousHealth, language);
  }
  out += ".";
  if (const std::string revenue = revenueSentence(values, language); !revenue.empty()) {
    out += " " + revenue;
  }
  if (const auto weakest = weakestDimension(scores)) {
    out +=
        " " + text::format(Summary::Weakest, language, text::get(dimensionText(*weakest), language),
                           rounded(*scores.get(*weakest)));
  }
  const WarningSet warnings = evaluateWarnings(values);
  out += " ";
  if (!warnings.empty() && audience == SummaryAudience::Partner) {
    const auto count = static_cast<std::uint64_t>(warnings.count());
    out += text::formatPlural(Summary::Topics, language, count, count);
  } else if (warnings.empty()) {
    out += text::get(text::WarningSign::NoneFires, language);
  } else {
    const auto count = static_cast<std::uint64_t>(warnings.count());
    out += text::formatPlural(text::WarningSign::Fired, language, count,
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
