// The five dimensions, the health score and its status (contract section 2).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "core/cell.h"
#include "core/metrics.h"
#include "text/catalog.h"

namespace alliance {

enum class Dimension : std::uint8_t { Strategy, Execution, Commitment, Trust, Governance };
inline constexpr std::size_t kDimensionCount = 5;
inline constexpr std::array<Dimension, kDimensionCount> kAllDimensions = {
    Dimension::Strategy, Dimension::Execution, Dimension::Commitment, Dimension::Trust,
    Dimension::Governance};

// The dimension's name in the catalogue (po/): its English is the contract's title.
[[nodiscard]] text::Dimension dimensionText(Dimension d);
// "Strategy", "Execution", ...
[[nodiscard]] std::string_view dimensionTitle(Dimension d);
// strategy/execution/commitment/trust/governance in any case (surrounding spaces ignored).
[[nodiscard]] std::optional<Dimension> parseDimension(std::u16string_view name);

// Each dimension 0..100, or not available when none of its inputs is known.
class DimensionScores {
 public:
  [[nodiscard]] std::optional<double> get(Dimension d) const {
    return available(d) ? std::optional<double>(scores_[index(d)]) : std::nullopt;
  }
  [[nodiscard]] bool available(Dimension d) const { return (mask_ & bit(d)) != 0; }
  [[nodiscard]] bool anyAvailable() const { return mask_ != 0; }
  void set(Dimension d, double score) {
    scores_[index(d)] = score;
    mask_ |= bit(d);
  }

 private:
  static constexpr std::size_t index(Dimension d) { return static_cast<std::size_t>(d); }
  static constexpr std::uint8_t bit(Dimension d) {
    return static_cast<std::uint8_t>(1U << index(d));
  }
  std::array<double, kDimensionCount> scores_{};
  std::uint8_t mask_ = 0;
};

[[nodiscard]] DimensionScores scoreDimensions(const MetricValues& values);

// Weights in the order S, X, C, R, G.
struct Weights {
  std::array<double, kDimensionCount> w = {0.25, 0.30, 0.20, 0.15, 0.10};

  // Exactly five numbers >= 0, not all zero; throws InputError otherwise.
  [[nodiscard]] static Weights fromCells(const CellGrid& cells);
};

// Weighted mean of the available dimensions with a weight above 0, 0..100.
// Throws InputError when no such dimension exists.
[[nodiscard]] double health(const DimensionScores& scores, const Weights& weights = {});
[[nodiscard]] double health(const MetricValues& values, const Weights& weights = {});

// The weakest available dimension (first one on a tie), if any.
[[nodiscard]] std::optional<Dimension> weakestDimension(const DimensionScores& scores);

enum class Status : std::uint8_t { Green, Amber, Red };

// The contract's status bands, defined once: the portfolio action uses them too.
inline constexpr double kDefaultGreenAt = 70.0;
inline constexpr double kDefaultAmberAt = 50.0;

struct StatusBands {
  double greenAt = kDefaultGreenAt;
  double amberAt = kDefaultAmberAt;
  // Both 0..100 and amberAt <= greenAt; throws InputError otherwise.
  void validate() const;
};

// The status in the catalogue, for sentences in a language ("grün" in German).
[[nodiscard]] text::Status statusText(Status s);
// "Green" / "Amber" / "Red": the catalogue's English, the contract's words that the
// functions give in every office.
[[nodiscard]] std::string_view statusWord(Status s);
// Throws InputError when health is not a number in 0..100 or the bands are invalid.
[[nodiscard]] Status statusOf(double health, const StatusBands& bands = {});

}  // namespace alliance
