// Contract sections 3 and 7: the ten warning signs and the three of version 2.
#include "core/warnings.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/metrics.h"
#include "test_support.h"

namespace alliance {
namespace {

using test::valuesOf;

constexpr double kYes = 1.0;
constexpr double kNo = 0.0;

bool fires(Warning w, const MetricValues& v) { return evaluateWarnings(v).contains(w); }

// Only `w` fires (and nothing else) for these values.
void expectOnly(Warning w, const MetricValues& v) {
  const WarningSet set = evaluateWarnings(v);
  EXPECT_TRUE(set.contains(w));
  EXPECT_EQ(set.count(), 1);
}

// ---------------------------------------------------------------------------
// The table: codes, contract titles, a course correction each
// ---------------------------------------------------------------------------

TEST(WarningTable, CodesAndTitlesInOrder) {
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"W01", "Strategic map incomplete"},   {"W02", "No executive sign-off"},
      {"W03", "Goals misaligned"},           {"W04", "Account conflicts"},
      {"W05", "No sales executive sponsor"}, {"W06", "Resources withdrawn"},
      {"W07", "Alliance manager churn"},     {"W08", "Governance lapsed"},
      {"W09", "Revenue behind plan"},        {"W10", "No exit plan"},
      {"W11", "Trust perception gap"},       {"W12", "Unanswered relationship change"},
      {"W13", "Health declining"},
  };
  const auto table = warningTable();
  ASSERT_EQ(table.size(), expected.size());
  for (std::size_t i = 0; i < table.size(); ++i) {
    SCOPED_TRACE(expected[i].first);
    EXPECT_EQ(static_cast<std::size_t>(table[i].id), i);
    EXPECT_EQ(table[i].code, expected[i].first);
    EXPECT_EQ(table[i].title, expected[i].second);
  }
}

TEST(WarningTable, EveryWarningHasACourseCorrection) {
  for (const WarningInfo& info : warningTable()) {
    EXPECT_FALSE(courseCorrection(info.id, Language::English).empty()) << info.code;
    EXPECT_NE(courseCorrection(info.id, Language::English), info.title) << info.code;
  }
}

TEST(WarningTable, InfoLooksUpByWarning) {
  EXPECT_EQ(warningInfo(Warning::MapIncomplete).code, "W01");
  EXPECT_EQ(warningInfo(Warning::GovernanceLapsed).title, "Governance lapsed");
  EXPECT_EQ(warningInfo(Warning::NoExitPlan).code, "W10");
  EXPECT_EQ(warningInfo(Warning::HealthDeclining).code, "W13");
}

// ---------------------------------------------------------------------------
// Each rule and its boundary
// ---------------------------------------------------------------------------

TEST(W01MapIncomplete, FiresBelowEight) {
  expectOnly(Warning::MapIncomplete, valuesOf({{Metric::MapElements, 7}}));
  EXPECT_TRUE(fires(Warning::MapIncomplete, valuesOf({{Metric::MapElements, 0}})));
  EXPECT_FALSE(fires(Warning::MapIncomplete, valuesOf({{Metric::MapElements, 8}})));
  EXPECT_FALSE(fires(Warning::MapIncomplete, valuesOf({{Metric::MapElements, 10}})));
}

TEST(W02NoExecSignoff, FiresOnNo) {
  expectOnly(Warning::NoExecSignoff, valuesOf({{Metric::ExecSignoff, kNo}}));
  EXPECT_FALSE(fires(Warning::NoExecSignoff, valuesOf({{Metric::ExecSignoff, kYes}})));
}

TEST(W03GoalsMisaligned, FiresBelowPointSix) {
  expectOnly(Warning::GoalsMisaligned, valuesOf({{Metric::GoalAlignment, 0.59}}));
  EXPECT_FALSE(fires(Warning::GoalsMisaligned, valuesOf({{Metric::GoalAlignment, 0.6}})));
  EXPECT_FALSE(fires(Warning::GoalsMisaligned, valuesOf({{Metric::GoalAlignment, 1}})));
}

TEST(W04AccountConflicts, FiresAboveZero) {
  expectOnly(Warning::AccountConflicts, valuesOf({{Metric::AccountConflicts, 1}}));
  EXPECT_FALSE(fires(Warning::AccountConflicts, valuesOf({{Metric::AccountConflicts, 0}})));
}

