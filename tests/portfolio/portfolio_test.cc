// The portfolio model every front reads workbooks through: which sheet is the
// portfolio, which rows are partners, how Settings are read in any language,
// and a partner's one set of scores.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/rounding.h"
#include "portfolio/portfolio.h"
#include "portfolio/scorecard.h"
#include "portfolio_cells.h"

namespace alliance::portfolio {
namespace {

using portfolio::testing::n;
using portfolio::testing::t;

const std::vector<Value> kHeader =
    portfolio::testing::portfolioHeader({u"Previous health", u"Quarters red", u"Health"});

// The sample portfolio's Cedar & Stone Consulting: with the default weights its
// health is computed as 72.44999999999999.
std::vector<Value> cedarRow() {
  return {t(u"Cedar & Stone Consulting"),
          n(8),
          t(u"yes"),
          n(0.7),
          n(300000),
          n(220000),
          n(120000),
          n(3),
          n(3),
          t(u"yes"),
          t(u"no"),
          n(0),
          n(3.8),
          t(u"yes"),
          n(90),
          t(u"no"),
          n(0),
          n(74),
          n(0),
          t(u"")};
}

std::vector<Value> row(std::u16string name, double trust) {
  std::vector<Value> r(kHeader.size());
  r[0] = t(std::move(name));
  r[12] = n(trust);
  return r;
}

// The template's layout: title rows, the header in row 4, partners from row 5.
Sheet portfolioSheet() {
  Sheet s{u"Portfolio", {}};
  s.rows = {{t(u"Partner portfolio")}, {t(u"One row per partner.")}, {}, kHeader};
  s.rows.push_back(cedarRow());
  s.rows.push_back(row(u"Acme", 5));
  return s;
}

// Settings as the templates lay them out: labels in A (any language), values in
// B4:B8 (weights), B9 (Green at), B10 (Amber at), B11 (current quarter).
Sheet settingsSheet(const std::vector<Value>& values, std::u16string_view language = u"en") {
  const std::vector<std::u16string> en = {u"Strategy", u"Execution",      u"Commitment",
                                          u"Trust",    u"Governance",     u"Green at",
                                          u"Amber at", u"Current quarter"};
  const std::vector<std::u16string> de = {u"Strategie", u"Umsetzung",      u"Engagement",
                                          u"Vertrauen", u"Steuerung",      u"Grün ab",
                                          u"Gelb ab",   u"Current quarter"};
  const auto& labels = language == u"de" ? de : en;
  Sheet s{u"Settings", {{t(u"Settings")}, {}, {t(u"Setting"), t(u"Value")}}};
  for (std::size_t i = 0; i < values.size(); ++i) {
    s.rows.push_back({t(labels[i]), values[i]});
  }
  return s;
}

const std::vector<Value> kTestSettings = {n(0.10), n(0.20), n(0.10), n(0.50),
                                          n(0.10), n(80),   n(60),   t(u"2026-Q4")};

TEST(Quarter, ParsesCommonSpellingsAndSteps) {
  EXPECT_EQ(Quarter::parse(u"2026-Q4"), (Quarter{2026, 4}));
  EXPECT_EQ(Quarter::parse(u"2026 q1"), (Quarter{2026, 1}));
  EXPECT_EQ(Quarter::parse(u"2026Q2"), (Quarter{2026, 2}));
  EXPECT_FALSE(Quarter::parse(u"Q4"));
  EXPECT_FALSE(Quarter::parse(u"20264-Q4"));
  EXPECT_FALSE(Quarter::parse(u"2026-Q5"));
  EXPECT_FALSE(Quarter::parse(u"2026-Q4x"));
  EXPECT_EQ(Quarter::parse(u"2026-Q1")->previous(), (Quarter{2025, 4}));
  EXPECT_EQ((Quarter{2026, 4}).next(), (Quarter{2027, 1}));
  EXPECT_EQ((Quarter{2026, 3}).text(), "2026-Q3");
}

TEST(PortfolioHeader, NeedsPartnerAndAMetricInTheSearchArea) {
  const auto header = findPortfolioHeader(portfolioSheet());
  ASSERT_TRUE(header);
  EXPECT_EQ(header->row, 3U);
  EXPECT_EQ(header->partnerColumn, 0U);
  // History has a Partner column but no metric: not a portfolio.
  const Sheet history{u"History", {{t(u"Quarter"), t(u"Partner"), t(u"Health")}}};
  EXPECT_FALSE(findPortfolioHeader(history));
  Sheet late = portfolioSheet();
  late.rows.insert(late.rows.begin(), kHeaderSearchRows, {});
  EXPECT_FALSE(findPortfolioHeader(late));  // below the first 20 rows
}

TEST(ReadPortfolio, TheFirstPortfolioSheetInSheetOrder) {
  Workbook wb{
      {Sheet{u"History", {{t(u"Quarter"), t(u"Partner"), t(u"Health")}}}, portfolioSheet()}};
  Sheet second = portfolioSheet();
  second.name = u"Old portfolio";
  wb.sheets.push_back(second);
  const Portfolio p = readPortfolio(wb);
  EXPECT_EQ(p.sheetIndex, 1U);
  EXPECT_EQ(p.sheetName, u"Portfolio");
  EXPECT_TRUE(p.hasHistory);
  EXPECT_FALSE(p.hasPlan);
  ASSERT_EQ(p.metricColumns.size(), 16U);
  EXPECT_EQ(p.metricColumns.front().column, 1U);
  EXPECT_EQ(p.previousHealthColumn, 17U);
  EXPECT_EQ(p.quartersRedColumn, 18U);
}

TEST(ReadPortfolio, ABlankRowDoesNotEndThePartnerList) {
  Sheet s = portfolioSheet();
  s.rows.push_back({});                            // an empty row
  s.rows.push_back({t(u"   "), n(4)});             // a blank name: a prepared row
  s.rows.push_back(row(u"  Late Addition  ", 2));  // listed after the gap
  s.rows.push_back({Value::ofError(), n(3)});      // a name showing an error
  const Portfolio p = readPortfolio(Workbook{{s}});
  ASSERT_EQ(p.partners.size(), 3U);
  EXPECT_EQ(p.partners[2].name, u"Late Addition");  // trimmed
  EXPECT_EQ(p.partners[2].row, 8U);
  EXPECT_EQ(p.partnerOnRow(8), &p.partners[2]);
  EXPECT_EQ(p.partnerOnRow(6), nullptr);
  EXPECT_EQ(p.errorNameRows, std::vector<std::size_t>{9});
  EXPECT_EQ(p.findPartner(u"late addition"), &p.partners[2]);
}

TEST(ReadPortfolio, NoPortfolioSheetIsAnError) {
  const Workbook wb{{Sheet{u"Sheet1", {{t(u"Partner"), t(u"Name")}}}}};
  EXPECT_FALSE(hasPortfolio(wb));
  try {
    static_cast<void>(readPortfolio(wb));
    FAIL();
  } catch (const WorkbookError& e) {
    EXPECT_NE(std::string(e.what()).find("\"Partner\""), std::string::npos) << e.what();
  }
}

TEST(Settings, ReadByPositionInEnglishAndGerman) {
  for (const std::u16string_view language : {u"en", u"de"}) {
    const PortfolioSettings s = readSettings(Workbook{{settingsSheet(kTestSettings, language)}});
    EXPECT_TRUE(s.fromSheet);
    EXPECT_TRUE(s.problems.empty());
    EXPECT_DOUBLE_EQ(s.weights.w[3], 0.50);
    EXPECT_DOUBLE_EQ(s.bands.greenAt, 80.0);
    EXPECT_DOUBLE_EQ(s.bands.amberAt, 60.0);
    EXPECT_EQ(s.currentQuarter, (Quarter{2026, 4}));
    EXPECT_EQ(s.currentQuarterCell, "B11");
  }
}

TEST(Settings, NoneOnTheSheetMeansTheDefaults) {
  const PortfolioSettings missing = readSettings(Workbook{{portfolioSheet()}});
  EXPECT_FALSE(missing.fromSheet);
  EXPECT_EQ(missing.weights.w, Weights{}.w);
  // A Settings sheet holding only a current quarter, beside its label.
  const Sheet quarterOnly{u"Settings", {{t(u"Current quarter"), t(u"2027-Q1")}}};
  const PortfolioSettings s = readSettings(Workbook{{quarterOnly}});
  EXPECT_FALSE(s.fromSheet);
  EXPECT_TRUE(s.problems.empty());
  EXPECT_DOUBLE_EQ(s.bands.greenAt, kDefaultGreenAt);
  EXPECT_EQ(s.currentQuarter, (Quarter{2027, 1}));
  EXPECT_EQ(s.currentQuarterCell, "B1");
}

TEST(Settings, MalformedValuesAreProblemsAtTheirCells) {
  struct Case {
    std::size_t index;
    Value value;
    std::string cell;
    std::string message;
  };
  const std::vector<Case> cases = {
      {1, t(u"high"), "B5",
       "The Execution weight on Settings (B5) is the text \"high\" but must be a number of 0 or "
       "more."},
      {0, n(-0.25), "B4",
       "The Strategy weight on Settings (B4) is -0.25 but must be a number of 0 or more."},
      {4, Value{}, "B8",
       "The Governance weight on Settings (B8) is empty but must be a number of 0 or more."},
      {5, Value::ofError(), "B9",
       "The \"Green at\" band on Settings (B9) is an error value but must be a number of 0 or "
       "more."},
  };
  for (const Case& c : cases) {
    std::vector<Value> values = kTestSettings;
    values[c.index] = c.value;
    const PortfolioSettings s = readSettings(Workbook{{settingsSheet(values)}});
    ASSERT_EQ(s.problems.size(), 1U) << c.cell;
    EXPECT_EQ(s.problems[0].cell, c.cell);
    EXPECT_EQ(s.problems[0].message, c.message);
  }
  std::vector<Value> inverted = kTestSettings;
  inverted[5] = n(40);  // green below amber
  const PortfolioSettings s = readSettings(Workbook{{settingsSheet(inverted)}});
  ASSERT_EQ(s.problems.size(), 1U);
  EXPECT_EQ(s.problems[0].cell, "B9:B10");

  std::vector<Value> zero = kTestSettings;
  for (std::size_t i = 0; i < 5; ++i) {
    zero[i] = n(0);
  }
  ASSERT_EQ(readSettings(Workbook{{settingsSheet(zero)}}).problems.size(), 1U);
  EXPECT_EQ(readSettings(Workbook{{settingsSheet(zero)}}).problems[0].cell, "B4:B8");
}

TEST(Scorecard, UsesThePortfoliosWeightsAndBands) {
  const Portfolio defaults = readPortfolio(Workbook{{portfolioSheet()}});
  const Portfolio custom =
      readPortfolio(Workbook{{portfolioSheet(), settingsSheet(kTestSettings)}});
  const Scorecard before = scorePartner(defaults, defaults.partners[0]);
  const Scorecard after = scorePartner(custom, custom.partners[0]);
  ASSERT_TRUE(before.health && after.health);
  EXPECT_NE(*before.health, *after.health);
  EXPECT_EQ(before.status, Status::Green);
  EXPECT_EQ(after.status, Status::Amber);  // bands 80 / 60
  EXPECT_EQ(after.action, Action::Grow);
  EXPECT_EQ(after.previousHealth, 74.0);
}

TEST(Scorecard, TheRoundingEdgeShowsOneNumber) {
  const Portfolio p = readPortfolio(Workbook{{portfolioSheet()}});
  const Scorecard cedar = scorePartner(p, p.partners[0]);
  ASSERT_TRUE(cedar.health);
  EXPECT_EQ(*cedar.health, 72.45);  // not 72.44999999999999
  EXPECT_EQ(formatScore(*cedar.health), "72.5");
}

TEST(Scorecard, UnusableSettingsLeaveEveryPartnerUnscored) {
  std::vector<Value> values = kTestSettings;
  values[2] = t(u"x");
  const Portfolio p = readPortfolio(Workbook{{portfolioSheet(), settingsSheet(values)}});
  for (const PartnerRow& partner : p.partners) {
    const Scorecard card = scorePartner(p, partner);
    EXPECT_FALSE(card.health);
    EXPECT_EQ(card.problem, p.settings.problems[0].message);
  }
}

TEST(Scorecard, ProblemsAreSentences) {
  Sheet s = portfolioSheet();
  s.rows.push_back(row(u"Empty", 0));
  s.rows.back()[12] = Value{};             // no metric at all
  s.rows.push_back(row(u"Bad trust", 9));  // out of range
  s.rows.push_back(row(u"Bad previous", 4));
  s.rows.back()[17] = t(u"n/a");
  const Portfolio p = readPortfolio(Workbook{{s}});
  const Scorecard empty = scorePartner(p, p.partners[2]);
  EXPECT_FALSE(empty.health);
  EXPECT_NE(empty.problem->find("No metric is filled in"), std::string::npos);
  const Scorecard bad = scorePartner(p, p.partners[3]);
  EXPECT_FALSE(bad.health);
  EXPECT_NE(bad.problem->find("trust"), std::string::npos) << *bad.problem;
  const Scorecard previous = scorePartner(p, p.partners[4]);
  ASSERT_TRUE(previous.health);  // scored, but no action
  EXPECT_FALSE(previous.action);
  EXPECT_EQ(previous.actionProblem,
            "Previous health is not a number, so the action cannot be decided.");
}

}  // namespace
}  // namespace alliance::portfolio
