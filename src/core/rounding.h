// Numbers shown the same everywhere (contract section 7): every numeric result
// is rounded to nine decimal places, so a health computed as 72.44999999999999
// is 72.45 in the sheet, the sidebar, the command line and every review; where
// fewer decimals are shown, halves round away from zero.
#pragma once

#include <string>

namespace alliance {

inline constexpr int kResultDecimals = 9;

// `value` rounded to nine decimal places; values too large to carry nine
// decimals, and non-finite ones, are returned as they are.
[[nodiscard]] double roundResult(double value);

// `value` with `decimals` decimals (0..9) after roundResult, halves away from
// zero: 72.45 -> "72.5", -0.05 -> "-0.1", 0.04 -> "0.0". Never "-0.0".
[[nodiscard]] std::string formatScore(double value, int decimals = 1);

}  // namespace alliance
