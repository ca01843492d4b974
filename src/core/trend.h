// The direction of a partner's health over the last quarters (contract section 7,
// ALLIANCE_TREND): the least-squares slope, in points per quarter, of the last
// few health scores, oldest first. The sidebar shows it beside the health.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <vector>

#include "core/cell.h"

namespace alliance {

inline constexpr std::size_t kDefaultTrendQuarters = 4;

// The slope of the last `quarters` (at least 2) of `healths`, which are in
// order, oldest first, each 0..100 (checked by the caller). Quarters are taken
// as equally spaced, 1, 2, 3, ...; nullopt when fewer than two values are
// given. Rounded as every result is (roundResult).
[[nodiscard]] std::optional<double> healthTrend(std::span<const double> healths,
                                                std::size_t quarters = kDefaultTrendQuarters);

// ALLIANCE_TREND(history; [quarters]) on cells. Its checks, in the order the function
// makes them; each throws InputError with a sentence naming what was found and what is
// expected, as ALLIANCE_CHECK words its findings.
//
// `history`, a range of `rows` x `cols` cells, must be one row or one column (a single
// cell is both). Checked on the size alone, before a cell is read.
void checkTrendShape(std::size_t rows, std::size_t cols);
// `quarters` left out (nullopt) is the default, 4; given, it must be a whole number of 2
// or more. A number beyond the size of any history means all of it.
[[nodiscard]] std::size_t trendQuarters(std::optional<double> quarters);
// The health scores among the cells of `history`, in their order (oldest first): empty
// cells, and cells holding only spaces, are skipped; every other cell must be a number
// from 0 to 100 (text and error values are refused, the cell named by its position).
[[nodiscard]] std::vector<double> trendScores(std::span<const Cell> history);

// The three checks, then the slope of the scores: nullopt (#N/A in the sheet) when
// `history` holds fewer than two.
[[nodiscard]] std::optional<double> healthTrend(const CellGrid& history,
                                                std::optional<double> quarters);

}  // namespace alliance
