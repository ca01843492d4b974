// Contract sections 4 and 6: the QBR summary paragraph and ALLIANCE_CHECK.
#include "core/report.h"

#include <gtest/gtest.h>

#include <optional>
#include <regex>
#include <string>

#include "core/input_error.h"
#include "core/metrics.h"
#include "core/scoring.h"
#include "core/warnings.h"
#include "grid_builder.h"
#include "test_support.h"

namespace alliance {
namespace {

using test::blank;
using test::block;
using test::errorCell;
using test::Grid;
using test::valuesOf;

constexpr double kYes = 1.0;
constexpr double kNo = 0.0;

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// `number` appears as a number of its own: "12" matches "+12", "12.2" and "12 points",
// not "120" or "3.12".
bool containsNumber(const std::string& text, const std::string& number) {
  const std::regex re("(^|[^0-9.])" + number + "([^0-9]|$)");
  return std::regex_search(text, re);
}

// A percentage such as "50%" or "50 %" (also "50.0%").
bool containsPercent(const std::string& text, const std::string& number) {
  const std::regex re("(^|[^0-9.])" + number + "(\\.0+)? ?%");
  return std::regex_search(text, re);
}

// The scorecard used throughout (worked out in scoring_test.cc):
// S 75, X 62, C 64, R 80, G 80; health 70.15 -> "70", Green; weakest Execution.
// Fires W05 (no sales sponsor), W08 (150 days > 100), W09 (50 / 100 < 0.7).
MetricValues scorecard() {
  return valuesOf({{Metric::MapElements, 8},
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
}

// The same scorecard as a block sheet.
Grid scorecardSheet() {
  return block({{u"Map elements", 8},
                {u"Exec signoff", u"yes"},
                {u"Goal alignment", 0.7},
                {u"Revenue target", 100},
                {u"Revenue actual", 50},
                {u"Pipeline", 120},
                {u"Resources committed", 10},
                {u"Resources actual", 8},
                {u"Exec sponsor", u"Y"},
                {u"Sales sponsor", u"no"},
                {u"Manager changes", 1},
                {u"Trust", 4.2},
                {u"JBP", 1},
                {u"Days since QBR", 150},
                {u"Exit plan", u"TRUE"}});
}

// A partner where no warning fires. S: c = 0.9, goal 0.9 -> 90; X: a = 1 -> 100;
// C: 1, 1, 1, stability 1 -> 100; R: 100 x 3.6/4 = 90; G: 1, 1, 1 -> 100.
// health = 0.25 x 90 + 0.3 x 100 + 0.2 x 100 + 0.15 x 90 + 0.1 x 100 = 96
MetricValues healthyPartner() {
  return valuesOf({{Metric::MapElements, 9},
                   {Metric::ExecSignoff, kYes},
                   {Metric::GoalAlignment, 0.9},
                   {Metric::RevenueTarget, 100},
                   {Metric::RevenueActual, 100},
                   {Metric::ResourcesCommitted, 10},
                   {Metric::ResourcesActual, 10},
                   {Metric::ExecSponsor, kYes},
                   {Metric::SalesSponsor, kYes},
                   {Metric::ManagerChanges, 0},
                   {Metric::Trust, 4.6},
                   {Metric::Jbp, kYes},
                   {Metric::DaysSinceQbr, 30},
                   {Metric::ExitPlan, kYes},
                   {Metric::AccountConflicts, 0}});
}

// ---------------------------------------------------------------------------
// QBR summary
// ---------------------------------------------------------------------------

TEST(QbrSummary, HealthRoundedToAWholeNumberAndStatus) {
  // health 70.15 -> 70, Green
  const std::string text = qbrSummary(scorecard(), std::nullopt);
  EXPECT_TRUE(containsNumber(text, "70")) << text;
  EXPECT_FALSE(contains(text, "70.1")) << text;
  EXPECT_FALSE(contains(text, "70.2")) << text;
  EXPECT_TRUE(contains(text, "Green")) << text;
  EXPECT_FALSE(contains(text, "Amber")) << text;
}

TEST(QbrSummary, RoundsToTheNearestWholeNumber) {
  // Trust 3.2 -> R = 100 x 2.2 / 4 = 55 ; goal 0.4 -> S = 40;
  // health = (0.25 x 40 + 0.15 x 55) / 0.4 = (10 + 8.25) / 0.4 = 45.625 -> 46, Red
  const std::string text =
      qbrSummary(valuesOf({{Metric::Trust, 3.2}, {Metric::GoalAlignment, 0.4}}), std::nullopt);
  EXPECT_TRUE(containsNumber(text, "46")) << text;
  EXPECT_FALSE(containsNumber(text, "45")) << text;
  EXPECT_TRUE(contains(text, "Red")) << text;
}

TEST(QbrSummary, HealthExactlyFiftyIsAmber) {
  // S = 100 x (1 + 0.4) / 2 = 70; C = 0 (sales sponsor no); G = 100 (jbp yes)
  // health = (0.25 x 70 + 0.2 x 0 + 0.1 x 100) / 0.55 = 27.5 / 0.55 = 50 -> "50 (Amber)"
  const std::string text = qbrSummary(valuesOf({{Metric::GoalAlignment, 0.4},
                                                {Metric::MapElements, 10},
                                                {Metric::SalesSponsor, kNo},
                                                {Metric::Jbp, kYes}}),
                                      std::nullopt);
  EXPECT_TRUE(containsNumber(text, "50")) << text;
  EXPECT_TRUE(contains(text, "Amber")) << text;
}

TEST(QbrSummary, ChangeOnlyWhenPreviousHealthGiven) {
  const std::string none = qbrSummary(scorecard(), std::nullopt);
  // 70.15 - 53 = +17.15 -> 17
  const std::string up = qbrSummary(scorecard(), 53.0);
  // 70.15 - 87.15 = -17
  const std::string down = qbrSummary(scorecard(), 87.15);

  EXPECT_FALSE(containsNumber(none, "17")) << none;
  EXPECT_FALSE(containsNumber(none, "53")) << none;
  EXPECT_TRUE(containsNumber(up, "17")) << up;
  EXPECT_TRUE(containsNumber(down, "17")) << down;
  EXPECT_NE(up, down);
  EXPECT_NE(up, none);
  // The rest of the paragraph is still there.
  EXPECT_TRUE(contains(up, "Green")) << up;
  EXPECT_TRUE(containsNumber(up, "70")) << up;
}

TEST(QbrSummary, RevenueAttainmentWhenTargetAndActualKnown) {
  // 50 / 100 = 50%
  const std::string text = qbrSummary(scorecard(), std::nullopt);
  EXPECT_TRUE(containsPercent(text, "50")) << text;
}

// Regression (found by the bad-input matrix in Calc and by fuzz_qbr_summary,
// docs/reliability.md): a huge actual over a tiny target was written as
// "-9223372036854775808% of target" (the percentage rounded into a long), and a huge
// pipeline over a tiny remainder as "covers inf times".
TEST(QbrSummary, ExtremeRevenueValuesStayReadable) {
  const auto revenue = [](double target, double actual, double pipeline) {
    return qbrSummary(valuesOf({{Metric::RevenueTarget, target},
                                {Metric::RevenueActual, actual},
                                {Metric::Pipeline, pipeline}}),
                      std::nullopt);
  };
  for (const std::string& text :
       {revenue(1e-300, 1e308, 1e308), revenue(100, 1e308, 5), revenue(100, 99.9999999, 1e308),
        revenue(1e-300, 5e-301, 1e308), revenue(100, 50, 1e20)}) {
    EXPECT_FALSE(contains(text, "9223372036854775")) << text;
    EXPECT_FALSE(contains(text, "inf")) << text;
  }
  EXPECT_TRUE(contains(revenue(1e-300, 1e308, 1e308), "revenue is far above target, so the"))
      << revenue(1e-300, 1e308, 1e308);
  EXPECT_TRUE(contains(revenue(100, 1e308, 5), "revenue is at 1e+308% of target"))
      << revenue(100, 1e308, 5);
  // 1e308 / 1e-7 is beyond the largest double
  EXPECT_TRUE(contains(revenue(100, 99.9999999, 1e308), "covers far more than the revenue"))
      << revenue(100, 99.9999999, 1e308);
  EXPECT_TRUE(contains(revenue(1e-300, 5e-301, 1e308),
                       "at 50% of target, and the pipeline "
                       "covers far more than the revenue"))
      << revenue(1e-300, 5e-301, 1e308);
  // 1e20 / 50 = 2e18 times: three significant digits beyond 1e15
  EXPECT_TRUE(contains(revenue(100, 50, 1e20), "covers 2e+18 times")) << revenue(100, 50, 1e20);
  // -0 is read as 0 (see MetricValue.MinusZeroIsReadAsZero)
  const std::string minusZero = qbrSummary(
      valuesOf({{Metric::RevenueTarget, 100},
                {Metric::RevenueActual, 50},
                {Metric::Pipeline, *parseMetricValue(Metric::Pipeline, Cell::ofNumber(-0.0))}}),
      std::nullopt);
  EXPECT_TRUE(contains(minusZero, "covers 0.0 times")) << minusZero;
  // below 1e15 nothing changes
  EXPECT_TRUE(contains(revenue(100, 50, 120),
                       "at 50% of target, and the pipeline covers 2.4 "
                       "times"))
      << revenue(100, 50, 120);
}

TEST(QbrSummary, NoRevenueAttainmentWithoutRevenue) {
  // Trust 4.2 -> 80; jbp yes -> 100: health (0.15 x 80 + 0.1 x 100) / 0.25 = 88
  const std::string text =
      qbrSummary(valuesOf({{Metric::Trust, 4.2}, {Metric::Jbp, kYes}}), std::nullopt);
  EXPECT_FALSE(contains(text, "%")) << text;
  EXPECT_TRUE(containsNumber(text, "88")) << text;
}

TEST(QbrSummary, NamesTheWeakestDimension) {
  // S 75, X 62, C 64, R 80, G 80: weakest Execution
  const std::string text = qbrSummary(scorecard(), std::nullopt);
  EXPECT_TRUE(contains(text, "Execution")) << text;
}

TEST(QbrSummary, NamesTheWeakestDimensionWhenOthersAreMissing) {
  // R = 0, G = 100: weakest Trust; health = (0 + 0.1 x 100) / 0.25 = 40, Red
  const std::string text =
      qbrSummary(valuesOf({{Metric::Trust, 1}, {Metric::Jbp, kYes}}), std::nullopt);
  EXPECT_TRUE(contains(text, "Trust")) << text;
  EXPECT_TRUE(containsNumber(text, "40")) << text;
  EXPECT_TRUE(contains(text, "Red")) << text;
}

TEST(QbrSummary, EveryFiringWarningTitleAndNoOther) {
  const std::string text = qbrSummary(scorecard(), std::nullopt);
  const WarningSet fired = evaluateWarnings(scorecard());
  ASSERT_EQ(fired.count(), 3);  // W05, W08, W09 (see scorecard())
  EXPECT_TRUE(contains(text, "No sales executive sponsor")) << text;
  EXPECT_TRUE(contains(text, "Governance lapsed")) << text;
  EXPECT_TRUE(contains(text, "Revenue behind plan")) << text;
  for (const WarningInfo& info : warningTable()) {
    if (!fired.contains(info.id)) {
      EXPECT_FALSE(contains(text, std::string(info.title))) << info.code << ": " << text;
    }
  }
}

TEST(QbrSummary, VersionTwoSignsAreNamedAndTheRestIsUnchanged) {
  // The version-2 metrics feed no dimension: the paragraph is the version-1 one with
  // the three titles added to its last sentence, in code order.
  MetricValues v2 = scorecard();
  v2.set(Metric::TrustGap, 1);
  v2.set(Metric::OpenChanges, 1);
  v2.set(Metric::QuartersDeclining, 2);
  const std::string before = qbrSummary(scorecard(), 64.0);
  const std::string after = qbrSummary(v2, 64.0);
  const std::string titles = "No sales executive sponsor; Governance lapsed; Revenue behind plan";
  ASSERT_TRUE(contains(before, "Warning signs: " + titles + ".")) << before;
  const std::string expected =
      before.substr(0, before.size() - 1) +
      "; Trust perception gap; Unanswered relationship change; Health declining.";
  EXPECT_EQ(after, expected);
  // Known but below their thresholds, they change nothing.
  MetricValues quiet = scorecard();
  quiet.set(Metric::TrustGap, 0.99);
  quiet.set(Metric::OpenChanges, 0);
  quiet.set(Metric::QuartersDeclining, 1);
  EXPECT_EQ(qbrSummary(quiet, 64.0), before);
}

TEST(QbrSummary, NoWarningTextWhenNoneFires) {
  // health 96, Green
  const std::string text = qbrSummary(healthyPartner(), std::nullopt);
  ASSERT_TRUE(evaluateWarnings(healthyPartner()).empty());
  for (const WarningInfo& info : warningTable()) {
    EXPECT_FALSE(contains(text, std::string(info.title))) << info.code << ": " << text;
  }
  EXPECT_TRUE(containsNumber(text, "96")) << text;
  EXPECT_TRUE(contains(text, "Green")) << text;
}

TEST(QbrSummary, UsesTheWeightsGiven) {
  Weights onlyTrust;
  onlyTrust.w = {0, 0, 0, 1, 0};
  // health = R = 80
  const std::string text = qbrSummary(scorecard(), std::nullopt, onlyTrust);
  EXPECT_TRUE(containsNumber(text, "80")) << text;
  EXPECT_FALSE(containsNumber(text, "70")) << text;
}

TEST(QbrSummary, NoDimensionIsAnError) {
  EXPECT_THROW((void)qbrSummary(MetricValues{}, std::nullopt), InputError);
}

TEST(QbrSummary, PreviousHealthOutsideZeroToHundredIsAnError) {
  EXPECT_THROW((void)qbrSummary(scorecard(), 101.0), InputError);
  EXPECT_THROW((void)qbrSummary(scorecard(), -1.0), InputError);
}

// ---------------------------------------------------------------------------
// ALLIANCE_CHECK
// ---------------------------------------------------------------------------

// A problem sentence: not "OK", not empty.
void expectProblem(const std::string& text) {
  EXPECT_NE(text, kCheckOk);
  EXPECT_FALSE(text.empty());
}

TEST(Check, GoodBlockIsOk) {
  const Grid sheet = scorecardSheet();
  const CellGrid g = sheet.grid();
  EXPECT_EQ(checkMetrics(g, nullptr), "OK");
}

TEST(Check, GoodRowIsOk) {
  const Grid labels = Grid::row({u"Partner", u"Revenue target", u"Revenue actual", u"Trust"});
  const Grid values = Grid::row({u"Acme", 100, 50, 4});
  const CellGrid l = labels.grid();
  const CellGrid m = values.grid();
  EXPECT_EQ(checkMetrics(m, &l), "OK");
}

TEST(Check, PartlyKnownMetricsAreOk) {
  const Grid sheet = block({{u"trust", 3}, {u"pipeline", blank()}, {u"Notes", u"call Jane"}});
  const CellGrid g = sheet.grid();
  EXPECT_EQ(checkMetrics(g, nullptr), "OK");
}

TEST(Check, BadValueNamesTheMetric) {
  const Grid sheet = block({{u"trust", 4}, {u"Revenue target", 0}});
  const CellGrid g = sheet.grid();
  std::string text;
  EXPECT_NO_THROW(text = checkMetrics(g, nullptr));
  expectProblem(text);
  EXPECT_TRUE(contains(text, "revenue_target")) << text;
}

TEST(Check, BadValueInRowShapeNamesTheMetric) {
  const Grid labels = Grid::row({u"Partner", u"TRUST"});
  const Grid values = Grid::row({u"Acme", 5.5});
  const CellGrid l = labels.grid();
  const CellGrid m = values.grid();
  const std::string text = checkMetrics(m, &l);
  expectProblem(text);
  EXPECT_TRUE(contains(text, "trust")) << text;
}

TEST(Check, TextInANumericMetricNamesTheMetric) {
  const Grid sheet = block({{u"revenue actual", u"12"}});
  const CellGrid g = sheet.grid();
  const std::string text = checkMetrics(g, nullptr);
  expectProblem(text);
  EXPECT_TRUE(contains(text, "revenue_actual")) << text;
}

TEST(Check, BadYesNoNamesTheMetric) {
  const Grid sheet = block({{u"Exit plan", u"maybe"}});
  const CellGrid g = sheet.grid();
  const std::string text = checkMetrics(g, nullptr);
  expectProblem(text);
  EXPECT_TRUE(contains(text, "exit_plan")) << text;
}

TEST(Check, ErrorCellNamesTheMetric) {
  const Grid sheet = block({{u"trust", 3}, {u"pipeline", errorCell()}});
  const CellGrid g = sheet.grid();
  const std::string text = checkMetrics(g, nullptr);
  expectProblem(text);
  EXPECT_TRUE(contains(text, "pipeline")) << text;
}

TEST(Check, DuplicateWithDifferentValuesNamesTheMetric) {
  const Grid sheet = block({{u"manager changes", 1}, {u"trust", 3}, {u"Manager-Changes", 2}});
  const CellGrid g = sheet.grid();
  const std::string text = checkMetrics(g, nullptr);
  expectProblem(text);
  EXPECT_TRUE(contains(text, "manager_changes")) << text;
}

TEST(Check, NamesTheFirstProblem) {
  const Grid sheet = block({{u"trust", 7}, {u"revenue target", 0}});
  const CellGrid g = sheet.grid();
  const std::string text = checkMetrics(g, nullptr);
  expectProblem(text);
  EXPECT_TRUE(contains(text, "trust")) << text;
  EXPECT_FALSE(contains(text, "revenue_target")) << text;
}

TEST(Check, BlockWithoutTwoColumnsIsAProblem) {
  const Grid three(2, 3, {u"trust", 4, 5, u"jbp", u"yes", u"no"});
  const CellGrid g = three.grid();
  std::string text;
  EXPECT_NO_THROW(text = checkMetrics(g, nullptr));
  expectProblem(text);
}

TEST(Check, LabelsOfADifferentSizeAreAProblem) {
  const Grid labels = Grid::row({u"trust", u"jbp", u"pipeline"});
  const Grid values = Grid::row({4, u"yes"});
  const CellGrid l = labels.grid();
  const CellGrid m = values.grid();
  std::string text;
  EXPECT_NO_THROW(text = checkMetrics(m, &l));
  expectProblem(text);
}

TEST(Check, TwoByTwoMetricsWithLabelsAreAProblem) {
  const Grid labels(2, 2, {u"trust", u"jbp", u"pipeline", u"exit_plan"});
  const Grid values(2, 2, {4, u"yes", 100, u"no"});
  const CellGrid l = labels.grid();
  const CellGrid m = values.grid();
  std::string text;
  EXPECT_NO_THROW(text = checkMetrics(m, &l));
  expectProblem(text);
}

TEST(Check, OnlyUnknownLabelsIsAProblem) {
  // No dimension can be computed.
  const Grid sheet = block({{u"Partner", u"Acme"}, {u"Owner", u"Jane"}, {u"Score", 12}});
  const CellGrid g = sheet.grid();
  std::string text;
  EXPECT_NO_THROW(text = checkMetrics(g, nullptr));
  expectProblem(text);
}

TEST(Check, OnlyEmptyValuesIsAProblem) {
  const Grid sheet = block({{u"trust", blank()}, {u"jbp", blank()}});
  const CellGrid g = sheet.grid();
  expectProblem(checkMetrics(g, nullptr));
}

// The German paragraph for QBR workbooks read in German: the same facts, German
// numbers and words; the warning titles are the contract's names.
TEST(QbrSummaryGerman, SaysTheSameInGerman) {
  EXPECT_EQ(qbrSummary(scorecard(), 65.0, Weights{}, Language::German),
            "Der Health-Score der Allianz liegt bei 70 (grün), 5 Punkte mehr als im Vorquartal "
            "(65). Der Umsatz über den Partner liegt bei 50 % des Ziels, und die Pipeline deckt "
            "den noch offenen Umsatz 2,4-fach. Die schwächste Dimension ist Umsetzung mit 62. "
            "Warnsignale: No sales executive sponsor; Governance lapsed; Revenue behind plan.");
}

TEST(QbrSummaryGerman, SingularsUnchangedAndNoWarning) {
  const MetricValues v = valuesOf({{Metric::Trust, 5}});
  EXPECT_EQ(qbrSummary(v, 100.0, Weights{}, Language::German),
            "Der Health-Score der Allianz liegt bei 100 (grün), unverändert gegenüber 100 im "
            "Vorquartal. Die schwächste Dimension ist Vertrauen mit 100. Kein Warnsignal schlägt "
            "an.");
  EXPECT_NE(qbrSummary(v, 99.0, Weights{}, Language::German).find("1 Punkt mehr als"),
            std::string::npos);
  const MetricValues red = valuesOf({{Metric::Trust, 1}, {Metric::ExitPlan, kNo}});
  EXPECT_NE(qbrSummary(red, std::nullopt, Weights{}, Language::German)
                .find("(rot). Die schwächste Dimension ist Vertrauen mit 0. Warnsignal: No exit "
                      "plan."),
            std::string::npos);
}

TEST(QbrSummaryGerman, EnglishIsTheContractsParagraph) {
  EXPECT_EQ(qbrSummary(scorecard(), 65.0, Weights{}, Language::English),
            qbrSummary(scorecard(), 65.0));
  EXPECT_TRUE(qbrSummary(scorecard(), 65.0).starts_with("Alliance health is 70 (Green)"));
}

TEST(QbrSummaryGerman, TargetMetAndInvalidInputAsInEnglish) {
  MetricValues v = scorecard();
  v.set(Metric::RevenueActual, 150);
  EXPECT_NE(qbrSummary(v, std::nullopt, Weights{}, Language::German)
                .find("150 % des Ziels, das Ziel ist also bereits erreicht."),
            std::string::npos);
  EXPECT_THROW(static_cast<void>(qbrSummary(scorecard(), 120.0, Weights{}, Language::German)),
               InputError);
}

}  // namespace
}  // namespace alliance