TEST(W05NoSalesSponsor, FiresOnNo) {
  expectOnly(Warning::NoSalesSponsor, valuesOf({{Metric::SalesSponsor, kNo}}));
  EXPECT_FALSE(fires(Warning::NoSalesSponsor, valuesOf({{Metric::SalesSponsor, kYes}})));
}

TEST(W06ResourcesWithdrawn, FiresBelowEightyPercentOfCommitted) {
  // 0.8 x 10 = 8
  expectOnly(Warning::ResourcesWithdrawn,
             valuesOf({{Metric::ResourcesCommitted, 10}, {Metric::ResourcesActual, 7.9}}));
  EXPECT_FALSE(fires(Warning::ResourcesWithdrawn,
                     valuesOf({{Metric::ResourcesCommitted, 10}, {Metric::ResourcesActual, 8}})));
  EXPECT_FALSE(fires(Warning::ResourcesWithdrawn,
                     valuesOf({{Metric::ResourcesCommitted, 10}, {Metric::ResourcesActual, 12}})));
}

TEST(W06ResourcesWithdrawn, ExactlyEightyPercentInDecimalsDoesNotFire) {
  // 0.8 x 1.5 = 1.2 and 0.8 x 3 = 2.4: not below, so no warning
  EXPECT_FALSE(fires(Warning::ResourcesWithdrawn, valuesOf({{Metric::ResourcesCommitted, 1.5},
                                                            {Metric::ResourcesActual, 1.2}})));
  EXPECT_FALSE(fires(Warning::ResourcesWithdrawn,
                     valuesOf({{Metric::ResourcesCommitted, 3}, {Metric::ResourcesActual, 2.4}})));
}

TEST(W06ResourcesWithdrawn, NeedsBothInputs) {
  EXPECT_FALSE(fires(Warning::ResourcesWithdrawn, valuesOf({{Metric::ResourcesActual, 0}})));
  EXPECT_FALSE(fires(Warning::ResourcesWithdrawn, valuesOf({{Metric::ResourcesCommitted, 10}})));
}

TEST(W07ManagerChurn, FiresFromTwoChanges) {
  EXPECT_FALSE(fires(Warning::ManagerChurn, valuesOf({{Metric::ManagerChanges, 0}})));
  EXPECT_FALSE(fires(Warning::ManagerChurn, valuesOf({{Metric::ManagerChanges, 1}})));
  expectOnly(Warning::ManagerChurn, valuesOf({{Metric::ManagerChanges, 2}}));
  EXPECT_TRUE(fires(Warning::ManagerChurn, valuesOf({{Metric::ManagerChanges, 3}})));
}

TEST(W08GovernanceLapsed, FiresWithoutJbp) {
  expectOnly(Warning::GovernanceLapsed, valuesOf({{Metric::Jbp, kNo}}));
  EXPECT_TRUE(
      fires(Warning::GovernanceLapsed, valuesOf({{Metric::Jbp, kNo}, {Metric::DaysSinceQbr, 10}})));
}

TEST(W08GovernanceLapsed, FiresAfterHundredDays) {
  EXPECT_FALSE(fires(Warning::GovernanceLapsed, valuesOf({{Metric::DaysSinceQbr, 100}})));
  expectOnly(Warning::GovernanceLapsed, valuesOf({{Metric::DaysSinceQbr, 101}}));
  EXPECT_TRUE(fires(Warning::GovernanceLapsed,
                    valuesOf({{Metric::Jbp, kYes}, {Metric::DaysSinceQbr, 101}})));
}

TEST(W08GovernanceLapsed, QuietWithJbpAndRecentQbr) {
  EXPECT_FALSE(fires(Warning::GovernanceLapsed,
                     valuesOf({{Metric::Jbp, kYes}, {Metric::DaysSinceQbr, 100}})));
  EXPECT_FALSE(fires(Warning::GovernanceLapsed, valuesOf({{Metric::Jbp, kYes}})));
}

TEST(W09RevenueBehind, FiresBelowSeventyPercent) {
  expectOnly(Warning::RevenueBehind,
             valuesOf({{Metric::RevenueTarget, 100}, {Metric::RevenueActual, 69}}));
  EXPECT_FALSE(fires(Warning::RevenueBehind,
                     valuesOf({{Metric::RevenueTarget, 100}, {Metric::RevenueActual, 70}})));
  EXPECT_FALSE(fires(Warning::RevenueBehind,
                     valuesOf({{Metric::RevenueTarget, 100}, {Metric::RevenueActual, 150}})));
}

