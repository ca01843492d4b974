// The direction of a partner's health over the last quarters (contract section 7,
// ALLIANCE_TREND): the least-squares slope, in points per quarter, of the last
// few health scores, oldest first. The sidebar shows it beside the health.
#pragma once

#include <cstddef>
#include <optional>
#include <span>

namespace alliance {

inline constexpr std::size_t kDefaultTrendQuarters = 4;

// The slope of the last `quarters` (at least 2) of `healths`, which are in
// order, oldest first, each 0..100 (checked by the caller). Quarters are taken
// as equally spaced, 1, 2, 3, ...; nullopt when fewer than two values are
// given. Rounded as every result is (roundResult).
[[nodiscard]] std::optional<double> healthTrend(std::span<const double> healths,
                                                std::size_t quarters = kDefaultTrendQuarters);

}  // namespace alliance
