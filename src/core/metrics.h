// The scorecard metrics, how their names are matched and how their values are
// read from cells: the sixteen of contract section 1, then the three optional ones
// of version 2 (section 7), which feed warning signs only.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/cell.h"

namespace alliance {

enum class Metric : std::uint8_t {
  MapElements,
  ExecSignoff,
  GoalAlignment,
  RevenueTarget,
  RevenueActual,
  Pipeline,
  ResourcesCommitted,
  ResourcesActual,
  ExecSponsor,
  SalesSponsor,
  ManagerChanges,
  Trust,
  Jbp,
  DaysSinceQbr,
  ExitPlan,
  AccountConflicts,
  // Version 2 (contract section 7): they feed no dimension, only warning signs.
  TrustGap,
  OpenChanges,
  QuartersDeclining,
};
inline constexpr std::size_t kMetricCount = 19;
// The metrics of contract version 1 come first, in the contract's order: the ones the
// five dimensions are scored from. A workbook written for version 1 has these only.
inline constexpr std::size_t kScoredMetricCount = 16;

// What a metric's value may be.
enum class ValueKind : std::uint8_t {
  YesNo,             // TRUE/FALSE, 1/0, yes/no/y/n/true/false
  MapCount,          // 0..10
  Fraction,          // 0..1
  Positive,          // > 0
  NonNegative,       // >= 0
  WholeNonNegative,  // whole number >= 0
  Rating,            // 1..5
  RatingGap,         // 0..4: the difference of two means on the 1..5 scale
};

struct MetricInfo {
  Metric id;
  std::string_view name;  // the contract's name, e.g. "revenue_target"
  ValueKind kind;
};

[[nodiscard]] std::span<const MetricInfo, kMetricCount> metricTable();
[[nodiscard]] const MetricInfo& metricInfo(Metric m);
// "a number greater than 0", "yes or no", ...: the expectation in a sentence.
[[nodiscard]] std::string_view describeExpected(ValueKind kind);

// Lower-cased letters and digits only: "Revenue target" -> "revenuetarget".
[[nodiscard]] std::string normaliseName(std::u16string_view name);
// The metric a label names, if any.
[[nodiscard]] std::optional<Metric> metricForLabel(std::u16string_view label);

// Known metric values; yes/no values are stored as 1 and 0.
class MetricValues {
 public:
  [[nodiscard]] bool known(Metric m) const { return (known_ & bit(m)) != 0; }
  [[nodiscard]] double get(Metric m) const { return values_[index(m)]; }
  [[nodiscard]] std::optional<double> find(Metric m) const {
    return known(m) ? std::optional<double>(get(m)) : std::nullopt;
  }
  [[nodiscard]] bool anyKnown() const { return known_ != 0; }
  void set(Metric m, double v) {
    values_[index(m)] = v;
    known_ |= bit(m);
  }

 private:
  static constexpr std::size_t index(Metric m) { return static_cast<std::size_t>(m); }
  static constexpr std::uint32_t bit(Metric m) { return std::uint32_t{1} << index(m); }

  std::array<double, kMetricCount> values_{};
  std::uint32_t known_ = 0;
  static_assert(kMetricCount <= 32, "one bit a metric");
};

// Parses one value cell for a metric; nullopt for an empty cell.
// Throws InputError naming the metric when the value is of the wrong kind or out of range.
[[nodiscard]] std::optional<double> parseMetricValue(Metric m, const Cell& cell);

// Reads yes/no the way the contract spells it; nullopt when the cell is not a yes/no.
[[nodiscard]] std::optional<bool> parseYesNo(const Cell& cell);

// Remembers which metric each label position names, so that a portfolio sheet
// (the same label row on every partner row) matches the names once, not per call.
class LabelCache {
 public:
  // Longer label ranges are matched every time rather than copied.
  static constexpr std::size_t kMaxCachedLabels = 1024;

  // The metric slot of each label (-1: not a metric). Computes or reuses.
  [[nodiscard]] std::span<const std::int8_t> layoutFor(std::span<const Cell> labels);

 private:
  [[nodiscard]] bool matches(std::span<const Cell> labels) const;

  std::vector<Cell::Kind> kinds_;
  std::vector<std::u16string> texts_;
  std::vector<std::int8_t> slots_;
  bool valid_ = false;
};

// Reads metrics in either shape:
//  - block: labels == nullptr and metrics has two columns (names, values);
//  - row:   labels != nullptr, metrics and labels are one row or column of the same size.
// Throws InputError for a wrong shape, a bad value or a metric given twice with
// different values. `cache` may be null.
[[nodiscard]] MetricValues readMetrics(const CellGrid& metrics, const CellGrid* labels,
                                       LabelCache* cache = nullptr);

// The shape check readMetrics starts with, for a metrics range of `rows` x `cols` that has
// not been read: throws the same InputError for a shape it refuses. `labels` may be null.
void checkMetricsShape(std::size_t rows, std::size_t cols, const CellGrid* labels);

}  // namespace alliance
