// Contract section 2: the five dimensions, health, weights and status.
#include "core/scoring.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <optional>

#include "core/input_error.h"
#include "core/metrics.h"
#include "grid_builder.h"
#include "test_support.h"

namespace alliance {
namespace {

using test::blank;
using test::errorCell;
using test::Grid;
using test::valuesOf;

constexpr double kEps = 1e-9;
constexpr double kYes = 1.0;
constexpr double kNo = 0.0;

std::optional<double> dim(const MetricValues& v, Dimension d) { return scoreDimensions(v).get(d); }

double scoreOf(const MetricValues& v, Dimension d) {
  const std::optional<double> s = dim(v, d);
  EXPECT_TRUE(s.has_value()) << dimensionTitle(d) << " should be available";
  return s.value_or(std::numeric_limits<double>::quiet_NaN());
}

DimensionScores scores(std::optional<double> s, std::optional<double> x, std::optional<double> c,
                       std::optional<double> r, std::optional<double> g) {
  DimensionScores out;
  if (s) out.set(Dimension::Strategy, *s);
  if (x) out.set(Dimension::Execution, *x);
  if (c) out.set(Dimension::Commitment, *c);
  if (r) out.set(Dimension::Trust, *r);
  if (g) out.set(Dimension::Governance, *g);
  return out;
}

Weights weights(double s, double x, double c, double r, double g) {
  Weights w;
  w.w = {s, x, c, r, g};
  return w;
}

// ---------------------------------------------------------------------------
// Names of the dimensions
// ---------------------------------------------------------------------------

TEST(DimensionNames, Titles) {
  EXPECT_EQ(dimensionTitle(Dimension::Strategy), "Strategy");
  EXPECT_EQ(dimensionTitle(Dimension::Execution), "Execution");
  EXPECT_EQ(dimensionTitle(Dimension::Commitment), "Commitment");
  EXPECT_EQ(dimensionTitle(Dimension::Trust), "Trust");
  EXPECT_EQ(dimensionTitle(Dimension::Governance), "Governance");
}

TEST(DimensionNames, ParseInAnyCase) {
  EXPECT_EQ(parseDimension(u"strategy"), Dimension::Strategy);
  EXPECT_EQ(parseDimension(u"EXECUTION"), Dimension::Execution);
  EXPECT_EQ(parseDimension(u"Commitment"), Dimension::Commitment);
  EXPECT_EQ(parseDimension(u"  trust "), Dimension::Trust);
  EXPECT_EQ(parseDimension(u"GoVeRnAnCe"), Dimension::Governance);
}

TEST(DimensionNames, OtherNamesAreNotDimensions) {
  EXPECT_EQ(parseDimension(u"health"), std::nullopt);
  EXPECT_EQ(parseDimension(u"strateg"), std::nullopt);
  EXPECT_EQ(parseDimension(u""), std::nullopt);
}

// ---------------------------------------------------------------------------
// Strategy: c = map/10 (halved without sign-off), S = 100 x mean of known {c, goal}
// ---------------------------------------------------------------------------

TEST(Strategy, MeanOfMapAndGoalWithSignoff) {
  // c = 8/10 = 0.8 (signed off); S = 100 x (0.8 + 0.7) / 2 = 75
  const auto v = valuesOf(
      {{Metric::MapElements, 8}, {Metric::ExecSignoff, kYes}, {Metric::GoalAlignment, 0.7}});
  EXPECT_NEAR(scoreOf(v, Dimension::Strategy), 75.0, kEps);
}

TEST(Strategy, NoSignoffHalvesC) {
  // c = 8/10 / 2 = 0.4; S = 100 x (0.4 + 0.7) / 2 = 55
  const auto v = valuesOf(
      {{Metric::MapElements, 8}, {Metric::ExecSignoff, kNo}, {Metric::GoalAlignment, 0.7}});
  EXPECT_NEAR(scoreOf(v, Dimension::Strategy), 55.0, kEps);
}

TEST(Strategy, UnknownSignoffDoesNotHalveC) {
  // c = 0.8, goal unknown: S = 100 x 0.8 = 80
  const auto v = valuesOf({{Metric::MapElements, 8}});
  EXPECT_NEAR(scoreOf(v, Dimension::Strategy), 80.0, kEps);
}

TEST(Strategy, MapAloneWithoutSignoff) {
  // c = 10/10 / 2 = 0.5; S = 50
  const auto v = valuesOf({{Metric::MapElements, 10}, {Metric::ExecSignoff, kNo}});
  EXPECT_NEAR(scoreOf(v, Dimension::Strategy), 50.0, kEps);
}

TEST(Strategy, GoalAlone) {
  // S = 100 x 0.6 = 60
  EXPECT_NEAR(scoreOf(valuesOf({{Metric::GoalAlignment, 0.6}}), Dimension::Strategy), 60.0, kEps);
}

TEST(Strategy, NotAvailableWithoutItsInputs) {
  EXPECT_EQ(dim(valuesOf({{Metric::Trust, 3}}), Dimension::Strategy), std::nullopt);
}

// ---------------------------------------------------------------------------
// Execution: a = clamp(actual/target); with pipeline 100 (0.6 a + 0.4 p), else 100 a
// ---------------------------------------------------------------------------

TEST(Execution, WithoutPipelineIsAttainment) {
  // a = 50/100 = 0.5; X = 50
  const auto v = valuesOf({{Metric::RevenueTarget, 100}, {Metric::RevenueActual, 50}});
  EXPECT_NEAR(scoreOf(v, Dimension::Execution), 50.0, kEps);
}

TEST(Execution, WithPipeline) {
  // a = 0.5; r = 100 - 50 = 50; p = clamp(120 / 150) = 0.8
  // X = 100 x (0.6 x 0.5 + 0.4 x 0.8) = 30 + 32 = 62
  const auto v = valuesOf(
      {{Metric::RevenueTarget, 100}, {Metric::RevenueActual, 50}, {Metric::Pipeline, 120}});
  EXPECT_NEAR(scoreOf(v, Dimension::Execution), 62.0, kEps);
}

// Regression: with target and pipeline near 6e307 and nothing sold, 3 x remaining
// overflowed to infinity and Execution scored 0, while the QBR text said the
// pipeline covers the gap 1.0 times. a = 0; p = 6e307 / (3 x 6e307) = 1/3; X = 13.33...
TEST(Execution, TargetsNearTheLargestDoubleKeepThePipelineScore) {
  const auto v = valuesOf(
      {{Metric::RevenueTarget, 6e307}, {Metric::RevenueActual, 0}, {Metric::Pipeline, 6e307}});
  EXPECT_NEAR(scoreOf(v, Dimension::Execution), 40.0 / 3.0, kEps);
}

TEST(Execution, PipelineCoverageIsClampedToOne) {
  // a = 0.4; r = 60; p = clamp(300 / 180) = 1; X = 100 x (0.24 + 0.4) = 64
  const auto v = valuesOf(
      {{Metric::RevenueTarget, 100}, {Metric::RevenueActual, 40}, {Metric::Pipeline, 300}});
  EXPECT_NEAR(scoreOf(v, Dimension::Execution), 64.0, kEps);
}

TEST(Execution, ActualAtTargetMeansPipelineScoreOne) {
  // a = 1; r = 0 so p = 1 whatever the pipeline; X = 100
  const auto v =
      valuesOf({{Metric::RevenueTarget, 100}, {Metric::RevenueActual, 100}, {Metric::Pipeline, 0}});
  EXPECT_NEAR(scoreOf(v, Dimension::Execution), 100.0, kEps);
}

TEST(Execution, ActualAboveTargetClampsAttainmentAndPipelineScoreOne) {
  // a = clamp(150/100) = 1; r = max(-50, 0) = 0 so p = 1; X = 100
  const auto v =
      valuesOf({{Metric::RevenueTarget, 100}, {Metric::RevenueActual, 150}, {Metric::Pipeline, 0}});
  EXPECT_NEAR(scoreOf(v, Dimension::Execution), 100.0, kEps);
}

TEST(Execution, ActualAboveTargetWithoutPipelineIsClamped) {
  // a = clamp(250/200) = 1; X = 100 (not 125)
  const auto v = valuesOf({{Metric::RevenueTarget, 200}, {Metric::RevenueActual, 250}});
  EXPECT_NEAR(scoreOf(v, Dimension::Execution), 100.0, kEps);
}

TEST(Execution, NothingSoldAndNoPipelineIsZero) {
  // a = 0; r = 100; p = 0/300 = 0; X = 0
  const auto v =
      valuesOf({{Metric::RevenueTarget, 100}, {Metric::RevenueActual, 0}, {Metric::Pipeline, 0}});
  EXPECT_NEAR(scoreOf(v, Dimension::Execution), 0.0, kEps);
}

TEST(Execution, NeedsBothTargetAndActual) {
  EXPECT_EQ(
      dim(valuesOf({{Metric::RevenueTarget, 100}, {Metric::Pipeline, 50}}), Dimension::Execution),
      std::nullopt);
  EXPECT_EQ(
      dim(valuesOf({{Metric::RevenueActual, 100}, {Metric::Pipeline, 50}}), Dimension::Execution),
      std::nullopt);
  EXPECT_EQ(dim(valuesOf({{Metric::Pipeline, 50}}), Dimension::Execution), std::nullopt);
}

// ---------------------------------------------------------------------------
// Commitment: resources 0.4, exec_sponsor 0.2, sales_sponsor 0.2, stability 0.2,
// renormalised over the known parts
// ---------------------------------------------------------------------------

TEST(Commitment, AllParts) {
  // resources = 8/10 = 0.8; exec 1; sales 0; 1 change -> 0.6
  // C = 100 x (0.4 x 0.8 + 0.2 x 1 + 0.2 x 0 + 0.2 x 0.6) = 100 x 0.64 = 64
  const auto v = valuesOf({{Metric::ResourcesCommitted, 10},
                           {Metric::ResourcesActual, 8},
                           {Metric::ExecSponsor, kYes},
                           {Metric::SalesSponsor, kNo},
                           {Metric::ManagerChanges, 1}});
  EXPECT_NEAR(scoreOf(v, Dimension::Commitment), 64.0, kEps);
}

TEST(Commitment, ResourcesAboveCommittedAreClamped) {
  // resources = clamp(12/10) = 1; C = 100 x 0.4 x 1 / 0.4 = 100
  const auto v = valuesOf({{Metric::ResourcesCommitted, 10}, {Metric::ResourcesActual, 12}});
  EXPECT_NEAR(scoreOf(v, Dimension::Commitment), 100.0, kEps);
}

TEST(Commitment, RenormalisedOverSponsorsOnly) {
  // (0.2 x 1 + 0.2 x 0) / 0.4 = 0.5; C = 50
  const auto v = valuesOf({{Metric::ExecSponsor, kYes}, {Metric::SalesSponsor, kNo}});
  EXPECT_NEAR(scoreOf(v, Dimension::Commitment), 50.0, kEps);
}

TEST(Commitment, RenormalisedOverResourcesAndStability) {
  // resources = 5/10 = 0.5; 0 changes -> 1
  // (0.4 x 0.5 + 0.2 x 1) / 0.6 = 0.4 / 0.6; C = 66.666...
  const auto v = valuesOf({{Metric::ResourcesCommitted, 10},
                           {Metric::ResourcesActual, 5},
                           {Metric::ManagerChanges, 0}});
  EXPECT_NEAR(scoreOf(v, Dimension::Commitment), 100.0 * 0.4 / 0.6, kEps);
}

TEST(Commitment, ResourcesNeedBothCommittedAndActual) {
  // Only committed: the resources part is missing; exec sponsor yes -> 0.2 x 1 / 0.2 = 1
  const auto v = valuesOf({{Metric::ResourcesCommitted, 10}, {Metric::ExecSponsor, kYes}});
  EXPECT_NEAR(scoreOf(v, Dimension::Commitment), 100.0, kEps);
  // Only actual: likewise; exec sponsor no -> 0
  const auto w = valuesOf({{Metric::ResourcesActual, 1}, {Metric::ExecSponsor, kNo}});
  EXPECT_NEAR(scoreOf(w, Dimension::Commitment), 0.0, kEps);
}

TEST(Commitment, ManagerStabilityByNumberOfChanges) {
  // stability alone: 0 -> 1, 1 -> 0.6, 2 -> 0, 3 -> 0
  EXPECT_NEAR(scoreOf(valuesOf({{Metric::ManagerChanges, 0}}), Dimension::Commitment), 100.0, kEps);
  EXPECT_NEAR(scoreOf(valuesOf({{Metric::ManagerChanges, 1}}), Dimension::Commitment), 60.0, kEps);
  EXPECT_NEAR(scoreOf(valuesOf({{Metric::ManagerChanges, 2}}), Dimension::Commitment), 0.0, kEps);
  EXPECT_NEAR(scoreOf(valuesOf({{Metric::ManagerChanges, 3}}), Dimension::Commitment), 0.0, kEps);
}

TEST(Commitment, NotAvailableWithoutItsInputs) {
  EXPECT_EQ(dim(valuesOf({{Metric::Jbp, kYes}}), Dimension::Commitment), std::nullopt);
  // committed alone cannot give the resources part, and nothing else is known
  EXPECT_EQ(dim(valuesOf({{Metric::ResourcesCommitted, 10}}), Dimension::Commitment), std::nullopt);
}

// ---------------------------------------------------------------------------
// Trust: R = 100 (trust - 1) / 4
// ---------------------------------------------------------------------------

TEST(Trust, Scale) {
  EXPECT_NEAR(scoreOf(valuesOf({{Metric::Trust, 1}}), Dimension::Trust), 0.0, kEps);
  EXPECT_NEAR(scoreOf(valuesOf({{Metric::Trust, 3}}), Dimension::Trust), 50.0, kEps);
  // 100 x (4.2 - 1) / 4 = 80
  EXPECT_NEAR(scoreOf(valuesOf({{Metric::Trust, 4.2}}), Dimension::Trust), 80.0, kEps);
  EXPECT_NEAR(scoreOf(valuesOf({{Metric::Trust, 5}}), Dimension::Trust), 100.0, kEps);
}

TEST(Trust, NotAvailableWithoutTrust) {
  EXPECT_EQ(dim(valuesOf({{Metric::MapElements, 5}}), Dimension::Trust), std::nullopt);
}

// ---------------------------------------------------------------------------
// Governance: jbp 0.4, QBR recency 0.4 (1 up to 100 days, 0 from 200), exit_plan 0.2
// ---------------------------------------------------------------------------

TEST(Governance, QbrRecencyBoundaries) {
  // recency alone: G = 100 x recency
  EXPECT_NEAR(scoreOf(valuesOf({{Metric::DaysSinceQbr, 0}}), Dimension::Governance), 100.0, kEps);
  EXPECT_NEAR(scoreOf(valuesOf({{Metric::DaysSinceQbr, 100}}), Dimension::Governance), 100.0, kEps);
  // 1 - (120 - 100) / 100 = 0.8
  EXPECT_NEAR(scoreOf(valuesOf({{Metric::DaysSinceQbr, 120}}), Dimension::Governance), 80.0, kEps);
  // 1 - (150 - 100) / 100 = 0.5
  EXPECT_NEAR(scoreOf(valuesOf({{Metric::DaysSinceQbr, 150}}), Dimension::Governance), 50.0, kEps);
  EXPECT_NEAR(scoreOf(valuesOf({{Metric::DaysSinceQbr, 200}}), Dimension::Governance), 0.0, kEps);
  EXPECT_NEAR(scoreOf(valuesOf({{Metric::DaysSinceQbr, 365}}), Dimension::Governance), 0.0, kEps);
}

TEST(Governance, AllParts) {
  // jbp no 0; recency(150) = 0.5; exit yes 1
  // G = 100 x (0.4 x 0 + 0.4 x 0.5 + 0.2 x 1) = 40
  const auto v =
      valuesOf({{Metric::Jbp, kNo}, {Metric::DaysSinceQbr, 150}, {Metric::ExitPlan, kYes}});
  EXPECT_NEAR(scoreOf(v, Dimension::Governance), 40.0, kEps);
}

TEST(Governance, AllGood) {
  const auto v =
      valuesOf({{Metric::Jbp, kYes}, {Metric::DaysSinceQbr, 100}, {Metric::ExitPlan, kYes}});
  EXPECT_NEAR(scoreOf(v, Dimension::Governance), 100.0, kEps);
}

TEST(Governance, RenormalisedWithoutQbr) {
  // (0.4 x 1 + 0.2 x 0) / 0.6 = 0.666...
  const auto v = valuesOf({{Metric::Jbp, kYes}, {Metric::ExitPlan, kNo}});
  EXPECT_NEAR(scoreOf(v, Dimension::Governance), 100.0 * 0.4 / 0.6, kEps);
}

TEST(Governance, RenormalisedWithoutJbp) {
  // recency(180) = 0.2; exit yes: (0.4 x 0.2 + 0.2 x 1) / 0.6 = 0.28 / 0.6
  const auto v = valuesOf({{Metric::DaysSinceQbr, 180}, {Metric::ExitPlan, kYes}});
  EXPECT_NEAR(scoreOf(v, Dimension::Governance), 100.0 * 0.28 / 0.6, kEps);
}

TEST(Governance, NotAvailableWithoutItsInputs) {
  EXPECT_EQ(dim(valuesOf({{Metric::Trust, 4}}), Dimension::Governance), std::nullopt);
}

// ---------------------------------------------------------------------------
// ALLIANCE_DIMENSION-style not available
// ---------------------------------------------------------------------------

TEST(DimensionScores, OnlyDimensionsWithInputsAreAvailable) {
  const DimensionScores s = scoreDimensions(valuesOf({{Metric::Trust, 3}}));
  EXPECT_EQ(s.get(Dimension::Strategy), std::nullopt);
  EXPECT_EQ(s.get(Dimension::Execution), std::nullopt);
  EXPECT_EQ(s.get(Dimension::Commitment), std::nullopt);
  EXPECT_EQ(s.get(Dimension::Governance), std::nullopt);
  ASSERT_TRUE(s.get(Dimension::Trust).has_value());
  EXPECT_NEAR(*s.get(Dimension::Trust), 50.0, kEps);
  EXPECT_TRUE(s.anyAvailable());
}

TEST(DimensionScores, NothingKnownMeansNothingAvailable) {
  const DimensionScores s = scoreDimensions(MetricValues{});
  EXPECT_FALSE(s.anyAvailable());
  for (Dimension d : kAllDimensions) EXPECT_EQ(s.get(d), std::nullopt);
}

// ---------------------------------------------------------------------------
// Health: weighted mean over the available dimensions
// ---------------------------------------------------------------------------

TEST(Health, DefaultWeightsOverAllDimensions) {
  // 0.25 x 80 + 0.30 x 60 + 0.20 x 50 + 0.15 x 40 + 0.10 x 100 = 20 + 18 + 10 + 6 + 10 = 64
  EXPECT_NEAR(health(scores(80, 60, 50, 40, 100)), 64.0, kEps);
}

TEST(Health, RenormalisesOverAvailableDimensions) {
  // (0.25 x 80 + 0.15 x 40) / (0.25 + 0.15) = 26 / 0.4 = 65
  EXPECT_NEAR(health(scores(80, std::nullopt, std::nullopt, 40, std::nullopt)), 65.0, kEps);
  // one dimension alone is the health
  EXPECT_NEAR(health(scores(std::nullopt, std::nullopt, 33, std::nullopt, std::nullopt)), 33.0,
              kEps);
}

TEST(Health, NoAvailableDimensionIsAnError) {
  EXPECT_THROW((void)health(DimensionScores{}), InputError);
  EXPECT_THROW((void)health(MetricValues{}), InputError);
}

TEST(Health, FromMetricsEndToEnd) {
  // S: c = 0.8, goal 0.7              -> 75
  // X: a = 0.5, p = 120 / 150 = 0.8   -> 62
  // C: 0.32 + 0.2 + 0 + 0.12          -> 64
  // R: 100 x 3.2 / 4                  -> 80
  // G: 0.4 + 0.4 x 0.5 + 0.2          -> 80
  // health = 0.25 x 75 + 0.3 x 62 + 0.2 x 64 + 0.15 x 80 + 0.1 x 80
  //        = 18.75 + 18.6 + 12.8 + 12 + 8 = 70.15
  const auto v = valuesOf({{Metric::MapElements, 8},
                           {Metric::ExecSignoff, kYes},
                           {Metric::GoalAlignment, 0.7},
                           {Metric::RevenueTarget, 100},
                           {Metric::RevenueActual, 50},
                           {Metric::Pipeline, 120},
                           {Metric::ResourcesCommitted, 10},
                           {Metric::ResourcesActual, 8},
                           {Metric::ExecSponsor, kYes},
                           {Metric::SalesSponsor, kNo},
                           {Metric::ManagerChanges, 1},
                           {Metric::Trust, 4.2},
                           {Metric::Jbp, kYes},
                           {Metric::DaysSinceQbr, 150},
                           {Metric::ExitPlan, kYes}});
  EXPECT_NEAR(health(v), 70.15, kEps);
}

// Contract section 7: the version-2 metrics feed no dimension, so a workbook that adds
// them scores exactly as before, and alone they score nothing.
TEST(Health, VersionTwoMetricsChangeNoScore) {
  MetricValues v1 = valuesOf({{Metric::MapElements, 6},
                              {Metric::ExecSignoff, kNo},
                              {Metric::RevenueTarget, 1000},
                              {Metric::RevenueActual, 400},
                              {Metric::Trust, 2.5},
                              {Metric::Jbp, kNo}});
  MetricValues v2 = v1;
  v2.set(Metric::TrustGap, 4);
  v2.set(Metric::OpenChanges, 12);
  v2.set(Metric::QuartersDeclining, 9);
  EXPECT_EQ(health(v2), health(v1));
  for (const Dimension d : kAllDimensions) {
    EXPECT_EQ(dim(v2, d), dim(v1, d)) << dimensionTitle(d);
  }
  const auto only =
      valuesOf({{Metric::TrustGap, 0}, {Metric::OpenChanges, 0}, {Metric::QuartersDeclining, 0}});
  for (const Dimension d : kAllDimensions) {
    EXPECT_FALSE(dim(only, d).has_value()) << dimensionTitle(d);
  }
  EXPECT_THROW((void)health(only), InputError);
}

TEST(Health, BestAndWorstInputsGiveHundredAndZero) {
  const auto best = valuesOf({{Metric::MapElements, 10},
                              {Metric::ExecSignoff, kYes},
                              {Metric::GoalAlignment, 1},
                              {Metric::RevenueTarget, 100},
                              {Metric::RevenueActual, 200},
                              {Metric::Pipeline, 0},
                              {Metric::ResourcesCommitted, 10},
                              {Metric::ResourcesActual, 20},
                              {Metric::ExecSponsor, kYes},
                              {Metric::SalesSponsor, kYes},
                              {Metric::ManagerChanges, 0},
                              {Metric::Trust, 5},
                              {Metric::Jbp, kYes},
                              {Metric::DaysSinceQbr, 0},
                              {Metric::ExitPlan, kYes},
                              {Metric::AccountConflicts, 0}});
  const auto worst = valuesOf({{Metric::MapElements, 0},
                               {Metric::ExecSignoff, kNo},
                               {Metric::GoalAlignment, 0},
                               {Metric::RevenueTarget, 100},
                               {Metric::RevenueActual, 0},
                               {Metric::Pipeline, 0},
                               {Metric::ResourcesCommitted, 10},
                               {Metric::ResourcesActual, 0},
                               {Metric::ExecSponsor, kNo},
                               {Metric::SalesSponsor, kNo},
                               {Metric::ManagerChanges, 5},
                               {Metric::Trust, 1},
                               {Metric::Jbp, kNo},
                               {Metric::DaysSinceQbr, 1000},
                               {Metric::ExitPlan, kNo},
                               {Metric::AccountConflicts, 9}});
  EXPECT_NEAR(health(best), 100.0, kEps);
  EXPECT_NEAR(health(worst), 0.0, kEps);
}

TEST(Health, AlwaysWithinZeroAndHundred) {
  // A spread of valid inputs, including the extremes of every range.
  for (double map : {0.0, 3.0, 10.0}) {
    for (double actual : {0.0, 70.0, 1e9}) {
      for (double trust : {1.0, 2.5, 5.0}) {
        for (double days : {0.0, 150.0, 1e6}) {
          const auto v = valuesOf({{Metric::MapElements, map},
                                   {Metric::ExecSignoff, kNo},
                                   {Metric::RevenueTarget, 100},
                                   {Metric::RevenueActual, actual},
                                   {Metric::Pipeline, 1e12},
                                   {Metric::ResourcesCommitted, 0.5},
                                   {Metric::ResourcesActual, actual},
                                   {Metric::ManagerChanges, 7},
                                   {Metric::Trust, trust},
                                   {Metric::DaysSinceQbr, days}});
          const double h = health(v);
          EXPECT_GE(h, 0.0);
          EXPECT_LE(h, 100.0);
          for (Dimension d : kAllDimensions) {
            if (auto s = scoreDimensions(v).get(d)) {
              EXPECT_GE(*s, 0.0) << dimensionTitle(d);
              EXPECT_LE(*s, 100.0) << dimensionTitle(d);
            }
          }
        }
      }
    }
  }
}

// ---------------------------------------------------------------------------
// Custom weights
// ---------------------------------------------------------------------------

TEST(Weights, DefaultsAreTheContractWeights) {
  const Weights w;
  EXPECT_EQ(w.w[0], 0.25);
  EXPECT_EQ(w.w[1], 0.30);
  EXPECT_EQ(w.w[2], 0.20);
  EXPECT_EQ(w.w[3], 0.15);
  EXPECT_EQ(w.w[4], 0.10);
}

TEST(Weights, CustomWeightsAreUsed) {
  // (1 x 80 + 1 x 60 + 2 x 50 + 0 x 40 + 0 x 100) / 4 = 240 / 4 = 60
  EXPECT_NEAR(health(scores(80, 60, 50, 40, 100), weights(1, 1, 2, 0, 0)), 60.0, kEps);
}

TEST(Weights, ZeroWeightExcludesADimension) {
  // Trust weighted 0: (0.25 x 80 + 0.30 x 60) / 0.55 = 38 / 0.55
  EXPECT_NEAR(
      health(scores(80, 60, std::nullopt, 0, std::nullopt), weights(0.25, 0.3, 0.2, 0, 0.1)),
      38.0 / 0.55, kEps);
}

TEST(Weights, OnlyZeroWeightDimensionsAvailableIsAnError) {
  EXPECT_THROW((void)health(scores(80, std::nullopt, std::nullopt, std::nullopt, std::nullopt),
                            weights(0, 1, 1, 1, 1)),
               InputError);
  EXPECT_THROW((void)health(valuesOf({{Metric::Trust, 4}}), weights(1, 1, 1, 0, 1)), InputError);
}

// Regression (found by the bad-input matrix in Calc, docs/reliability.md): five weights
// of 1E308 overflowed the weighted sums and health was NaN (Err:502) instead of the
// same score as five equal weights.
TEST(Weights, HugeWeightsGiveTheSameHealthAsEqualOnes) {
  const double huge = std::numeric_limits<double>::max();
  const DimensionScores s = scores(80, 60, 50, 40, 100);
  EXPECT_NEAR(health(s, weights(huge, huge, huge, huge, huge)), 66.0, kEps);
  EXPECT_NEAR(health(s, weights(1e308, 1e308, 0, 0, 0)), 70.0, kEps);
  // 1e308 x 100 overflows even when the total of the weights does not
  EXPECT_NEAR(health(scores(100, 0, std::nullopt, std::nullopt, std::nullopt),
                     weights(1e307, 1e306, 0, 0, 0)),
              100.0 / 1.1, kEps);
}

// Regression: weights in the subnormal range lost their digits in the products
// (58.64 for these scores where the same weights, scaled up, give 58.66).
TEST(Weights, SubnormalWeightsGiveTheSameHealthAsScaledOnes) {
  const DimensionScores s = scores(81.3, 62.7, 55.1, 43.9, 97.2);
  const double expected = health(s, weights(3, 1, 2, 7, 1));
  for (const double tiny : {5e-324, 1e-322, 1e-321, 3e-320}) {  // from the smallest double up
    EXPECT_NEAR(health(s, weights(3 * tiny, 1 * tiny, 2 * tiny, 7 * tiny, 1 * tiny)), expected,
                kEps)
        << tiny;
  }
}

TEST(Weights, ApplyToHealthFromMetrics) {
  // Only Trust weighted: health = R = 100 x (4.2 - 1) / 4 = 80
  const auto v = valuesOf({{Metric::Trust, 4.2}, {Metric::GoalAlignment, 0.1}});
  EXPECT_NEAR(health(v, weights(0, 0, 0, 1, 0)), 80.0, kEps);
}

TEST(WeightsFromCells, FiveNumbersInARow) {
  const Grid g = Grid::row({1, 2, 0, 3.5, 0.25});
  const Weights w = Weights::fromCells(g.grid());
  EXPECT_EQ(w.w[0], 1.0);
  EXPECT_EQ(w.w[1], 2.0);
  EXPECT_EQ(w.w[2], 0.0);
  EXPECT_EQ(w.w[3], 3.5);
  EXPECT_EQ(w.w[4], 0.25);
}

TEST(WeightsFromCells, FiveNumbersInAColumn) {
  const Grid g = Grid::column({0, 0, 0, 0, 1});
  const Weights w = Weights::fromCells(g.grid());
  EXPECT_EQ(w.w[3], 0.0);
  EXPECT_EQ(w.w[4], 1.0);
}

TEST(WeightsFromCells, WrongCountIsAnError) {
  const Grid four = Grid::row({1, 1, 1, 1});
  const Grid six = Grid::row({1, 1, 1, 1, 1, 1});
  const Grid one = Grid::row({1});
  EXPECT_THROW((void)Weights::fromCells(four.grid()), InputError);
  EXPECT_THROW((void)Weights::fromCells(six.grid()), InputError);
  EXPECT_THROW((void)Weights::fromCells(one.grid()), InputError);
}

TEST(WeightsFromCells, NegativeIsAnError) {
  const Grid g = Grid::row({1, 1, -0.1, 1, 1});
  EXPECT_THROW((void)Weights::fromCells(g.grid()), InputError);
}

TEST(WeightsFromCells, AllZeroIsAnError) {
  const Grid g = Grid::row({0, 0, 0, 0, 0});
  EXPECT_THROW((void)Weights::fromCells(g.grid()), InputError);
}

TEST(WeightsFromCells, EveryCellMustBeANumber) {
  const Grid text = Grid::row({1, u"1", 1, 1, 1});
  const Grid empty = Grid::row({1, 1, blank(), 1, 1});
  const Grid error = Grid::row({1, 1, 1, 1, errorCell()});
  EXPECT_THROW((void)Weights::fromCells(text.grid()), InputError);
  EXPECT_THROW((void)Weights::fromCells(empty.grid()), InputError);
  EXPECT_THROW((void)Weights::fromCells(error.grid()), InputError);
}

// ---------------------------------------------------------------------------
// Weakest dimension
// ---------------------------------------------------------------------------

TEST(WeakestDimension, LowestAvailableFirstOnATie) {
  EXPECT_EQ(weakestDimension(scores(80, 60, 60, 70, 90)), Dimension::Execution);
  EXPECT_EQ(weakestDimension(scores(std::nullopt, 60, 55, std::nullopt, 0)), Dimension::Governance);
  EXPECT_EQ(weakestDimension(scores(10, std::nullopt, std::nullopt, std::nullopt, std::nullopt)),
            Dimension::Strategy);
}

TEST(WeakestDimension, NoneWhenNothingAvailable) {
  EXPECT_EQ(weakestDimension(DimensionScores{}), std::nullopt);
}

// ---------------------------------------------------------------------------
// Status: Green >= 70, Amber >= 50, else Red
// ---------------------------------------------------------------------------

TEST(Status, DefaultBandBoundaries) {
  EXPECT_EQ(statusOf(100), Status::Green);
  EXPECT_EQ(statusOf(70), Status::Green);
  EXPECT_EQ(statusOf(69.999), Status::Amber);
  EXPECT_EQ(statusOf(50), Status::Amber);
  EXPECT_EQ(statusOf(49.999), Status::Red);
  EXPECT_EQ(statusOf(0), Status::Red);
}

TEST(Status, Words) {
  EXPECT_EQ(statusWord(Status::Green), "Green");
  EXPECT_EQ(statusWord(Status::Amber), "Amber");
  EXPECT_EQ(statusWord(Status::Red), "Red");
}

TEST(Status, CustomBands) {
  const StatusBands bands{80, 60};
  EXPECT_EQ(statusOf(80, bands), Status::Green);
  EXPECT_EQ(statusOf(79.9, bands), Status::Amber);
  EXPECT_EQ(statusOf(60, bands), Status::Amber);
  EXPECT_EQ(statusOf(59.9, bands), Status::Red);
}

TEST(Status, EqualBandsLeaveNoAmber) {
  const StatusBands bands{60, 60};
  EXPECT_EQ(statusOf(60, bands), Status::Green);
  EXPECT_EQ(statusOf(59.9, bands), Status::Red);
}

// A health that is exactly on a band boundary by the contract's arithmetic keeps
// that band, even when the weighted mean is computed in binary floating point.
TEST(Status, ComputedHealthExactlyOnTheAmberBoundaryIsAmber) {
  // S = 100 x (10/10 + 0.4) / 2 = 70; C = 100 x 0 (sales sponsor no) = 0; G = 100 (jbp yes)
  // health = (0.25 x 70 + 0.2 x 0 + 0.1 x 100) / (0.25 + 0.2 + 0.1) = 27.5 / 0.55 = 50
  const auto v = valuesOf({{Metric::GoalAlignment, 0.4},
                           {Metric::MapElements, 10},
                           {Metric::SalesSponsor, kNo},
                           {Metric::Jbp, kYes}});
  const double h = health(v);
  EXPECT_NEAR(h, 50.0, kEps);
  EXPECT_EQ(statusOf(h), Status::Amber) << "health computed as " << h;
}

TEST(Status, RenormalisedHealthExactlyOnTheAmberBoundaryIsAmber) {
  // (0.25 x 0 + 0.2 x 90 + 0.1 x 95) / (0.25 + 0.2 + 0.1) = 27.5 / 0.55 = 50
  const double h = health(scores(0, std::nullopt, 90, std::nullopt, 95));
  EXPECT_NEAR(h, 50.0, kEps);
  EXPECT_EQ(statusOf(h), Status::Amber) << "health computed as " << h;
}

TEST(Status, HealthOutsideZeroToHundredIsAnError) {
  EXPECT_THROW((void)statusOf(100.1), InputError);
  EXPECT_THROW((void)statusOf(-0.1), InputError);
  EXPECT_THROW((void)statusOf(std::numeric_limits<double>::quiet_NaN()), InputError);
}

TEST(Status, AmberAboveGreenIsAnError) {
  EXPECT_THROW((void)statusOf(65, StatusBands{60, 70}), InputError);
  EXPECT_THROW(StatusBands({60, 70}).validate(), InputError);
}

TEST(Status, BandsOutsideZeroToHundredAreAnError) {
  EXPECT_THROW(StatusBands({101, 50}).validate(), InputError);
  EXPECT_THROW(StatusBands({70, -1}).validate(), InputError);
  EXPECT_NO_THROW(StatusBands({70, 50}).validate());
  EXPECT_NO_THROW(StatusBands({100, 0}).validate());
}

}  // namespace
}  // namespace alliance
