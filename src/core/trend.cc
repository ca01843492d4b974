#include "core/trend.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

#include "core/input_error.h"
#include "core/rounding.h"
#include "core/text.h"

namespace alliance {

namespace {

// 1st, 2nd, 3rd, 4th, ..., 11th, 12th, 13th, ..., 21st.
std::string ordinal(std::size_t n) {
  const std::size_t lastTwo = n % 100;
  const char* suffix = "th";
  if (lastTwo < 11 || lastTwo > 13) {
    switch (n % 10) {
      case 1:
        suffix = "st";
        break;
      case 2:
        suffix = "nd";
        break;
      case 3:
        suffix = "rd";
        break;
      default:
        break;
    }
  }
  return fmt::format("{}{}", n, suffix);
}

}  // namespace

std::optional<double> healthTrend(std::span<const double> healths, std::size_t quarters) {
  const std::size_t n = std::min(std::max<std::size_t>(quarters, 2), healths.size());
  if (n < 2) {
    return std::nullopt;
  }
  const std::span<const double> last = healths.subspan(healths.size() - n);
  // x = 0..n-1 (centred below), y = health: slope = sum((x - mx)(y - my)) / sum((x - mx)^2).
  const double meanX = static_cast<double>(n - 1) / 2.0;
  double meanY = 0.0;
  for (const double y : last) {
    meanY += y / static_cast<double>(n);  // healths are 0..100: no overflow either way
  }
  double numerator = 0.0;
  double denominator = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    const double dx = static_cast<double>(i) - meanX;
    numerator += dx * (last[i] - meanY);
    denominator += dx * dx;
  }
  return roundResult(numerator / denominator);
}

void checkTrendShape(std::size_t rows, std::size_t cols) {
  if (rows != 1 && cols != 1) {
    throw InputError(
        fmt::format("history must be one row or one column of health scores, but the range is "
                    "{}x{}.",
                    rows, cols));
  }
}

std::size_t trendQuarters(std::optional<double> quarters) {
  if (!quarters) {
    return kDefaultTrendQuarters;
  }
  const double q = *quarters;
  if (!std::isfinite(q) || q < 2.0 || std::floor(q) != q) {
    throw InputError(
        fmt::format("quarters is {} but must be a whole number of 2 or more.",
                    std::isfinite(q) ? formatNumber(q == 0.0 ? 0.0 : q) : "not a finite number"));
  }
  // More quarters than any history holds: all of it.
  constexpr auto kAll = std::numeric_limits<std::size_t>::max();
  return q >= static_cast<double>(kAll) ? kAll : static_cast<std::size_t>(q);
}

std::vector<double> trendScores(std::span<const Cell> history) {
  std::vector<double> scores;
  for (std::size_t i = 0; i < history.size(); ++i) {
    const Cell& cell = history[i];
    if (cell.isEmpty() || (cell.kind == Cell::Kind::Text && trimSpaces(cell.text).empty())) {
      continue;
    }
    if (cell.kind != Cell::Kind::Number || !std::isfinite(cell.number) || cell.number < 0.0 ||
        cell.number > 100.0) {
      throw InputError(fmt::format(
          "The {} cell of history is {} but must be a health score, a number from 0 to 100.",
          ordinal(i + 1),
          cell.kind == Cell::Kind::Number && !std::isfinite(cell.number) ? "not a finite number"
                                                                         : describeCell(cell)));
    }
    scores.push_back(cell.number == 0.0 ? 0.0 : cell.number);
  }
  return scores;
}

std::optional<double> healthTrend(const CellGrid& history, std::optional<double> quarters) {
  checkTrendShape(history.rows, history.cols);
  const std::size_t n = trendQuarters(quarters);
  const std::vector<double> scores = trendScores(history.cells);
  return healthTrend(scores, n);
}

}  // namespace alliance
