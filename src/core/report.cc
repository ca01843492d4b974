#include "core/report.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "core/input_error.h"
#include "core/rounding.h"
#include "core/text.h"
#include "core/warnings.h"

namespace alliance {

namespace {

// Whole numbers of the nine-decimal result, so 62.4999999999 reads as 63 like 62.5.
long rounded(double v) { return std::lround(roundResult(v)); }

bool german(Language language) { return language == Language::German; }

std::string changeSentence(double health, double previous, Language language) {
  const long delta = rounded(health) - rounded(previous);
  if (german(language)) {
    if (delta == 0) {
      return fmt::format(" unverändert gegenüber {} im Vorquartal", rounded(previous));
    }
    return fmt::format(" {} {} {} als im Vorquartal ({})", std::labs(delta),
                       std::labs(delta) == 1 ? "Punkt" : "Punkte", delta > 0 ? "mehr" : "weniger",
                       rounded(previous));
  }
  if (delta == 0) {
    return fmt::format(" unchanged from {} last quarter", rounded(previous));
  }
  return fmt::format(" {} {} point{} from {} last quarter", delta > 0 ? "up" : "down",
                     std::labs(delta), std::labs(delta) == 1 ? "" : "s", rounded(previous));
}

// German writes a decimal comma: 1,5 and 1,23e+20.
std::string localNumber(std::string text, Language language) {
  if (german(language)) {
    std::replace(text.begin(), text.end(), '.', ',');
  }
  return text;
}

std::string_view germanStatus(Status s) {
  switch (s) {
    case Status::Green:
      return "grün";
    case Status::Amber:
      return "gelb";
    case Status::Red:
      return "rot";
  }
  return "rot";
}

std::string_view germanDimension(Dimension d) {
  switch (d) {
    case Dimension::Strategy:
      return "Strategie";
    case Dimension::Execution:
      return "Umsetzung";
    case Dimension::Commitment:
      return "Engagement";
    case Dimension::Trust:
      return "Vertrauen";
    case Dimension::Governance:
      return "Steuerung";
  }
  return "Strategie";
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
  const bool de = german(language);
  std::string out;
  if (std::isfinite(percent)) {
    const std::string p = localNumber(percentText(percent), language);
    out = de ? fmt::format(" Der Umsatz über den Partner liegt bei {} % des Ziels", p)
             : fmt::format(" Partner-sourced revenue is at {}% of target", p);
  } else {
    out = de ? " Der Umsatz über den Partner liegt weit über dem Ziel"
             : " Partner-sourced revenue is far above target";
  }
  if (pipeline) {
    const double remaining = *target - *actual;
    const double coverage = *pipeline / remaining;
    if (remaining <= 0.0) {
      out += de ? ", das Ziel ist also bereits erreicht" : ", so the target is already met";
    } else if (std::isfinite(coverage)) {
      const std::string times = localNumber(timesText(coverage), language);
      out +=
          de ? fmt::format(", und die Pipeline deckt den noch offenen Umsatz {}-fach", times)
             : fmt::format(", and the pipeline covers {} times the revenue still to close", times);
    } else {
      out += de ? ", und die Pipeline deckt weit mehr als den noch offenen Umsatz"
                : ", and the pipeline covers far more than the revenue still to close";
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
                       const Weights& weights, const StatusBands& bands, Language language) {
  const DimensionScores scores = scoreDimensions(values);
  const double score = health(scores, weights);
  const Status status = statusOf(score, bands);
  if (previousHealth &&
      (!std::isfinite(*previousHealth) || *previousHealth < 0.0 || *previousHealth > 100.0)) {
    throw InputError(fmt::format(
        "previous_health is {} but must be a number from 0 to 100.",
        std::isfinite(*previousHealth) ? formatNumber(*previousHealth) : "not a finite number"));
  }

  const bool de = german(language);
  std::string out =
      de ? fmt::format("Der Health-Score der Allianz liegt bei {} ({})", rounded(score),
                       germanStatus(status))
         : fmt::format("Alliance health is {} ({})", rounded(score), statusWord(status));
  if (previousHealth) {
    out += "," + changeSentence(score, *previousHealth, language);
  }
  out += ".";
  out += revenueSentence(values, language);
  if (const auto weakest = weakestDimension(scores)) {
    const long weakestScore = rounded(*scores.get(*weakest));
    out += de ? fmt::format(" Die schwächste Dimension ist {} mit {}.", germanDimension(*weakest),
                            weakestScore)
              : fmt::format(" The weakest dimension is {} at {}.", dimensionTitle(*weakest),
                            weakestScore);
  }
  const WarningSet warnings = evaluateWarnings(values);
  if (warnings.empty()) {
    out += de ? " Kein Warnsignal schlägt an." : " No warning sign fires.";
  } else if (de) {
    out += fmt::format(" {}: {}.", warnings.count() == 1 ? "Warnsignal" : "Warnsignale",
                       joinWarningTitles(warnings, "; "));
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
