// Contract section 4: alignment, maturity, maturity level and portfolio action.
#include "core/programme.h"

#include <gtest/gtest.h>

#include <limits>
#include <optional>
#include <string_view>

#include "core/input_error.h"
#include "grid_builder.h"
#include "test_support.h"

namespace alliance {
namespace {

using namespace std::string_view_literals;

using test::blank;
using test::errorCell;
using test::Grid;

constexpr double kEps = 1e-9;

// ---------------------------------------------------------------------------
// ALLIANCE_ALIGNMENT: 1 - mean(|a - b|) / (max - min)
// ---------------------------------------------------------------------------

TEST(Alignment, Formula) {
  // |4-2| + |3-3| + |5-4| = 3 over 3 pairs: mean 1; 1 - 1/4 = 0.75
  const Grid ours = Grid::row({4, 3, 5});
  const Grid theirs = Grid::row({2, 3, 4});
  EXPECT_NEAR(alignment(ours.grid(), theirs.grid()), 0.75, kEps);
}

TEST(Alignment, IdenticalRatingsGiveOne) {
  const Grid ours = Grid::column({1, 2, 5});
  const Grid theirs = Grid::column({1, 2, 5});
  EXPECT_NEAR(alignment(ours.grid(), theirs.grid()), 1.0, kEps);
}

TEST(Alignment, OppositeEndsGiveZero) {
  // |1-5| = 4; 1 - 4/4 = 0
  const Grid ours = Grid::row({1, 5});
  const Grid theirs = Grid::row({5, 1});
  EXPECT_NEAR(alignment(ours.grid(), theirs.grid()), 0.0, kEps);
}

TEST(Alignment, TwoDimensionalRanges) {
  // diffs 0, 0, 0, 1: mean 0.25; 1 - 0.25/4 = 0.9375
  const Grid ours(2, 2, {1, 2, 3, 4});
  const Grid theirs(2, 2, {1, 2, 3, 5});
  EXPECT_NEAR(alignment(ours.grid(), theirs.grid()), 0.9375, kEps);
}

TEST(Alignment, PairsWithAnEmptyCellAreSkipped) {
  // Only the first pair counts: |4-2| = 2; 1 - 2/4 = 0.5
  const Grid ours = Grid::row({4, blank(), 5, blank()});
  const Grid theirs = Grid::row({2, 3, blank(), blank()});
  EXPECT_NEAR(alignment(ours.grid(), theirs.grid()), 0.5, kEps);
}

TEST(Alignment, CustomScale) {
  // scale 0..10: diffs 5 and 0, mean 2.5; 1 - 2.5/10 = 0.75
  const Grid ours = Grid::row({10, 0});
  const Grid theirs = Grid::row({5, 0});
  EXPECT_NEAR(alignment(ours.grid(), theirs.grid(), RatingScale{0, 10}), 0.75, kEps);
}

TEST(Alignment, DifferentShapesAreAnError) {
  const Grid three = Grid::row({1, 2, 3});
  const Grid four = Grid::row({1, 2, 3, 4});
  EXPECT_THROW((void)alignment(three.grid(), four.grid()), InputError);
  const Grid square(2, 2, {1, 2, 3, 4});
  EXPECT_THROW((void)alignment(square.grid(), four.grid()), InputError);
}

TEST(Alignment, RatingOutsideTheScaleIsAnError) {
  const Grid ok = Grid::row({3, 3});
  const Grid high = Grid::row({3, 6});
  const Grid low = Grid::row({0, 3});
  EXPECT_THROW((void)alignment(high.grid(), ok.grid()), InputError);
  EXPECT_THROW((void)alignment(ok.grid(), low.grid()), InputError);
  // 6 is fine on a 0..10 scale: |3-3| + |3-6| = 3, mean 1.5; 1 - 1.5/10 = 0.85
  EXPECT_NEAR(alignment(ok.grid(), high.grid(), RatingScale{0, 10}), 0.85, kEps);
}

TEST(Alignment, NoPairIsAnError) {
  const Grid emptyA = Grid::row({blank(), blank()});
  const Grid emptyB = Grid::row({blank(), blank()});
  EXPECT_THROW((void)alignment(emptyA.grid(), emptyB.grid()), InputError);
  const Grid ours = Grid::row({1, blank()});
  const Grid theirs = Grid::row({blank(), 2});
  EXPECT_THROW((void)alignment(ours.grid(), theirs.grid()), InputError);
}

// Regression (found by the bad-input matrix in Calc, docs/reliability.md): ratings and a
// scale near the largest double overflowed |a - b| and the scale's width, and alignment
// was NaN or -inf (Err:502) for ratings that are within the scale.
TEST(Alignment, RatingsNearTheLargestDoubleDoNotOverflow) {
  const double huge = std::numeric_limits<double>::max();
  const RatingScale wide{-huge, huge};
  const Grid opposite = Grid::row({-huge, huge});
  const Grid reversed = Grid::row({huge, -huge});
  EXPECT_EQ(alignment(opposite.grid(), reversed.grid(), wide), 0.0);
  EXPECT_EQ(alignment(opposite.grid(), opposite.grid(), wide), 1.0);
  // |0 - max| fits, but the sum of two such differences does not: mean 0.5 of the scale
  const Grid ours = Grid::row({0, huge, 0, 0});
  const Grid theirs = Grid::row({huge, 0, 0, 0});
  EXPECT_NEAR(alignment(ours.grid(), theirs.grid(), RatingScale{0, huge}), 0.5, kEps);
}

TEST(Alignment, MinNotBelowMaxIsAnError) {
  const Grid ours = Grid::row({3});
  const Grid theirs = Grid::row({3});
  EXPECT_THROW((void)alignment(ours.grid(), theirs.grid(), RatingScale{3, 3}), InputError);
  EXPECT_THROW((void)alignment(ours.grid(), theirs.grid(), RatingScale{5, 1}), InputError);
}

TEST(Alignment, TextOrErrorCellIsAnError) {
  const Grid ok = Grid::row({3, 4});
  const Grid text = Grid::row({3, u"high"});
  const Grid error = Grid::row({errorCell(), 4});
  EXPECT_THROW((void)alignment(ok.grid(), text.grid()), InputError);
  EXPECT_THROW((void)alignment(error.grid(), ok.grid()), InputError);
}

// ---------------------------------------------------------------------------
// ALLIANCE_MATURITY: yes 1, partial 0.5, no/empty 0, numbers 0..1 as they are
// ---------------------------------------------------------------------------

TEST(Maturity, SumsTheAnswers) {
  // 1 + 0.5 + 0 + 0 + 0.25 + 1 + 0 = 2.75
  const Grid answers = Grid::column({u"yes", u"partial", u"no", blank(), 0.25, 1, 0});
  EXPECT_NEAR(maturity(answers.grid()), 2.75, kEps);
}

TEST(Maturity, AnswersInAnyCaseWithSpaces) {
  // 1 + 0.5 + 0 + 0.5 + 1 = 3
  const Grid answers = Grid::row({u"YES", u"Partial", u" no ", u"  PARTIAL ", u" Yes"});
  EXPECT_NEAR(maturity(answers.grid()), 3.0, kEps);
}

TEST(Maturity, TenYesIsTen) {
  const Grid answers(2, 5, {u"yes", u"yes", u"yes", u"yes", u"yes", 1, 1, 1, 1, 1});
  EXPECT_NEAR(maturity(answers.grid()), 10.0, kEps);
}

TEST(Maturity, AllEmptyIsZero) {
  const Grid answers = Grid::row({blank(), blank(), blank()});
  EXPECT_NEAR(maturity(answers.grid()), 0.0, kEps);
}

TEST(Maturity, MoreThanTenCellsIsAnError) {
  const Grid eleven = Grid::row({1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1});
  EXPECT_THROW((void)maturity(eleven.grid()), InputError);
  const Grid elevenEmpty = Grid::row({blank(), blank(), blank(), blank(), blank(), blank(), blank(),
                                      blank(), blank(), blank(), blank()});
  EXPECT_THROW((void)maturity(elevenEmpty.grid()), InputError);
}

TEST(Maturity, NumberOutsideZeroToOneIsAnError) {
  const Grid high = Grid::row({1.5});
  const Grid low = Grid::row({-0.5});
  EXPECT_THROW((void)maturity(high.grid()), InputError);
  EXPECT_THROW((void)maturity(low.grid()), InputError);
}

TEST(Maturity, UnreadableAnswerIsAnError) {
  const Grid perhaps = Grid::row({u"yes", u"perhaps"});
  const Grid error = Grid::row({u"yes", errorCell()});
  EXPECT_THROW((void)maturity(perhaps.grid()), InputError);
  EXPECT_THROW((void)maturity(error.grid()), InputError);
}

// ---------------------------------------------------------------------------
// ALLIANCE_MATURITY_LEVEL
// ---------------------------------------------------------------------------

TEST(MaturityLevel, Bands) {
  EXPECT_EQ(maturityLevel(0), "Ad hoc"sv);
  EXPECT_EQ(maturityLevel(2.999), "Ad hoc"sv);
  EXPECT_EQ(maturityLevel(3), "Developing"sv);
  EXPECT_EQ(maturityLevel(4.999), "Developing"sv);
  EXPECT_EQ(maturityLevel(5), "Defined"sv);
  EXPECT_EQ(maturityLevel(6.999), "Defined"sv);
  EXPECT_EQ(maturityLevel(7), "Managed"sv);
  EXPECT_EQ(maturityLevel(8.999), "Managed"sv);
  EXPECT_EQ(maturityLevel(9), "Optimised"sv);
  EXPECT_EQ(maturityLevel(10), "Optimised"sv);
}

TEST(MaturityLevel, OfAMaturitySumExactlyOnABoundary) {
  // 0.4 + 1 + 0.7 + 0.9 = 3 -> Developing
  const Grid answers = Grid::row({0.4, 1, 0.7, 0.9});
  const double score = maturity(answers.grid());
  EXPECT_NEAR(score, 3.0, kEps);
  EXPECT_EQ(maturityLevel(score), "Developing"sv) << "maturity computed as " << score;
}

TEST(MaturityLevel, ScoreOutsideZeroToTenIsAnError) {
  EXPECT_THROW((void)maturityLevel(-1), InputError);
  EXPECT_THROW((void)maturityLevel(-0.001), InputError);
  EXPECT_THROW((void)maturityLevel(10.5), InputError);
  EXPECT_THROW((void)maturityLevel(std::numeric_limits<double>::quiet_NaN()), InputError);
}

// ---------------------------------------------------------------------------
// ALLIANCE_ACTION
// ---------------------------------------------------------------------------

TEST(Action, Words) {
  EXPECT_EQ(actionWord(Action::Grow), "Grow"sv);
  EXPECT_EQ(actionWord(Action::Sustain), "Sustain"sv);
  EXPECT_EQ(actionWord(Action::Fix), "Fix"sv);
  EXPECT_EQ(actionWord(Action::ExitReview), "Exit review"sv);
}

TEST(Action, GrowFromSeventy) {
  EXPECT_EQ(portfolioAction(70, std::nullopt, std::nullopt), Action::Grow);
  EXPECT_EQ(portfolioAction(100, std::nullopt, std::nullopt), Action::Grow);
  // Even after a big drop and with red quarters, >= 70 is Grow.
  EXPECT_EQ(portfolioAction(70, 95.0, 3.0), Action::Grow);
}

TEST(Action, MiddleBandFixAfterADropOfFiveOrMore) {
  // 75 - 69.9 = 5.1 >= 5
  EXPECT_EQ(portfolioAction(69.9, 75.0, std::nullopt), Action::Fix);
  // 70 - 65 = 5 exactly
  EXPECT_EQ(portfolioAction(65, 70.0, std::nullopt), Action::Fix);
}

TEST(Action, MiddleBandDropOfExactlyFiveInDecimalsIsFix) {
  // 65.1 - 60.1 = 5 >= 5
  EXPECT_EQ(portfolioAction(60.1, 65.1, std::nullopt), Action::Fix);
}

TEST(Action, MiddleBandSustainOtherwise) {
  // 74 - 69.9 = 4.1 < 5
  EXPECT_EQ(portfolioAction(69.9, 74.0, std::nullopt), Action::Sustain);
  EXPECT_EQ(portfolioAction(69.9, std::nullopt, std::nullopt), Action::Sustain);
  // Improving
  EXPECT_EQ(portfolioAction(60, 40.0, std::nullopt), Action::Sustain);
}

TEST(Action, FiftyIsInTheMiddleBand) {
  EXPECT_EQ(portfolioAction(50, std::nullopt, std::nullopt), Action::Sustain);
  // red quarters do not matter in the middle band
  EXPECT_EQ(portfolioAction(50, std::nullopt, 3.0), Action::Sustain);
  // 55 - 50 = 5
  EXPECT_EQ(portfolioAction(50, 55.0, std::nullopt), Action::Fix);
}

TEST(Action, BelowFiftyExitReviewFromTwoRedQuarters) {
  EXPECT_EQ(portfolioAction(49.9, std::nullopt, 2.0), Action::ExitReview);
  EXPECT_EQ(portfolioAction(10, 60.0, 5.0), Action::ExitReview);
}

TEST(Action, BelowFiftyFixOtherwise) {
  EXPECT_EQ(portfolioAction(49.9, std::nullopt, 1.0), Action::Fix);
  EXPECT_EQ(portfolioAction(49.9, std::nullopt, 0.0), Action::Fix);
  EXPECT_EQ(portfolioAction(0, std::nullopt, std::nullopt), Action::Fix);
  // a small drop below 50 is still Fix, not Sustain
  EXPECT_EQ(portfolioAction(49, 50.0, std::nullopt), Action::Fix);
}

TEST(Action, InvalidQuartersRedIsAnError) {
  EXPECT_THROW((void)portfolioAction(40, std::nullopt, 1.5), InputError);
  EXPECT_THROW((void)portfolioAction(40, std::nullopt, -1.0), InputError);
}

TEST(Action, InvalidQuartersRedIsAnErrorInEveryBand) {
  EXPECT_THROW((void)portfolioAction(80, std::nullopt, 1.5), InputError);
  EXPECT_THROW((void)portfolioAction(60, std::nullopt, -1.0), InputError);
}

TEST(Action, HealthOutsideZeroToHundredIsAnError) {
  EXPECT_THROW((void)portfolioAction(101, std::nullopt, std::nullopt), InputError);
  EXPECT_THROW((void)portfolioAction(-1, std::nullopt, std::nullopt), InputError);
  EXPECT_THROW(
      (void)portfolioAction(std::numeric_limits<double>::quiet_NaN(), std::nullopt, std::nullopt),
      InputError);
}

TEST(Action, PreviousHealthOutsideZeroToHundredIsAnError) {
  EXPECT_THROW((void)portfolioAction(60, 101.0, std::nullopt), InputError);
  EXPECT_THROW((void)portfolioAction(60, -5.0, std::nullopt), InputError);
}

}  // namespace
}  // namespace alliance
