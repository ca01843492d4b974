// ALLIANCE_TREND's arithmetic (contract section 7): the least-squares slope of
// the last N health scores, in points per quarter.
#include <gtest/gtest.h>

#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "core/input_error.h"
#include "core/trend.h"
#include "grid_builder.h"
#include "test_support.h"

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

// ---------------------------------------------------------------------------
// ALLIANCE_TREND on cells: the checks and their sentences
// ---------------------------------------------------------------------------

using test::blank;
using test::errorCell;
using test::Grid;
using test::inputErrorOf;

std::optional<double> trendOf(const Grid& history, std::optional<double> quarters = {}) {
  return healthTrend(history.grid(), quarters);
}

std::string errorOf(const Grid& history, std::optional<double> quarters = {}) {
  return inputErrorOf([&] { return trendOf(history, quarters); });
}

TEST(TrendCells, AColumnOrARowOldestFirst) {
  EXPECT_EQ(trendOf(Grid::column({60, 65, 70, 75})), 5.0);
  EXPECT_EQ(trendOf(Grid::row({75, 70, 65, 60})), -5.0);
}

TEST(TrendCells, DefaultIsTheLastFourQuarters) {
  // 10 and 90 are older than the last four: 50, 52, 54, 56.
  EXPECT_EQ(trendOf(Grid::column({10, 90, 50, 52, 54, 56})), 2.0);
  // over all six: mean 52, dx -2.5..2.5, sum dx dy = 105 - 57 + 1 + 0 + 3 + 10 = 62,
  // sum dx^2 = 17.5 -> 3.542857142857...
  EXPECT_EQ(trendOf(Grid::column({10, 90, 50, 52, 54, 56}), 6), 3.542857143);
  EXPECT_EQ(trendOf(Grid::column({10, 90, 50, 52, 54, 56}), 2), 2.0);
}

TEST(TrendCells, EmptyCellsAreSkipped) {
  // A quarter without a score is left out: 60, 70, 80 are three points, 10 a quarter.
  EXPECT_EQ(trendOf(Grid::column({60, blank(), 70, u"  ", 80})), 10.0);
  EXPECT_EQ(trendOf(Grid::column({blank(), 40, blank(), 46, blank()})), 6.0);
}

TEST(TrendCells, FewerThanTwoScoresHasNoTrend) {
  EXPECT_EQ(trendOf(Grid::column({blank(), blank(), blank()})), std::nullopt);
  EXPECT_EQ(trendOf(Grid::column({blank(), 70, blank()})), std::nullopt);
  EXPECT_EQ(trendOf(Grid::row({70})), std::nullopt);
}

TEST(TrendCells, QuartersBeyondTheHistoryTakeAllOfIt) {
  EXPECT_EQ(trendOf(Grid::column({40, 46}), 8), 6.0);
  EXPECT_EQ(trendOf(Grid::column({40, 46}), 1e308), 6.0);
}

TEST(TrendCells, BoundaryScoresAreAccepted) {
  EXPECT_EQ(trendOf(Grid::row({0, 100})), 100.0);
  EXPECT_EQ(trendOf(Grid::row({100, 0})), -100.0);
  EXPECT_EQ(trendOf(Grid::row({-0.0, 0})), 0.0);
}

TEST(TrendCells, AScoreOutsideZeroToHundredIsAnError) {
  EXPECT_EQ(errorOf(Grid::column({60, 100.5, 70})),
            "The 2nd cell of history is 100.5 but must be a health score, a number from 0 "
            "to 100.");
  EXPECT_EQ(errorOf(Grid::row({-1, 60, 70})),
            "The 1st cell of history is -1 but must be a health score, a number from 0 to 100.");
}

TEST(TrendCells, TextIsAnErrorEvenWhenItLooksLikeANumber) {
  EXPECT_EQ(errorOf(Grid::column({60, 65, u"70"})),
            "The 3rd cell of history is the text \"70\" but must be a health score, a number "
            "from 0 to 100.");
  EXPECT_EQ(errorOf(Grid::column({u"Health", 60, 65})),
            "The 1st cell of history is the text \"Health\" but must be a health score, a "
            "number from 0 to 100.");
}

