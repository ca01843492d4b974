// ALLIANCE_TREND's arithmetic (contract section 7): the least-squares slope of
// the last N health scores, in points per quarter.
#include <gtest/gtest.h>

#include <vector>

#include "core/trend.h"

namespace alliance {
namespace {

TEST(Trend, SteadyRiseIsItsStep) {
  const std::vector<double> h{60, 65, 70, 75};
  EXPECT_EQ(healthTrend(h), 5.0);
}

TEST(Trend, FallIsNegative) {
  const std::vector<double> h{80, 70, 60};
  EXPECT_EQ(healthTrend(h), -10.0);
}

TEST(Trend, OnlyTheLastQuartersCount) {
  // 10, 90 are older than the last four: 50, 52, 54, 56 -> 2 per quarter.
  const std::vector<double> h{10, 90, 50, 52, 54, 56};
  EXPECT_EQ(healthTrend(h, 4), 2.0);
  EXPECT_EQ(healthTrend(h, 2), 2.0);
}

TEST(Trend, LeastSquaresThroughScatter) {
  // x 0..3, y 1, 3, 2, 6: slope = (−1.5·−2 + −0.5·0 + 0.5·−1 + 1.5·3) / 5 = 7 / 5.
  const std::vector<double> h{1, 3, 2, 6};
  EXPECT_DOUBLE_EQ(*healthTrend(h), 1.4);
}

TEST(Trend, FewerValuesThanQuartersUsesWhatThereIs) {
  const std::vector<double> h{40, 46};
  EXPECT_EQ(healthTrend(h, 8), 6.0);
}

TEST(Trend, FewerThanTwoValuesHasNoTrend) {
  EXPECT_FALSE(healthTrend(std::vector<double>{}).has_value());
  EXPECT_FALSE(healthTrend(std::vector<double>{70}).has_value());
}

TEST(Trend, ResultIsRoundedToNineDecimals) {
  const std::vector<double> h{72.1, 72.2, 72.3};
  EXPECT_EQ(healthTrend(h), 0.1);  // not 0.09999999999999432
}

}  // namespace
}  // namespace alliance
