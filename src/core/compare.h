// Threshold comparisons as Calc makes them: two numbers that differ only in the
// last bits of binary rounding count as equal, so 27.5 / 0.55 (computed as
// 49.999999999999993) is on the 50 boundary, as a person working it out gets.
#pragma once

#include <cmath>

namespace alliance {

// Equal within Calc's relative tolerance (rtl::math::approxEqual uses 2^-48).
[[nodiscard]] inline bool approxEqual(double a, double b) {
  if (a == b) {
    return true;
  }
  constexpr double kRelative = 3.5527136788005009e-15;  // 2^-48
  return std::fabs(a - b) < std::fmax(std::fabs(a), std::fabs(b)) * kRelative;
}

// a >= b, counting a value that rounding put just below b as reaching it.
[[nodiscard]] inline bool atLeast(double a, double b) { return a >= b || approxEqual(a, b); }

// a < b, but not when a only misses b by rounding.
[[nodiscard]] inline bool below(double a, double b) { return !atLeast(a, b); }

// a > b, but not when a only exceeds b by rounding.
[[nodiscard]] inline bool above(double a, double b) { return a > b && !approxEqual(a, b); }

}  // namespace alliance