TEST(TrendCells, EveryScoreIsCheckedNotOnlyTheLastQuarters) {
  // The bad cell is older than the four quarters the trend is taken over.
  EXPECT_EQ(errorOf(Grid::column({150, 60, 61, 62, 63})),
            "The 1st cell of history is 150 but must be a health score, a number from 0 to 100.");
}

TEST(TrendCells, AnErrorValueIsAnError) {
  EXPECT_EQ(errorOf(Grid::column({60, errorCell(), 70})),
            "The 2nd cell of history is an error value but must be a health score, a number "
            "from 0 to 100.");
}

TEST(TrendCells, PositionsAreOrdinals) {
  std::vector<test::V> cells(22, test::V(50));
  for (const auto& [position, word] : std::vector<std::pair<std::size_t, std::string>>{
           {11, "11th"}, {12, "12th"}, {13, "13th"}, {21, "21st"}, {22, "22nd"}, {4, "4th"}}) {
    std::vector<test::V> bad = cells;
    bad[position - 1] = test::V(u"x");
    const Grid history(bad.size(), 1, bad);
    EXPECT_EQ(errorOf(history).rfind("The " + word + " cell of history", 0), 0U) << position;
  }
}

TEST(TrendCells, HistoryMustBeOneRowOrColumn) {
  EXPECT_EQ(errorOf(Grid(2, 2, {60, 65, 70, 75})),
            "history must be one row or one column of health scores, but the range is 2x2.");
  EXPECT_NO_THROW(checkTrendShape(1, 1));
  EXPECT_NO_THROW(checkTrendShape(1048576, 1));
  EXPECT_NO_THROW(checkTrendShape(1, 16384));
  EXPECT_EQ(inputErrorOf([] {
              checkTrendShape(1048576, 16384);
              return 0;
            }),
            "history must be one row or one column of health scores, but the range is "
            "1048576x16384.");
}

TEST(TrendCells, QuartersMustBeAWholeNumberOfTwoOrMore) {
  EXPECT_EQ(trendQuarters(std::nullopt), 4U);
  EXPECT_EQ(trendQuarters(2), 2U);
  EXPECT_EQ(trendQuarters(12), 12U);
  EXPECT_EQ(trendQuarters(1e308), std::numeric_limits<std::size_t>::max());
  const Grid history = Grid::column({60, 65, 70});
  EXPECT_EQ(errorOf(history, 1), "quarters is 1 but must be a whole number of 2 or more.");
  EXPECT_EQ(errorOf(history, 0), "quarters is 0 but must be a whole number of 2 or more.");
  EXPECT_EQ(errorOf(history, -0.0), "quarters is 0 but must be a whole number of 2 or more.");
  EXPECT_EQ(errorOf(history, 2.5), "quarters is 2.5 but must be a whole number of 2 or more.");
  EXPECT_EQ(errorOf(history, -3), "quarters is -3 but must be a whole number of 2 or more.");
  EXPECT_EQ(errorOf(history, std::numeric_limits<double>::infinity()),
            "quarters is not a finite number but must be a whole number of 2 or more.");
}

TEST(TrendCells, ShapeThenQuartersThenScores) {
  // The first problem is the one named, in the order the function checks.
  EXPECT_EQ(errorOf(Grid(2, 2, {u"x", 65, 70, 75}), 1).rfind("history must be one row", 0), 0U);
  EXPECT_EQ(errorOf(Grid::column({u"x", 65}), 1).rfind("quarters is 1", 0), 0U);
}

TEST(TrendCells, ResultIsRoundedToNineDecimals) {
  EXPECT_EQ(trendOf(Grid::row({72.1, 72.2, 72.3})), 0.1);
}

}  // namespace
}  // namespace alliance
