// Contract section 7: results rounded to nine decimals, shown with fewer
// decimals by rounding halves away from zero.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "core/rounding.h"

namespace alliance {
namespace {

TEST(Rounding, ResultsHaveNineDecimals) {
  EXPECT_EQ(roundResult(72.44999999999999), 72.45);
  EXPECT_EQ(roundResult(49.999999999999993), 50.0);
  EXPECT_EQ(roundResult(1.0000000004), 1.0);
  EXPECT_EQ(roundResult(1.0000000006), 1.000000001);
  EXPECT_EQ(roundResult(-1e-12), 0.0);
  EXPECT_FALSE(std::signbit(roundResult(-1e-12)));  // no -0
  EXPECT_EQ(roundResult(6e307), 6e307);             // no decimals left to round
  EXPECT_TRUE(std::isnan(roundResult(std::numeric_limits<double>::quiet_NaN())));
}

TEST(Rounding, HalvesRoundAwayFromZero) {
  EXPECT_EQ(formatScore(72.44999999999999), "72.5");
  EXPECT_EQ(formatScore(72.45), "72.5");
  EXPECT_EQ(formatScore(72.44), "72.4");
  EXPECT_EQ(formatScore(0.05), "0.1");
  EXPECT_EQ(formatScore(0.15), "0.2");  // 0.1499999999999999944 as a double
  EXPECT_EQ(formatScore(-0.05), "-0.1");
  EXPECT_EQ(formatScore(-0.04), "0.0");
  EXPECT_EQ(formatScore(99.95), "100.0");
  EXPECT_EQ(formatScore(9.96), "10.0");
  EXPECT_EQ(formatScore(100.0), "100.0");
  EXPECT_EQ(formatScore(62.5, 0), "63");
  EXPECT_EQ(formatScore(62.4999999999, 0), "63");
  EXPECT_EQ(formatScore(2.675, 2), "2.68");  // 2.67499999999999982236431605997495353221893310546875
}

}  // namespace
}  // namespace alliance
