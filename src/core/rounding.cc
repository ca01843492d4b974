#include "core/rounding.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace alliance {

namespace {

constexpr double kScale = 1e9;
// Beyond this, a double has no ninth decimal to round.
constexpr double kLargest = 9.0e6;

}  // namespace

double roundResult(double value) {
  if (!std::isfinite(value) || std::fabs(value) >= kLargest) {
    return value;
  }
  const double rounded = std::round(value * kScale) / kScale;
  return rounded == 0.0 ? 0.0 : rounded;  // no -0
}

std::string formatScore(double value, int decimals) {
  decimals = std::clamp(decimals, 0, kResultDecimals);
  const double v = roundResult(value);
  if (!std::isfinite(v)) {
    return fmt::format("{}", v);
  }
  // The nine-decimal text is exact for what roundResult gives; rounding its
  // digits is rounding the decimal number a person reads, not its binary twin.
  std::string digits = fmt::format("{:.9f}", std::fabs(v));
  const std::size_t point = digits.find('.');
  const std::size_t keep = point + static_cast<std::size_t>(decimals) + (decimals > 0 ? 1 : 0);
  const bool up = digits[point + static_cast<std::size_t>(decimals) + 1] >= '5';
  digits.resize(keep);
  if (up) {
    std::size_t i = digits.size();
    while (i > 0) {
      --i;
      if (digits[i] == '.') {
        continue;
      }
      if (digits[i] == '9') {
        digits[i] = '0';
        continue;
      }
      ++digits[i];
      break;
    }
    if (i == 0 && digits[0] == '0' && digits.find_first_not_of("0.") == std::string::npos) {
      digits.insert(digits.begin(), '1');
    }
  }
  const bool zero = digits.find_first_not_of("0.") == std::string::npos;
  return (v < 0.0 && !zero ? "-" : "") + digits;
}

}  // namespace alliance
