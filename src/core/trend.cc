#include "core/trend.h"

#include <algorithm>

#include "core/rounding.h"

namespace alliance {

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

}  // namespace alliance