TEST(W09RevenueBehind, ExactlySeventyPercentInDecimalsDoesNotFire) {
  // 5.81 / 8.3 = 0.7: not below, so no warning
  EXPECT_FALSE(fires(Warning::RevenueBehind,
                     valuesOf({{Metric::RevenueTarget, 8.3}, {Metric::RevenueActual, 5.81}})));
}

TEST(W09RevenueBehind, NeedsBothInputs) {
  EXPECT_FALSE(fires(Warning::RevenueBehind, valuesOf({{Metric::RevenueActual, 0}})));
  EXPECT_FALSE(fires(Warning::RevenueBehind, valuesOf({{Metric::RevenueTarget, 100}})));
}

TEST(W10NoExitPlan, FiresOnNo) {
  expectOnly(Warning::NoExitPlan, valuesOf({{Metric::ExitPlan, kNo}}));
  EXPECT_FALSE(fires(Warning::NoExitPlan, valuesOf({{Metric::ExitPlan, kYes}})));
}

// Version 2 (contract section 7): each checked only when its metric is known.

TEST(W11TrustPerceptionGap, FiresFromAGapOfOne) {
  EXPECT_FALSE(fires(Warning::TrustGap, valuesOf({{Metric::TrustGap, 0}})));
  EXPECT_FALSE(fires(Warning::TrustGap, valuesOf({{Metric::TrustGap, 0.99}})));
  expectOnly(Warning::TrustGap, valuesOf({{Metric::TrustGap, 1}}));
  EXPECT_TRUE(fires(Warning::TrustGap, valuesOf({{Metric::TrustGap, 4}})));
}

TEST(W11TrustPerceptionGap, AGapOfOneInDecimalsFires) {
  // 4.1 - 3.1 is 0.9999999999999996 and 2.2 - 1.2 is 1.0000000000000002: both a gap of 1,
  // as Calc compares them
  EXPECT_TRUE(fires(Warning::TrustGap, valuesOf({{Metric::TrustGap, 4.1 - 3.1}})));
  EXPECT_TRUE(fires(Warning::TrustGap, valuesOf({{Metric::TrustGap, 2.2 - 1.2}})));
}

TEST(W12UnansweredRelationshipChange, FiresAboveZero) {
  EXPECT_FALSE(fires(Warning::UnansweredChange, valuesOf({{Metric::OpenChanges, 0}})));
  expectOnly(Warning::UnansweredChange, valuesOf({{Metric::OpenChanges, 1}}));
  EXPECT_TRUE(fires(Warning::UnansweredChange, valuesOf({{Metric::OpenChanges, 5}})));
}

TEST(W13HealthDeclining, FiresFromTwoQuarters) {
  EXPECT_FALSE(fires(Warning::HealthDeclining, valuesOf({{Metric::QuartersDeclining, 0}})));
  EXPECT_FALSE(fires(Warning::HealthDeclining, valuesOf({{Metric::QuartersDeclining, 1}})));
  expectOnly(Warning::HealthDeclining, valuesOf({{Metric::QuartersDeclining, 2}}));
  EXPECT_TRUE(fires(Warning::HealthDeclining, valuesOf({{Metric::QuartersDeclining, 7}})));
}

TEST(VersionTwoWarnings, UnknownInputsFireNothing) {
  // A version-1 scorecard that fires every one of its ten signs fires none of the three.
  const auto v = valuesOf({{Metric::MapElements, 2},
                           {Metric::ExecSignoff, kNo},
                           {Metric::GoalAlignment, 0.2},
                           {Metric::AccountConflicts, 4},
                           {Metric::SalesSponsor, kNo},
                           {Metric::ResourcesCommitted, 10},
                           {Metric::ResourcesActual, 1},
                           {Metric::ManagerChanges, 3},
                           {Metric::Trust, 1},
                           {Metric::Jbp, kNo},
                           {Metric::DaysSinceQbr, 300},
                           {Metric::RevenueTarget, 100},
                           {Metric::RevenueActual, 10},
                           {Metric::ExitPlan, kNo}});
  const WarningSet set = evaluateWarnings(v);
  EXPECT_EQ(set.count(), 10);
  for (const Warning w : {Warning::TrustGap, Warning::UnansweredChange, Warning::HealthDeclining}) {
    EXPECT_FALSE(set.contains(w)) << warningInfo(w).code;
  }
}

