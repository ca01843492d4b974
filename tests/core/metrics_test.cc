// Contract section 1: metric names, value kinds, and the two sheet shapes.
#include "core/metrics.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/input_error.h"
#include "grid_builder.h"
#include "test_support.h"

namespace alliance {
namespace {

using test::blank;
using test::block;
using test::errorCell;
using test::Grid;
using test::inputErrorOf;
using test::V;

Cell num(double v) { return Cell::ofNumber(v); }
Cell txt(std::u16string_view t) { return Cell::ofText(t); }

std::int8_t slotOf(Metric m) { return static_cast<std::int8_t>(m); }

// ---------------------------------------------------------------------------
// The metric table
// ---------------------------------------------------------------------------

TEST(MetricTable, ListsTheContractMetricsInOrderWithTheirKinds) {
  struct Expected {
    Metric id;
    const char* name;
    ValueKind kind;
  };
  const std::vector<Expected> expected = {
      {Metric::MapElements, "map_elements", ValueKind::MapCount},
      {Metric::ExecSignoff, "exec_signoff", ValueKind::YesNo},
      {Metric::GoalAlignment, "goal_alignment", ValueKind::Fraction},
      {Metric::RevenueTarget, "revenue_target", ValueKind::Positive},
      {Metric::RevenueActual, "revenue_actual", ValueKind::NonNegative},
      {Metric::Pipeline, "pipeline", ValueKind::NonNegative},
      {Metric::ResourcesCommitted, "resources_committed", ValueKind::Positive},
      {Metric::ResourcesActual, "resources_actual", ValueKind::NonNegative},
      {Metric::ExecSponsor, "exec_sponsor", ValueKind::YesNo},
      {Metric::SalesSponsor, "sales_sponsor", ValueKind::YesNo},
      {Metric::ManagerChanges, "manager_changes", ValueKind::WholeNonNegative},
      {Metric::Trust, "trust", ValueKind::Rating},
      {Metric::Jbp, "jbp", ValueKind::YesNo},
      {Metric::DaysSinceQbr, "days_since_qbr", ValueKind::NonNegative},
      {Metric::ExitPlan, "exit_plan", ValueKind::YesNo},
      {Metric::AccountConflicts, "account_conflicts", ValueKind::WholeNonNegative},
      // version 2, after the sixteen: their indices are new, the others' unchanged
      {Metric::TrustGap, "trust_gap", ValueKind::RatingGap},
      {Metric::OpenChanges, "open_changes", ValueKind::WholeNonNegative},
      {Metric::QuartersDeclining, "quarters_declining", ValueKind::WholeNonNegative},
  };
  const auto table = metricTable();
  ASSERT_EQ(table.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    SCOPED_TRACE(expected[i].name);
    EXPECT_EQ(table[i].id, expected[i].id);
    EXPECT_EQ(table[i].name, expected[i].name);
    EXPECT_EQ(table[i].kind, expected[i].kind);
    EXPECT_EQ(metricInfo(expected[i].id).name, expected[i].name);
    EXPECT_EQ(static_cast<std::size_t>(table[i].id), i);
  }
}

TEST(MetricTable, TheScoredMetricsAreTheSixteenOfVersionOne) {
  EXPECT_EQ(kScoredMetricCount, 16U);
  EXPECT_EQ(metricTable()[kScoredMetricCount - 1].id, Metric::AccountConflicts);
  EXPECT_EQ(metricTable()[kScoredMetricCount].id, Metric::TrustGap);
}

TEST(MetricTable, EveryValueKindHasAnExpectationSentence) {
  for (ValueKind k : {ValueKind::YesNo, ValueKind::MapCount, ValueKind::Fraction,
                      ValueKind::Positive, ValueKind::NonNegative, ValueKind::WholeNonNegative,
                      ValueKind::Rating, ValueKind::RatingGap}) {
    EXPECT_FALSE(describeExpected(k).empty()) << static_cast<int>(k);
  }
}

// ---------------------------------------------------------------------------
// Name matching: case, spaces, underscores, hyphens and punctuation ignored
// ---------------------------------------------------------------------------

TEST(NameMatching, NormaliseKeepsLowerCaseLettersAndDigitsOnly) {
  EXPECT_EQ(normaliseName(u"Revenue target"), "revenuetarget");
  EXPECT_EQ(normaliseName(u"revenue_target"), "revenuetarget");
  EXPECT_EQ(normaliseName(u"REVENUE-TARGET"), "revenuetarget");
  EXPECT_EQ(normaliseName(u"revenue.target"), "revenuetarget");
  EXPECT_EQ(normaliseName(u"  Days since QBR (2024)! "), "dayssinceqbr2024");
  EXPECT_EQ(normaliseName(u""), "");
}

TEST(NameMatching, AllSpellingsOfALabelNameTheSameMetric) {
  for (const char16_t* label : {u"Revenue target", u"revenue_target", u"REVENUE-TARGET",
                                u"revenue.target", u"  Revenue Target  ", u"RevenueTarget"}) {
    EXPECT_EQ(metricForLabel(label), Metric::RevenueTarget);
  }
}

TEST(NameMatching, EveryContractNameMatchesItsMetric) {
  for (const MetricInfo& info : metricTable()) {
    const std::u16string label(info.name.begin(), info.name.end());
    EXPECT_EQ(metricForLabel(label), info.id) << info.name;
  }
}

TEST(NameMatching, TheTemplatesHeadingsNameTheVersionTwoMetrics) {
  for (const char16_t* label : {u"Trust gap", u"trust_gap", u"TRUST-GAP", u"TrustGap"}) {
    EXPECT_EQ(metricForLabel(label), Metric::TrustGap);
  }
  for (const char16_t* label : {u"Open changes", u"open_changes", u"OPEN CHANGES"}) {
    EXPECT_EQ(metricForLabel(label), Metric::OpenChanges);
  }
  for (const char16_t* label :
       {u"Quarters declining", u"quarters_declining", u"Quarters-Declining"}) {
    EXPECT_EQ(metricForLabel(label), Metric::QuartersDeclining);
  }
  // Near misses are other columns, ignored as any unknown heading is.
  EXPECT_EQ(metricForLabel(u"Trust gaps"), std::nullopt);
  EXPECT_EQ(metricForLabel(u"Open change"), std::nullopt);
  EXPECT_EQ(metricForLabel(u"Quarters red"), std::nullopt);
}

TEST(NameMatching, OtherNamesAreNotMetrics) {
  EXPECT_EQ(metricForLabel(u"Partner"), std::nullopt);
  EXPECT_EQ(metricForLabel(u"Revenue"), std::nullopt);
  EXPECT_EQ(metricForLabel(u"revenue target 2"), std::nullopt);
  EXPECT_EQ(metricForLabel(u""), std::nullopt);
  EXPECT_EQ(metricForLabel(u"---"), std::nullopt);
}

// ---------------------------------------------------------------------------
// yes/no: TRUE/FALSE (numbers 1/0) and yes/no/y/n/true/false in any case
// ---------------------------------------------------------------------------

TEST(YesNo, NumbersOneAndZero) {
  EXPECT_EQ(parseYesNo(num(1)), true);
  EXPECT_EQ(parseYesNo(num(0)), false);
}

TEST(YesNo, OtherNumbersAreNotYesNo) {
  EXPECT_EQ(parseYesNo(num(2)), std::nullopt);
  EXPECT_EQ(parseYesNo(num(0.5)), std::nullopt);
  EXPECT_EQ(parseYesNo(num(-1)), std::nullopt);
}

TEST(YesNo, EverySpellingInAnyCase) {
  for (const char16_t* yes : {u"yes", u"YES", u"Yes", u"y", u"Y", u"true", u"TRUE", u"True"}) {
    EXPECT_EQ(parseYesNo(txt(yes)), true);
  }
  for (const char16_t* no : {u"no", u"NO", u"No", u"n", u"N", u"false", u"FALSE", u"False"}) {
    EXPECT_EQ(parseYesNo(txt(no)), false);
  }
}

TEST(YesNo, SurroundingSpacesAreAllowed) {
  EXPECT_EQ(parseYesNo(txt(u"  yes ")), true);
  EXPECT_EQ(parseYesNo(txt(u" N")), false);
  EXPECT_EQ(parseYesNo(txt(u"FALSE  ")), false);
}

TEST(YesNo, OtherTextEmptyAndErrorCellsAreNotYesNo) {
  EXPECT_EQ(parseYesNo(txt(u"maybe")), std::nullopt);
  EXPECT_EQ(parseYesNo(txt(u"yess")), std::nullopt);
  EXPECT_EQ(parseYesNo(txt(u"")), std::nullopt);
  EXPECT_EQ(parseYesNo(Cell::empty()), std::nullopt);
  EXPECT_EQ(parseYesNo(Cell::ofError()), std::nullopt);
}

// ---------------------------------------------------------------------------
// Values of each kind: accepted ranges and errors (never clamped)
// ---------------------------------------------------------------------------

TEST(MetricValue, EmptyCellIsNotKnownForEveryMetric) {
  for (const MetricInfo& info : metricTable()) {
    EXPECT_EQ(parseMetricValue(info.id, Cell::empty()), std::nullopt) << info.name;
  }
}

TEST(MetricValue, YesNoMetricsStoreOneAndZero) {
  EXPECT_EQ(parseMetricValue(Metric::ExecSignoff, txt(u"Yes")), 1.0);
  EXPECT_EQ(parseMetricValue(Metric::ExecSponsor, txt(u" n ")), 0.0);
  EXPECT_EQ(parseMetricValue(Metric::SalesSponsor, num(1)), 1.0);  // TRUE
  EXPECT_EQ(parseMetricValue(Metric::Jbp, num(0)), 0.0);           // FALSE
  EXPECT_EQ(parseMetricValue(Metric::ExitPlan, txt(u"TRUE")), 1.0);
}

TEST(MetricValue, YesNoMetricRejectsMaybeAndTwo) {
  EXPECT_THROW((void)parseMetricValue(Metric::ExecSignoff, txt(u"maybe")), InputError);
  EXPECT_THROW((void)parseMetricValue(Metric::Jbp, num(2)), InputError);
  EXPECT_THROW((void)parseMetricValue(Metric::ExitPlan, num(0.5)), InputError);
}

TEST(MetricValue, MapCountIsZeroToTen) {
  EXPECT_EQ(parseMetricValue(Metric::MapElements, num(0)), 0.0);
  EXPECT_EQ(parseMetricValue(Metric::MapElements, num(10)), 10.0);
  EXPECT_EQ(parseMetricValue(Metric::MapElements, num(7)), 7.0);
  EXPECT_THROW((void)parseMetricValue(Metric::MapElements, num(11)), InputError);
  EXPECT_THROW((void)parseMetricValue(Metric::MapElements, num(-1)), InputError);
}

TEST(MetricValue, FractionIsZeroToOne) {
  EXPECT_EQ(parseMetricValue(Metric::GoalAlignment, num(0)), 0.0);
  EXPECT_EQ(parseMetricValue(Metric::GoalAlignment, num(1)), 1.0);
  EXPECT_EQ(parseMetricValue(Metric::GoalAlignment, num(0.6)), 0.6);
  EXPECT_THROW((void)parseMetricValue(Metric::GoalAlignment, num(1.1)), InputError);
  EXPECT_THROW((void)parseMetricValue(Metric::GoalAlignment, num(-0.1)), InputError);
}

TEST(MetricValue, PositiveExcludesZero) {
  EXPECT_EQ(parseMetricValue(Metric::RevenueTarget, num(0.01)), 0.01);
  EXPECT_EQ(parseMetricValue(Metric::ResourcesCommitted, num(4)), 4.0);
  EXPECT_THROW((void)parseMetricValue(Metric::RevenueTarget, num(0)), InputError);
  EXPECT_THROW((void)parseMetricValue(Metric::RevenueTarget, num(-5)), InputError);
  EXPECT_THROW((void)parseMetricValue(Metric::ResourcesCommitted, num(0)), InputError);
}

TEST(MetricValue, NonNegativeIncludesZero) {
  EXPECT_EQ(parseMetricValue(Metric::RevenueActual, num(0)), 0.0);
  EXPECT_EQ(parseMetricValue(Metric::Pipeline, num(0)), 0.0);
  EXPECT_EQ(parseMetricValue(Metric::ResourcesActual, num(2.5)), 2.5);
  EXPECT_EQ(parseMetricValue(Metric::DaysSinceQbr, num(365)), 365.0);
  EXPECT_THROW((void)parseMetricValue(Metric::RevenueActual, num(-1)), InputError);
  EXPECT_THROW((void)parseMetricValue(Metric::Pipeline, num(-0.01)), InputError);
  EXPECT_THROW((void)parseMetricValue(Metric::DaysSinceQbr, num(-1)), InputError);
}

// Regression (found by fuzz_qbr_summary, docs/reliability.md): -0 was accepted as a
// value of 0 or more and kept its sign, so the QBR summary said "the pipeline covers
// -0.0 times the revenue still to close".
TEST(MetricValue, MinusZeroIsReadAsZero) {
  for (const Metric m : {Metric::Pipeline, Metric::RevenueActual, Metric::ExecSignoff,
                         Metric::ManagerChanges, Metric::GoalAlignment, Metric::MapElements}) {
    const std::optional<double> v = parseMetricValue(m, num(-0.0));
    ASSERT_TRUE(v.has_value());
    EXPECT_EQ(*v, 0.0);
    EXPECT_FALSE(std::signbit(*v)) << metricInfo(m).name;
  }
}

TEST(MetricValue, WholeNonNegativeRejectsFractionsAndNegatives) {
  EXPECT_EQ(parseMetricValue(Metric::ManagerChanges, num(0)), 0.0);
  EXPECT_EQ(parseMetricValue(Metric::ManagerChanges, num(3)), 3.0);
  EXPECT_EQ(parseMetricValue(Metric::AccountConflicts, num(12)), 12.0);
  EXPECT_THROW((void)parseMetricValue(Metric::ManagerChanges, num(1.5)), InputError);
  EXPECT_THROW((void)parseMetricValue(Metric::ManagerChanges, num(-1)), InputError);
  EXPECT_THROW((void)parseMetricValue(Metric::AccountConflicts, num(-1)), InputError);
  EXPECT_THROW((void)parseMetricValue(Metric::AccountConflicts, num(0.5)), InputError);
}

TEST(MetricValue, RatingIsOneToFive) {
  EXPECT_EQ(parseMetricValue(Metric::Trust, num(1)), 1.0);
  EXPECT_EQ(parseMetricValue(Metric::Trust, num(5)), 5.0);
  EXPECT_EQ(parseMetricValue(Metric::Trust, num(3.25)), 3.25);
  EXPECT_THROW((void)parseMetricValue(Metric::Trust, num(0.5)), InputError);
  EXPECT_THROW((void)parseMetricValue(Metric::Trust, num(5.5)), InputError);
  EXPECT_THROW((void)parseMetricValue(Metric::Trust, num(0)), InputError);
}

TEST(MetricValue, TrustGapIsZeroToFour) {
  EXPECT_EQ(parseMetricValue(Metric::TrustGap, num(0)), 0.0);
  EXPECT_EQ(parseMetricValue(Metric::TrustGap, num(0.99)), 0.99);
  EXPECT_EQ(parseMetricValue(Metric::TrustGap, num(4)), 4.0);
  EXPECT_FALSE(std::signbit(*parseMetricValue(Metric::TrustGap, num(-0.0))));
  EXPECT_EQ(inputErrorOf([] { return parseMetricValue(Metric::TrustGap, num(4.5)); }),
            "trust_gap is 4.5 but must be a number from 0 to 4.");
  EXPECT_EQ(inputErrorOf([] { return parseMetricValue(Metric::TrustGap, num(-1)); }),
            "trust_gap is -1 but must be a number from 0 to 4.");
  EXPECT_EQ(inputErrorOf([] { return parseMetricValue(Metric::TrustGap, txt(u"1")); }),
            "trust_gap is the text \"1\" but must be a number from 0 to 4.");
}

TEST(MetricValue, OpenChangesAndQuartersDecliningAreWholeNumbers) {
  for (const Metric m : {Metric::OpenChanges, Metric::QuartersDeclining}) {
    EXPECT_EQ(parseMetricValue(m, num(0)), 0.0) << metricInfo(m).name;
    EXPECT_EQ(parseMetricValue(m, num(7)), 7.0) << metricInfo(m).name;
    EXPECT_EQ(parseMetricValue(m, num(1e308)), 1e308) << metricInfo(m).name;
    EXPECT_THROW((void)parseMetricValue(m, num(1.5)), InputError) << metricInfo(m).name;
    EXPECT_THROW((void)parseMetricValue(m, num(-1)), InputError) << metricInfo(m).name;
    EXPECT_THROW((void)parseMetricValue(m, txt(u"yes")), InputError) << metricInfo(m).name;
  }
  EXPECT_EQ(inputErrorOf([] { return parseMetricValue(Metric::OpenChanges, num(0.5)); }),
            "open_changes is 0.5 but must be a whole number of 0 or more.");
  EXPECT_EQ(inputErrorOf([] { return parseMetricValue(Metric::QuartersDeclining, num(-2)); }),
            "quarters_declining is -2 but must be a whole number of 0 or more.");
}

TEST(MetricValue, TextInANumericMetricIsAnErrorEvenWhenItLooksNumeric) {
  EXPECT_THROW((void)parseMetricValue(Metric::RevenueTarget, txt(u"lots")), InputError);
  EXPECT_THROW((void)parseMetricValue(Metric::RevenueTarget, txt(u"12")), InputError);
  EXPECT_THROW((void)parseMetricValue(Metric::Trust, txt(u"3")), InputError);
  EXPECT_THROW((void)parseMetricValue(Metric::MapElements, txt(u"yes")), InputError);
}

TEST(MetricValue, ErrorCellIsAnErrorForEveryMetric) {
  for (const MetricInfo& info : metricTable()) {
    EXPECT_THROW((void)parseMetricValue(info.id, Cell::ofError()), InputError) << info.name;
  }
}

TEST(MetricValue, ErrorSentenceNamesTheMetric) {
  EXPECT_NE(inputErrorOf([] {
              return parseMetricValue(Metric::RevenueTarget, num(0));
            }).find("revenue_target"),
            std::string::npos);
  EXPECT_NE(inputErrorOf([] { return parseMetricValue(Metric::Trust, num(5.5)); }).find("trust"),
            std::string::npos);
  EXPECT_NE(inputErrorOf([] {
              return parseMetricValue(Metric::ManagerChanges, num(1.5));
            }).find("manager_changes"),
            std::string::npos);
  EXPECT_NE(inputErrorOf([] {
              return parseMetricValue(Metric::ExecSignoff, txt(u"maybe"));
            }).find("exec_signoff"),
            std::string::npos);
}

// ---------------------------------------------------------------------------
// Block shape: two columns, names then values, labels == nullptr
// ---------------------------------------------------------------------------

TEST(BlockShape, ReadsNamesAndValues) {
  const Grid sheet = block({
      {u"Map elements", 8},
      {u"Exec signoff", u"yes"},
      {u"Revenue target", 1000},
      {u"revenue_actual", 600},
      {u"TRUST", 3.5},
  });
  const CellGrid g = sheet.grid();
  const MetricValues v = readMetrics(g, nullptr);
  EXPECT_EQ(v.find(Metric::MapElements), 8.0);
  EXPECT_EQ(v.find(Metric::ExecSignoff), 1.0);
  EXPECT_EQ(v.find(Metric::RevenueTarget), 1000.0);
  EXPECT_EQ(v.find(Metric::RevenueActual), 600.0);
  EXPECT_EQ(v.find(Metric::Trust), 3.5);
  EXPECT_FALSE(v.known(Metric::Pipeline));
  EXPECT_FALSE(v.known(Metric::Jbp));
}

TEST(BlockShape, EveryLabelSpellingMatches) {
  for (const char16_t* label :
       {u"Revenue target", u"revenue_target", u"REVENUE-TARGET", u"revenue.target"}) {
    const Grid sheet = block({{label, 250}});
    const CellGrid g = sheet.grid();
    EXPECT_EQ(readMetrics(g, nullptr).find(Metric::RevenueTarget), 250.0);
  }
}

TEST(BlockShape, EmptyValueMeansNotKnown) {
  const Grid sheet = block({{u"trust", blank()}, {u"jbp", u"no"}});
  const CellGrid g = sheet.grid();
  const MetricValues v = readMetrics(g, nullptr);
  EXPECT_FALSE(v.known(Metric::Trust));
  EXPECT_EQ(v.find(Metric::Jbp), 0.0);
}

TEST(BlockShape, UnknownLabelsAreIgnoredWhateverTheirValue) {
  const Grid sheet = block({
      {u"Partner", u"Acme Corp"},
      {u"Notes", errorCell()},
      {u"Region", -7},
      {blank(), u"stray text"},
      {u"trust", 4},
  });
  const CellGrid g = sheet.grid();
  const MetricValues v = readMetrics(g, nullptr);
  EXPECT_EQ(v.find(Metric::Trust), 4.0);
  for (const MetricInfo& info : metricTable()) {
    if (info.id != Metric::Trust) {
      EXPECT_FALSE(v.known(info.id)) << info.name;
    }
  }
}

TEST(BlockShape, OnlyUnknownLabelsGiveNothingKnown) {
  const Grid sheet = block({{u"Partner", u"Acme"}, {u"Owner", u"Jane"}});
  const CellGrid g = sheet.grid();
  EXPECT_FALSE(readMetrics(g, nullptr).anyKnown());
}

TEST(BlockShape, BadValueIsAnError) {
  const Grid sheet = block({{u"trust", 4}, {u"revenue_target", 0}});
  const CellGrid g = sheet.grid();
  const std::string why = inputErrorOf([&] { return readMetrics(g, nullptr); });
  EXPECT_NE(why.find("revenue_target"), std::string::npos) << why;
}

TEST(BlockShape, ErrorCellValueIsAnError) {
  const Grid sheet = block({{u"pipeline", errorCell()}});
  const CellGrid g = sheet.grid();
  EXPECT_THROW((void)readMetrics(g, nullptr), InputError);
}

TEST(BlockShape, TextInNumericMetricIsAnError) {
  const Grid sheet = block({{u"revenue_actual", u"12"}});
  const CellGrid g = sheet.grid();
  EXPECT_THROW((void)readMetrics(g, nullptr), InputError);
}

TEST(BlockShape, WithoutTwoColumnsIsAnError) {
  const Grid three(2, 3, {u"trust", 4, 5, u"jbp", u"yes", u"no"});
  const CellGrid g3 = three.grid();
  EXPECT_THROW((void)readMetrics(g3, nullptr), InputError);

  const Grid one = Grid::column({u"trust", 4});
  const CellGrid g1 = one.grid();
  EXPECT_THROW((void)readMetrics(g1, nullptr), InputError);

  const Grid rowOfValues = Grid::row({4, 1, 8});
  const CellGrid gr = rowOfValues.grid();
  EXPECT_THROW((void)readMetrics(gr, nullptr), InputError);
}

// ---------------------------------------------------------------------------
// Duplicates
// ---------------------------------------------------------------------------

TEST(Duplicates, SameValueTwiceIsFine) {
  const Grid sheet = block({{u"trust", 4}, {u"Trust", 4}});
  const CellGrid g = sheet.grid();
  EXPECT_EQ(readMetrics(g, nullptr).find(Metric::Trust), 4.0);
}

TEST(Duplicates, SameYesNoInDifferentSpellingsIsFine) {
  const Grid sheet = block({{u"jbp", u"yes"}, {u"JBP", 1}, {u"j.b.p.", u"TRUE"}});
  const CellGrid g = sheet.grid();
  EXPECT_EQ(readMetrics(g, nullptr).find(Metric::Jbp), 1.0);
}

TEST(Duplicates, DifferentValuesAreAnErrorNamingTheMetric) {
  const Grid sheet = block({{u"pipeline", 100}, {u"trust", 4}, {u"Pipeline", 200}});
  const CellGrid g = sheet.grid();
  const std::string why = inputErrorOf([&] { return readMetrics(g, nullptr); });
  EXPECT_NE(why.find("pipeline"), std::string::npos) << why;
}

TEST(Duplicates, EmptySecondOccurrenceIsIgnored) {
  const Grid sheet = block({{u"pipeline", 100}, {u"pipeline", blank()}});
  const CellGrid g = sheet.grid();
  EXPECT_EQ(readMetrics(g, nullptr).find(Metric::Pipeline), 100.0);
}

TEST(Duplicates, EmptyFirstOccurrenceIsIgnored) {
  const Grid sheet = block({{u"pipeline", blank()}, {u"pipeline", 100}});
  const CellGrid g = sheet.grid();
  EXPECT_EQ(readMetrics(g, nullptr).find(Metric::Pipeline), 100.0);
}

TEST(Duplicates, DifferentValuesInRowShapeAreAnError) {
  const Grid labels = Grid::row({u"trust", u"Partner", u"TRUST"});
  const Grid values = Grid::row({3, u"Acme", 4});
  const CellGrid l = labels.grid();
  const CellGrid m = values.grid();
  const std::string why = inputErrorOf([&] { return readMetrics(m, &l); });
  EXPECT_NE(why.find("trust"), std::string::npos) << why;
}

// ---------------------------------------------------------------------------
// Row shape: one row or column of values, labels of the same size
// ---------------------------------------------------------------------------

TEST(RowShape, ReadsARowWithItsLabelRow) {
  const Grid labels = Grid::row(
      {u"Partner", u"Map elements", u"Revenue-Target", u"JBP", u"Days since QBR", u"Owner"});
  const Grid values = Grid::row({u"Acme", 9, 500, u"n", 45, 17});
  const CellGrid l = labels.grid();
  const CellGrid m = values.grid();
  const MetricValues v = readMetrics(m, &l);
  EXPECT_EQ(v.find(Metric::MapElements), 9.0);
  EXPECT_EQ(v.find(Metric::RevenueTarget), 500.0);
  EXPECT_EQ(v.find(Metric::Jbp), 0.0);
  EXPECT_EQ(v.find(Metric::DaysSinceQbr), 45.0);
  EXPECT_FALSE(v.known(Metric::Trust));
}

// The portfolio template's headings for the version-2 metrics (contract section 7).
TEST(RowShape, ReadsTheVersionTwoColumnsOfAPortfolioRow) {
  const Grid labels = Grid::row({u"Partner", u"Trust", u"Trust gap", u"Open changes",
                                 u"Quarters declining", u"Quarters red"});
  const Grid values = Grid::row({u"Acme", 3.5, 1.25, 2, 0, 1});
  const CellGrid l = labels.grid();
  const CellGrid m = values.grid();
  const MetricValues v = readMetrics(m, &l);
  EXPECT_EQ(v.find(Metric::Trust), 3.5);
  EXPECT_EQ(v.find(Metric::TrustGap), 1.25);
  EXPECT_EQ(v.find(Metric::OpenChanges), 2.0);
  EXPECT_EQ(v.find(Metric::QuartersDeclining), 0.0);

  // Empty: not known, as for every metric.
  const Grid unknown = Grid::row({u"Beta", 3.5, blank(), blank(), blank(), blank()});
  const CellGrid u = unknown.grid();
  const MetricValues none = readMetrics(u, &l);
  EXPECT_FALSE(none.known(Metric::TrustGap));
  EXPECT_FALSE(none.known(Metric::OpenChanges));
  EXPECT_FALSE(none.known(Metric::QuartersDeclining));

  const Grid bad = Grid::row({u"Gamma", 3.5, 5, blank(), blank(), blank()});
  const CellGrid b = bad.grid();
  EXPECT_EQ(inputErrorOf([&] { return readMetrics(b, &l); }),
            "trust_gap is 5 but must be a number from 0 to 4.");
}

TEST(RowShape, ReadsAColumnWithItsLabelColumn) {
  const Grid labels = Grid::column({u"trust", u"exit plan", u"account conflicts"});
  const Grid values = Grid::column({2.5, u"Y", 3});
  const CellGrid l = labels.grid();
  const CellGrid m = values.grid();
  const MetricValues v = readMetrics(m, &l);
  EXPECT_EQ(v.find(Metric::Trust), 2.5);
  EXPECT_EQ(v.find(Metric::ExitPlan), 1.0);
  EXPECT_EQ(v.find(Metric::AccountConflicts), 3.0);
}

TEST(RowShape, EmptyValueMeansNotKnown) {
  const Grid labels = Grid::row({u"trust", u"jbp"});
  const Grid values = Grid::row({blank(), u"yes"});
  const CellGrid l = labels.grid();
  const CellGrid m = values.grid();
  const MetricValues v = readMetrics(m, &l);
  EXPECT_FALSE(v.known(Metric::Trust));
  EXPECT_EQ(v.find(Metric::Jbp), 1.0);
}

TEST(RowShape, OutOfRangeValueIsAnError) {
  const Grid labels = Grid::row({u"map_elements"});
  const Grid values = Grid::row({11});
  const CellGrid l = labels.grid();
  const CellGrid m = values.grid();
  const std::string why = inputErrorOf([&] { return readMetrics(m, &l); });
  EXPECT_NE(why.find("map_elements"), std::string::npos) << why;
}

TEST(RowShape, ErrorCellUnderAMetricIsAnError) {
  const Grid labels = Grid::row({u"Partner", u"trust"});
  const Grid values = Grid::row({u"Acme", errorCell()});
  const CellGrid l = labels.grid();
  const CellGrid m = values.grid();
  EXPECT_THROW((void)readMetrics(m, &l), InputError);
}

TEST(RowShape, LabelsOfADifferentSizeAreAnError) {
  const Grid labels = Grid::row({u"trust", u"jbp", u"pipeline"});
  const Grid values = Grid::row({4, u"yes"});
  const CellGrid l = labels.grid();
  const CellGrid m = values.grid();
  EXPECT_THROW((void)readMetrics(m, &l), InputError);
}

TEST(RowShape, TwoByTwoMetricsWithLabelsIsAnError) {
  const Grid labels(2, 2, {u"trust", u"jbp", u"pipeline", u"exit_plan"});
  const Grid values(2, 2, {4, u"yes", 100, u"no"});
  const CellGrid l = labels.grid();
  const CellGrid m = values.grid();
  EXPECT_THROW((void)readMetrics(m, &l), InputError);
}

TEST(RowShape, TwoColumnBlockWithLabelsIsAnError) {
  // A block (names, values) passed together with labels is neither shape.
  const Grid labels(2, 2, {u"trust", u"x", u"jbp", u"y"});
  const Grid values = block({{u"trust", 4}, {u"jbp", u"yes"}});
  const CellGrid l = labels.grid();
  const CellGrid m = values.grid();
  EXPECT_THROW((void)readMetrics(m, &l), InputError);
}

// ---------------------------------------------------------------------------
// LabelCache
// ---------------------------------------------------------------------------

TEST(LabelCache, LayoutGivesTheMetricOfEachLabelPosition) {
  const Grid labels = Grid::row({u"Partner", u"trust", u"Revenue target", blank(), 5});
  LabelCache cache;
  const auto layout = cache.layoutFor(labels.cells());
  ASSERT_EQ(layout.size(), 5U);
  EXPECT_EQ(layout[0], -1);
  EXPECT_EQ(layout[1], slotOf(Metric::Trust));
  EXPECT_EQ(layout[2], slotOf(Metric::RevenueTarget));
  EXPECT_EQ(layout[3], -1);
  EXPECT_EQ(layout[4], -1);
}

TEST(LabelCache, HugeLabelRangesAreMatchedWithoutBeingKept) {
  // A whole-column label range: matched correctly, then a short header still works.
  const std::size_t size = LabelCache::kMaxCachedLabels + 10;
  std::vector<V> labelValues(size, blank());
  std::vector<V> values(size, blank());
  labelValues[size - 1] = V(u"trust");
  values[size - 1] = V(4.0);
  const Grid labels(size, 1, std::span<const V>(labelValues));
  const Grid column(size, 1, std::span<const V>(values));
  LabelCache cache;
  const CellGrid l = labels.grid();
  const CellGrid m = column.grid();
  EXPECT_EQ(readMetrics(m, &l, &cache).find(Metric::Trust), 4.0);
  EXPECT_EQ(readMetrics(m, &l, &cache).find(Metric::Trust), 4.0);

  const Grid shortLabels = Grid::row({u"jbp"});
  const Grid shortRow = Grid::row({u"yes"});
  const CellGrid sl = shortLabels.grid();
  const CellGrid sm = shortRow.grid();
  const MetricValues small = readMetrics(sm, &sl, &cache);
  EXPECT_EQ(small.find(Metric::Jbp), 1.0);
  EXPECT_FALSE(small.known(Metric::Trust));
}

TEST(LabelCache, GivesTheSameResultsAsNoCacheForEveryRow) {
  const Grid labels = Grid::row({u"Partner", u"map elements", u"exec signoff", u"goal alignment",
                                 u"revenue target", u"revenue actual", u"pipeline", u"trust"});
  const Grid row1 = Grid::row({u"Acme", 8, u"yes", 0.7, 100, 50, 120, 4.2});
  const Grid row2 = Grid::row({u"Beta", 3, u"no", blank(), 200, 250, blank(), 1.5});
  const Grid row3 = Grid::row({u"Gamma", blank(), blank(), 0.1, blank(), blank(), 7, blank()});
  const CellGrid l = labels.grid();
  LabelCache cache;
  for (const Grid* row : {&row1, &row2, &row3, &row1}) {
    const CellGrid m = row->grid();
    const MetricValues uncached = readMetrics(m, &l);
    const MetricValues cached = readMetrics(m, &l, &cache);
    for (const MetricInfo& info : metricTable()) {
      SCOPED_TRACE(info.name);
      EXPECT_EQ(cached.known(info.id), uncached.known(info.id));
      EXPECT_EQ(cached.find(info.id), uncached.find(info.id));
    }
  }
}

TEST(LabelCache, PicksUpADifferentLabelRange) {
  const Grid labelsA = Grid::row({u"trust", u"pipeline"});
  const Grid labelsB = Grid::row({u"pipeline", u"trust"});
  const Grid values = Grid::row({2, 3});
  const CellGrid a = labelsA.grid();
  const CellGrid b = labelsB.grid();
  const CellGrid m = values.grid();
  LabelCache cache;

  const MetricValues first = readMetrics(m, &a, &cache);
  EXPECT_EQ(first.find(Metric::Trust), 2.0);
  EXPECT_EQ(first.find(Metric::Pipeline), 3.0);

  const MetricValues second = readMetrics(m, &b, &cache);
  EXPECT_EQ(second.find(Metric::Pipeline), 2.0);
  EXPECT_EQ(second.find(Metric::Trust), 3.0);
}

TEST(LabelCache, PicksUpLabelsChangedInPlace) {
  // Each label text changes inside the same string object, keeping its length
  // (so its storage and address stay the same): only the contents differ.
  Grid labels = Grid::row({u"trust", u"Owner"});
  const Grid values = Grid::row({4, 1});
  const CellGrid m = values.grid();
  LabelCache cache;

  const CellGrid before = labels.grid();
  const MetricValues first = readMetrics(m, &before, &cache);
  EXPECT_EQ(first.find(Metric::Trust), 4.0);
  EXPECT_FALSE(first.known(Metric::Jbp));

  labels.overwriteText(1, u"J.B.P");  // now names jbp
  const CellGrid renamed = labels.grid();
  const MetricValues second = readMetrics(m, &renamed, &cache);
  EXPECT_EQ(second.find(Metric::Trust), 4.0);
  EXPECT_EQ(second.find(Metric::Jbp), 1.0);

  labels.overwriteText(0, u"Notes");  // the trust column is not a metric any more
  const CellGrid renamedAgain = labels.grid();
  const MetricValues third = readMetrics(m, &renamedAgain, &cache);
  EXPECT_FALSE(third.known(Metric::Trust));
  EXPECT_EQ(third.find(Metric::Jbp), 1.0);
}

TEST(LabelCache, StillChecksShapes) {
  const Grid labels = Grid::row({u"trust", u"jbp", u"pipeline"});
  const Grid values = Grid::row({4, u"yes"});
  const CellGrid l = labels.grid();
  const CellGrid m = values.grid();
  LabelCache cache;
  EXPECT_THROW((void)readMetrics(m, &l, &cache), InputError);
}

}  // namespace
}  // namespace alliance
