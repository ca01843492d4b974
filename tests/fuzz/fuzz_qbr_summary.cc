// The QBR summary on fuzzed metric values. Input, byte by byte:
//   the 19 metrics in metricTable() order, then previous_health, then 5 weights, each
//   as one selector byte:
//     0              not known (weights: all five left at their defaults)
//     1..0x7F        a value from kInteresting (boundaries, 0, 1e308, inf, nan, ...)
//     0x80..0xFF     the next 8 bytes as a double, any bit pattern
// Metric values go through parseMetricValue as a number cell, so only values a
// user can enter reach the summary (others count as not known). Properties: only
// InputError leaves the core; the paragraph is readable UTF-8; it states the health
// rounded and its status; the revenue percentage is the one the values give.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <optional>
#include <string>

#include "core/input_error.h"
#include "core/metrics.h"
#include "core/report.h"
#include "core/scoring.h"
#include "fuzz_support.h"

namespace {

using alliance::Cell;
using alliance::InputError;
using alliance::Metric;
using alliance::fuzz::require;

constexpr double kInteresting[] = {0.0,
                                   -0.0,
                                   1.0,
                                   -1.0,
                                   0.5,
                                   0.7,
                                   0.8,
                                   2.0,
                                   3.0,
                                   4.0,
                                   5.0,
                                   8.0,
                                   10.0,
                                   11.0,
                                   49.5,
                                   50.0,
                                   69.99,
                                   70.0,
                                   99.5,
                                   100.0,
                                   100.5,
                                   200.0,
                                   1e15,
                                   1e300,
                                   1e308,
                                   1e-300,
                                   5e-324,
                                   std::numeric_limits<double>::max(),
                                   std::numeric_limits<double>::min(),
                                   std::numeric_limits<double>::infinity(),
                                   -std::numeric_limits<double>::infinity(),
                                   std::numeric_limits<double>::quiet_NaN(),
                                   12.5,
                                   1000.0,
                                   1e-9,
                                   0.3333333333333333,
                                   1.5,
                                   2.5,
                                   99.99999999999999};
constexpr std::size_t kInterestingCount = sizeof(kInteresting) / sizeof(kInteresting[0]);

class Reader {
 public:
  Reader(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}

  // nullopt for "not given" (selector 0, or the input has ended).
  std::optional<double> next() {
    if (pos_ >= size_) {
      return std::nullopt;
    }
    const std::uint8_t selector = data_[pos_++];
    if (selector == 0) {
      return std::nullopt;
    }
    if (selector < 0x80) {
      return kInteresting[(selector - 1) % kInterestingCount];
    }
    double value = 0.0;
    std::uint8_t bytes[sizeof(double)] = {};
    for (std::uint8_t& b : bytes) {
      b = pos_ < size_ ? data_[pos_++] : 0;
    }
    std::memcpy(&value, bytes, sizeof value);
    return value;
  }

 private:
  const std::uint8_t* data_;
  std::size_t size_;
  std::size_t pos_ = 0;
};

// The number written after `prefix`, up to '%'.
std::optional<double> numberAfter(const std::string& text, const std::string& prefix) {
  const std::size_t at = text.find(prefix);
  if (at == std::string::npos) {
    return std::nullopt;
  }
  const std::string rest = text.substr(at + prefix.size());
  char* end = nullptr;
  const double value = std::strtod(rest.c_str(), &end);
  require(end != rest.c_str() && *end == '%', "no number before '%'", text);
  return value;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  Reader in(data, size);
  alliance::MetricValues values;
  for (const alliance::MetricInfo& info : alliance::metricTable()) {
    const std::optional<double> v = in.next();
    if (!v) {
      continue;
    }
    try {
      if (const std::optional<double> parsed =
              alliance::parseMetricValue(info.id, Cell::ofNumber(*v))) {
        values.set(info.id, *parsed);
      }
    } catch (const InputError&) {
      // a value a user cannot enter for this metric: not known
    }
  }
  const std::optional<double> previous = in.next();
  alliance::Weights weights;
  {
    Cell cells[alliance::kDimensionCount];
    bool any = false;
    for (Cell& c : cells) {
      const std::optional<double> w = in.next();
      any = any || w.has_value();
      c = w ? Cell::ofNumber(*w) : Cell::empty();
    }
    if (any) {
      try {
        weights =
            alliance::Weights::fromCells(alliance::CellGrid{cells, 1, alliance::kDimensionCount});
      } catch (const InputError&) {
        // invalid weights: the defaults
      }
    }
  }

  std::string text;
  try {
    text = alliance::qbrSummary(values, previous, weights);
  } catch (const InputError&) {
    return 0;  // nothing to score, previous_health out of range, or all weights 0
  }
  alliance::fuzz::requireReadableText(text, "QBR summary");

  const double health = alliance::health(values, weights);
  require(std::isfinite(health) && health >= 0.0 && health <= 100.0, "health out of 0..100", text);
  const std::string opening = "Alliance health is " + std::to_string(std::lround(health)) + " (" +
                              std::string(alliance::statusWord(alliance::statusOf(health))) + ")";
  require(text.rfind(opening, 0) == 0, "the paragraph does not open with the health", text);

  const std::optional<double> shown = numberAfter(text, "revenue is at ");
  if (!values.known(Metric::RevenueTarget) || !values.known(Metric::RevenueActual)) {
    require(!shown.has_value(), "revenue sentence without revenue", text);
    return 0;
  }
  const double percent =
      values.get(Metric::RevenueActual) / values.get(Metric::RevenueTarget) * 100.0;
  if (!std::isfinite(percent)) {
    require(text.find("revenue is far above target") != std::string::npos,
            "no sentence for revenue beyond any percentage", text);
    return 0;
  }
  require(shown.has_value(), "no revenue percentage", text);
  // Three significant digits of a percentage near the largest double ("1.8e+308") read
  // back as infinity.
  require(*shown >= 0.0 && (std::isfinite(*shown) || percent > 1e307),
          "revenue percentage not a number >= 0", text);
  if (!std::isfinite(*shown)) {
    return 0;
  }
  // Whole numbers up to 1e15, three significant digits beyond; the percentage is
  // computed here in another order, so it may differ in the last bits.
  const double tolerance = std::fmax(0.5, 0.005 * percent) * (1.0 + 1e-12) + 1e-9;
  require(std::fabs(*shown - percent) <= tolerance,
          "revenue percentage differs from actual / target",
          text + " (" + std::to_string(percent) + "%)");
  return 0;
}