TEST(VersionTwoWarnings, OtherMetricsDoNotStandInForThem) {
  // A low trust, manager churn or a lapsed QBR is no trust gap, open change or decline.
  EXPECT_FALSE(fires(Warning::TrustGap, valuesOf({{Metric::Trust, 1}})));
  EXPECT_FALSE(fires(Warning::UnansweredChange, valuesOf({{Metric::ManagerChanges, 5}})));
  EXPECT_FALSE(fires(Warning::HealthDeclining, valuesOf({{Metric::DaysSinceQbr, 300}})));
}

TEST(Warnings, NothingKnownFiresNothing) {
  const WarningSet set = evaluateWarnings(MetricValues{});
  EXPECT_TRUE(set.empty());
  EXPECT_EQ(set.count(), 0);
}

TEST(Warnings, HealthyPartnerFiresNothing) {
  const auto v = valuesOf({{Metric::MapElements, 8},
                           {Metric::ExecSignoff, kYes},
                           {Metric::GoalAlignment, 0.6},
                           {Metric::AccountConflicts, 0},
                           {Metric::SalesSponsor, kYes},
                           {Metric::ResourcesCommitted, 10},
                           {Metric::ResourcesActual, 8},
                           {Metric::ManagerChanges, 1},
                           {Metric::Jbp, kYes},
                           {Metric::DaysSinceQbr, 100},
                           {Metric::RevenueTarget, 100},
                           {Metric::RevenueActual, 70},
                           {Metric::ExitPlan, kYes}});
  EXPECT_TRUE(evaluateWarnings(v).empty());
}

TEST(Warnings, AllTenCanFireTogether) {
  const auto v = valuesOf({{Metric::MapElements, 2},
                           {Metric::ExecSignoff, kNo},
                           {Metric::GoalAlignment, 0.2},
                           {Metric::AccountConflicts, 4},
                           {Metric::SalesSponsor, kNo},
                           {Metric::ResourcesCommitted, 10},
                           {Metric::ResourcesActual, 1},
                           {Metric::ManagerChanges, 3},
                           {Metric::Jbp, kNo},
                           {Metric::DaysSinceQbr, 300},
                           {Metric::RevenueTarget, 100},
                           {Metric::RevenueActual, 10},
                           {Metric::ExitPlan, kNo}});
  const WarningSet set = evaluateWarnings(v);
  EXPECT_EQ(set.count(), 10);
  EXPECT_EQ(joinWarningTitles(set, "; "),
            "Strategic map incomplete; No executive sign-off; Goals misaligned; "
            "Account conflicts; No sales executive sponsor; Resources withdrawn; "
            "Alliance manager churn; Governance lapsed; Revenue behind plan; No exit plan");
}

TEST(Warnings, AllThirteenCanFireTogether) {
  const auto v = valuesOf({{Metric::MapElements, 2},
                           {Metric::ExecSignoff, kNo},
                           {Metric::GoalAlignment, 0.2},
                           {Metric::AccountConflicts, 4},
                           {Metric::SalesSponsor, kNo},
                           {Metric::ResourcesCommitted, 10},
                           {Metric::ResourcesActual, 1},
                           {Metric::ManagerChanges, 3},
                           {Metric::Jbp, kNo},
                           {Metric::DaysSinceQbr, 300},
                           {Metric::RevenueTarget, 100},
                           {Metric::RevenueActual, 10},
                           {Metric::ExitPlan, kNo},
                           {Metric::TrustGap, 1.5},
                           {Metric::OpenChanges, 2},
                           {Metric::QuartersDeclining, 3}});
  const WarningSet set = evaluateWarnings(v);
  EXPECT_EQ(set.count(), 13);
  EXPECT_EQ(joinWarningTitles(set, "; "),
            "Strategic map incomplete; No executive sign-off; Goals misaligned; "
            "Account conflicts; No sales executive sponsor; Resources withdrawn; "
            "Alliance manager churn; Governance lapsed; Revenue behind plan; No exit plan; "
            "Trust perception gap; Unanswered relationship change; Health declining");
}

// ---------------------------------------------------------------------------
// WarningSet and joining titles
// ---------------------------------------------------------------------------

