// Functions about the partnership as a whole (contract section 4): alignment of
// two companies' ratings, programme maturity, and the portfolio action.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "core/cell.h"

namespace alliance {

struct RatingScale {
  double min = 1.0;
  double max = 5.0;
};

// 1 - mean(|a - b|) / (max - min) over the pairs where both cells hold a rating.
// Throws InputError for different shapes, a rating outside the scale, text,
// an invalid scale, or no pair.
[[nodiscard]] double alignment(const CellGrid& ours, const CellGrid& theirs,
                               const RatingScale& scale = {});

// The shape check alignment makes, for ratings ranges of the given sizes that have not
// been read: throws the same InputError for ranges of different shapes.
void checkAlignmentShape(std::size_t oursRows, std::size_t oursCols, std::size_t theirsRows,
                         std::size_t theirsCols);

inline constexpr std::size_t kMaturityQuestions = 10;

// Sum of up to ten answers: yes = 1, partial = 0.5, no or empty = 0, numbers
// 0..1 as they are. Throws InputError for more than ten cells or an unreadable answer.
[[nodiscard]] double maturity(const CellGrid& answers);

// The size check maturity starts with, for an answers range of `cells` cells that has not
// been read: throws the same InputError for more than ten cells.
void checkMaturitySize(std::size_t cells);

// "Ad hoc", "Developing", "Defined", "Managed", "Optimised".
// Throws InputError when the score is not in 0..10.
[[nodiscard]] std::string_view maturityLevel(double score);

enum class Action : std::uint8_t { Grow, Sustain, Fix, ExitReview };

// "Grow", "Sustain", "Fix", "Exit review".
[[nodiscard]] std::string_view actionWord(Action a);

// Health and previous health 0..100, quarters_red a whole number >= 0;
// throws InputError otherwise.
[[nodiscard]] Action portfolioAction(double health, std::optional<double> previousHealth,
                                     std::optional<double> quartersRed);

}  // namespace alliance