TEST(WarningSet, AddContainsCount) {
  WarningSet set;
  EXPECT_TRUE(set.empty());
  set.add(Warning::NoExitPlan);
  set.add(Warning::MapIncomplete);
  set.add(Warning::NoExitPlan);
  EXPECT_FALSE(set.empty());
  EXPECT_EQ(set.count(), 2);
  EXPECT_TRUE(set.contains(Warning::MapIncomplete));
  EXPECT_TRUE(set.contains(Warning::NoExitPlan));
  EXPECT_FALSE(set.contains(Warning::RevenueBehind));
}

TEST(JoinWarningTitles, CodeOrderWhateverTheOrderAdded) {
  WarningSet set;
  set.add(Warning::NoExitPlan);
  set.add(Warning::NoSalesSponsor);
  set.add(Warning::MapIncomplete);
  EXPECT_EQ(joinWarningTitles(set, "; "),
            "Strategic map incomplete; No sales executive sponsor; No exit plan");
}

TEST(JoinWarningTitles, CustomSeparator) {
  WarningSet set;
  set.add(Warning::RevenueBehind);
  set.add(Warning::ManagerChurn);
  EXPECT_EQ(joinWarningTitles(set, " | "), "Alliance manager churn | Revenue behind plan");
  EXPECT_EQ(joinWarningTitles(set, "\n"), "Alliance manager churn\nRevenue behind plan");
  EXPECT_EQ(joinWarningTitles(set, ""), "Alliance manager churnRevenue behind plan");
}

TEST(JoinWarningTitles, VersionTwoTitlesFollowTheTen) {
  WarningSet set;
  set.add(Warning::HealthDeclining);
  set.add(Warning::NoExitPlan);
  set.add(Warning::TrustGap);
  EXPECT_EQ(joinWarningTitles(set, " | "),
            "No exit plan | Trust perception gap | Health declining");
}

TEST(JoinWarningTitles, SingleWarningHasNoSeparator) {
  WarningSet set;
  set.add(Warning::GoalsMisaligned);
  EXPECT_EQ(joinWarningTitles(set, "; "), "Goals misaligned");
}

TEST(JoinWarningTitles, EmptyTextWhenNoneFires) {
  EXPECT_EQ(joinWarningTitles(WarningSet{}, "; "), "");
  EXPECT_EQ(joinWarningTitles(evaluateWarnings(valuesOf({{Metric::Trust, 1}})), "; "), "");
}

TEST(JoinWarningTitles, FromEvaluatedMetrics) {
  // W03 (0.59 < 0.6) and W08 (101 > 100); trust plays no part in warnings.
  const auto v =
      valuesOf({{Metric::DaysSinceQbr, 101}, {Metric::GoalAlignment, 0.59}, {Metric::Trust, 1}});
  EXPECT_EQ(joinWarningTitles(evaluateWarnings(v), "; "), "Goals misaligned; Governance lapsed");
}

TEST(CourseCorrections, VersionTwoSignsSayWhatToDo) {
  // In the product's words (the domain notes): the trust principles, the prompt feedback
  // mechanism with an agreed response to every change, the joint business plan.
  const auto english = [](Warning w) { return courseCorrection(w, Language::English); };
  EXPECT_NE(english(Warning::TrustGap).find("trust principles"), std::string_view::npos);
  EXPECT_NE(english(Warning::UnansweredChange).find("prompt feedback mechanism"),
            std::string_view::npos);
  EXPECT_NE(english(Warning::UnansweredChange).find("either side"), std::string_view::npos);
  EXPECT_NE(english(Warning::UnansweredChange).find("agreed response early"),
            std::string_view::npos);
  EXPECT_NE(english(Warning::HealthDeclining).find("joint business plan"), std::string_view::npos);
  const auto german = [](Warning w) { return courseCorrection(w, Language::German); };
  EXPECT_NE(german(Warning::UnansweredChange).find("Mechanismus für schnelle Rückmeldung"),
            std::string_view::npos);
}

TEST(CourseCorrections, EveryWarningHasOneInEveryLanguage) {
  for (const WarningInfo& info : warningTable()) {
    const std::string_view english = courseCorrection(info.id, Language::English);
    const std::string_view german = courseCorrection(info.id, Language::German);
    EXPECT_TRUE(text::isTranslated(info.courseCorrection, Language::German)) << info.code;
    EXPECT_GT(german.size(), 60U) << info.code;
    EXPECT_NE(german, english) << info.code;
    EXPECT_TRUE(german.ends_with(".")) << info.code;
    EXPECT_NE(german.find("Sie"), std::string_view::npos) << info.code;  // addressed formally
  }
}

}  // namespace
}  // namespace alliance
