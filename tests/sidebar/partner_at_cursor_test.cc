// Which partner the cursor is on, and its scorecard, on workbooks held in plain
// values: portfolio rows, a scorecard block, Settings, and what is not a partner.
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "core/scoring.h"
#include "sidebar/partner_at_cursor.h"

namespace alliance::sidebar {
namespace {

using portfolio::Sheet;
using portfolio::Value;
using portfolio::Workbook;

Value n(double v) { return Value::ofNumber(v); }
Value t(std::u16string s) { return Value::ofText(std::move(s)); }

// 2026-11-20 as the office counts days.
const double kToday = serialDay(std::chrono::year{2026} / 11 / 20);

// A portfolio with a title row, a header in row 3 (index 2) and three partners.
Sheet portfolio() {
  Sheet s;
  s.name = u"Portfolio";
  s.rows = {
      {t(u"Partner portfolio")},
      {},
      {t(u"Partner"), t(u"Trust"), t(u"JBP"), t(u"Exit plan"), t(u"Revenue target"),
       t(u"Revenue actual"), t(u"Previous health"), t(u"Quarters red"), t(u"Notes")},
      {t(u"Northwind"), n(5), t(u"yes"), t(u"yes"), n(100), n(100), n(90), n(0), t(u"fine")},
      {t(u"Maple Ridge"), n(1), t(u"no"), t(u"no"), n(100), n(10), n(30), n(2), {}},
      {t(u"Broken Ltd"), n(9), t(u"yes"), {}, {}, {}, {}, {}, {}},
  };
  return s;
}

TEST(PartnerAtCursor, ScoresTheRowUnderTheCursorAnywhereOnIt) {
  const Workbook book{{portfolio()}};
  for (std::size_t column : {0U, 3U, 8U, 20U}) {
    const CursorLookup at = partnerAtCursor(book, {0, 3, column}, kToday);
    ASSERT_TRUE(at.card) << column;
    EXPECT_EQ(at.card->partner, u"Northwind");
    EXPECT_EQ(at.card->shape, CardShape::PortfolioRow);
    EXPECT_EQ(at.card->row, 3U);
  }
  const PartnerCard card = *partnerAtCursor(book, {0, 3, 1}, kToday).card;
  EXPECT_FALSE(card.problem);
  ASSERT_TRUE(card.health);
  EXPECT_DOUBLE_EQ(*card.health, 100.0);  // trust 5, governance full, revenue met
  EXPECT_EQ(card.status, Status::Green);
  EXPECT_EQ(card.action, Action::Grow);
  EXPECT_TRUE(card.warnings.empty());
  EXPECT_EQ(card.previousHealth, 90.0);
  EXPECT_FALSE(card.dimensions.available(Dimension::Strategy));
}

TEST(PartnerAtCursor, AnotherRowIsAnotherPartnerWithItsWarningsAndAction) {
  const Workbook book{{portfolio()}};
  const PartnerCard card = *partnerAtCursor(book, {0, 4, 2}, kToday).card;
  EXPECT_EQ(card.partner, u"Maple Ridge");
  ASSERT_TRUE(card.health);
  EXPECT_LT(*card.health, 50.0);
  EXPECT_EQ(card.status, Status::Red);
  EXPECT_EQ(card.action, Action::ExitReview);  // Red with two red quarters
  EXPECT_TRUE(card.warnings.contains(Warning::NoExitPlan));
  EXPECT_TRUE(card.warnings.contains(Warning::RevenueBehind));
}

TEST(PartnerAtCursor, BadMetricsBecomeTheProblemSentence) {
  const Workbook book{{portfolio()}};
  const PartnerCard card = *partnerAtCursor(book, {0, 5, 0}, kToday).card;
  EXPECT_EQ(card.partner, u"Broken Ltd");
  ASSERT_TRUE(card.problem);
  EXPECT_NE(card.problem->find("trust"), std::string::npos) << *card.problem;
  EXPECT_FALSE(card.health);
}

TEST(PartnerAtCursor, HeaderTitleAndRowsBelowThePartnersAreNotPartners) {
  const Workbook book{{portfolio()}};
  for (std::size_t row : {0U, 1U, 2U, 6U, 100U}) {
    const CursorLookup at = partnerAtCursor(book, {0, row, 0}, kToday);
    EXPECT_FALSE(at.card) << row;
    EXPECT_EQ(at.reason, NoPartner::NotOnPartnerRow);
    EXPECT_EQ(at.portfolioSheet, u"Portfolio");
  }
}

TEST(PartnerAtCursor, OtherSheetsOfAPortfolioPointToIt) {
  Sheet history;
  history.name = u"History";
  history.rows = {{t(u"Quarter"), t(u"Partner"), t(u"Health")}, {t(u"2026-Q3"), t(u"X"), n(50)}};
  const Workbook book{{portfolio(), history}};
  const CursorLookup at = partnerAtCursor(book, {1, 1, 1}, kToday);
  EXPECT_FALSE(at.card);
  EXPECT_EQ(at.reason, NoPartner::NotOnPartnerRow);
  EXPECT_EQ(at.portfolioSheet, u"Portfolio");
}

TEST(PartnerAtCursor, AnEmptyWorkbookHasNoPartnerSheet) {
  Sheet empty;
  empty.name = u"Sheet1";
  empty.rows = {{t(u"hello")}};
  const Workbook book{{empty}};
  const CursorLookup at = partnerAtCursor(book, {0, 0, 0}, kToday);
  EXPECT_FALSE(at.card);
  EXPECT_EQ(at.reason, NoPartner::NoPartnerSheet);
  EXPECT_FALSE(partnerAtCursor(book, {5, 0, 0}, kToday).card);  // a sheet that is not there
}

Sheet scorecard() {
  Sheet s;
  s.name = u"Scorecard";
  s.rows = {
      {t(u"Partner scorecard")},
      {},
      {},
      {t(u"Partner"), t(u"Acme Cloud")},
      {t(u"Quarter"), t(u"2026-Q4")},
      {t(u"Previous health"), n(40)},
      {},
      {t(u"Metric"), t(u"Value")},
      {t(u"Trust"), n(3)},
      {t(u"JBP"), t(u"yes")},
      {t(u"Exit plan"), t(u"no")},
      {t(u"Days since QBR"), n(30)},
  };
  return s;
}

TEST(PartnerAtCursor, AScorecardBlockIsItsPartnerWhereverTheCursorIs) {
  Sheet map;
  map.name = u"Strategic map";
  map.rows = {{t(u"Element"), t(u"Documented")}};
  const Workbook book{{scorecard(), map}};
  for (const CursorPosition at :
       {CursorPosition{0, 0, 0}, CursorPosition{0, 9, 1}, CursorPosition{1, 0, 0}}) {
    const CursorLookup lookup = partnerAtCursor(book, at, kToday);
    ASSERT_TRUE(lookup.card);
    EXPECT_EQ(lookup.card->shape, CardShape::ScorecardBlock);
    EXPECT_EQ(lookup.card->partner, u"Acme Cloud");
    EXPECT_EQ(lookup.card->row, 8U);
    EXPECT_EQ(lookup.card->previousHealth, 40.0);
    ASSERT_TRUE(lookup.card->health);
    EXPECT_TRUE(lookup.card->warnings.contains(Warning::NoExitPlan));
  }
}

// Settings as the templates lay them out, whatever the labels' language:
// weights in B4:B8, Green at in B9, Amber at in B10.
Sheet settingsSheet(const std::vector<Value>& column) {
  Sheet settings;
  settings.name = u"Settings";
  settings.rows = {{t(u"Einstellungen")}, {}, {}};
  const std::vector<std::u16string> labels = {u"Strategie", u"Umsetzung", u"Engagement",
                                              u"Vertrauen", u"Steuerung", u"Grün ab",
                                              u"Gelb ab"};
  for (std::size_t i = 0; i < column.size(); ++i) {
    settings.rows.push_back({t(labels[i]), column[i]});
  }
  return settings;
}

TEST(PartnerAtCursor, SettingsWeightsAndBandsAreUsedInAnyLanguage) {
  const Workbook book{{portfolio(), settingsSheet({n(0), n(0), n(0), n(1), n(0), n(90), n(20)})}};
  // Maple Ridge: trust 1 scores 0, the only weighted dimension: health 0, Red.
  const PartnerCard maple = *partnerAtCursor(book, {0, 4, 0}, kToday).card;
  EXPECT_DOUBLE_EQ(*maple.health, 0.0);
  EXPECT_EQ(maple.status, Status::Red);
  // Northwind: trust 5 scores 100; green only from 90.
  const PartnerCard northwind = *partnerAtCursor(book, {0, 3, 0}, kToday).card;
  EXPECT_DOUBLE_EQ(*northwind.health, 100.0);
  EXPECT_EQ(northwind.status, Status::Green);
}

TEST(PartnerAtCursor, UnusableSettingsAreTheProblemNotTheDefaults) {
  const Workbook book{
      {portfolio(), settingsSheet({n(-1), n(0.3), n(0.2), n(0.15), n(0.1), n(70), n(50)})}};
  const PartnerCard card = *partnerAtCursor(book, {0, 3, 0}, kToday).card;
  EXPECT_FALSE(card.health);
  ASSERT_TRUE(card.problem);
  EXPECT_EQ(*card.problem,
            "The Strategy weight on Settings (B4) is -1 but must be a number of 0 or more.");
}

TEST(PartnerAtCursor, APartnerAfterABlankRowIsAPartner) {
  Sheet sheet = portfolio();
  sheet.rows.push_back({});
  sheet.rows.push_back({t(u"Late Addition"), n(4), t(u"yes")});
  const Workbook book{{sheet}};
  const CursorLookup at = partnerAtCursor(book, {0, 7, 2}, kToday);
  ASSERT_TRUE(at.card);
  EXPECT_EQ(at.card->partner, u"Late Addition");
  EXPECT_FALSE(partnerAtCursor(book, {0, 6, 0}, kToday).card);  // the blank row itself
}

TEST(PartnerAtCursor, SerialDaysCountFromTheOfficesEpoch) {
  EXPECT_EQ(serialDay(std::chrono::year{1899} / 12 / 31), 1.0);
  EXPECT_EQ(serialDay(std::chrono::year{1900} / 3 / 1), 61.0);
  EXPECT_EQ(serialDay(std::chrono::year{2026} / 10 / 5), 46300.0);
}

// Settings naming the current quarter in B11, as the templates lay it out.
Sheet quarterSettings(std::u16string quarter) {
  Sheet settings;
  settings.name = u"Settings";
  settings.rows.resize(11);
  settings.rows[10] = {t(u"Current quarter"), t(std::move(quarter))};
  return settings;
}

Sheet historySheet(const std::vector<std::vector<Value>>& rows) {
  Sheet history;
  history.name = u"History";
  history.rows = {{t(u"Quarter"), t(u"Partner"), t(u"Health"), t(u"Status")}};
  for (const auto& row : rows) {
    history.rows.push_back(row);
  }
  return history;
}

TEST(PartnerAtCursor, HealthByQuarterIsHistoryInQuarterOrderThenNow) {
  const Workbook book{{portfolio(), quarterSettings(u"2026-Q4"),
                       historySheet({
                           {t(u"2026-Q3"), t(u"Northwind"), n(88)},
                           {t(u"2026-Q1"), t(u"northwind "), n(80)},  // any case and spacing
                           {t(u"2026-Q2"), t(u"Northwind"), n(83)},
                           {t(u"2026-Q2"), t(u"Northwind"), n(84)},  // a later row replaces
                           {t(u"2026-Q2"), t(u"Maple Ridge"), n(50)},
                           {t(u"2027-Q1"), t(u"Northwind"), n(10)},  // after the current quarter
                           {t(u"2025-Q4"), t(u"Northwind"), {}},     // no health
                       })}};
  const PartnerCard card = *partnerAtCursor(book, {0, 3, 0}, kToday).card;
  // History has no 2026-Q4 yet: the health now (100) is this quarter's.
  EXPECT_EQ(card.healthByQuarter, (std::vector<double>{80, 84, 88, 100}));
}

TEST(PartnerAtCursor, TheHealthNowIsLeftOutWhenHistoryHoldsTheCurrentQuarter) {
  const Workbook book{{portfolio(), quarterSettings(u"2026-Q4"),
                       historySheet({
                           {t(u"2026-Q3"), t(u"Northwind"), n(88)},
                           {t(u"2026-Q4"), t(u"Northwind"), n(91)},
                       })}};
  const PartnerCard card = *partnerAtCursor(book, {0, 3, 0}, kToday).card;
  EXPECT_EQ(card.healthByQuarter, (std::vector<double>{88, 91}));
}

TEST(PartnerAtCursor, APartnerWithoutHistoryHasOnlyItsHealthNow) {
  const Workbook book{{portfolio(), quarterSettings(u"2026-Q4"), historySheet({})}};
  const PartnerCard card = *partnerAtCursor(book, {0, 3, 0}, kToday).card;
  EXPECT_EQ(card.healthByQuarter, (std::vector<double>{100}));
  // Metrics that cannot be scored have no health now.
  EXPECT_TRUE(partnerAtCursor(book, {0, 5, 0}, kToday).card->healthByQuarter.empty());
}

Sheet changesSheet(const std::vector<std::vector<Value>>& rows) {
  Sheet changes;
  changes.name = u"Changes";
  changes.rows = {{t(u"Date logged"), t(u"Partner"), t(u"Side"), t(u"Kind"), t(u"What changed"),
                   t(u"Response agreed on"), t(u"Response")}};
  for (const auto& row : rows) {
    changes.rows.push_back(row);
  }
  return changes;
}

TEST(PartnerAtCursor, OpenChangesAreThePartnersOldOnesWithoutAResponse) {
  const Workbook book{
      {portfolio(),
       changesSheet({
           {n(kToday - 45), t(u"Northwind"), t(u"theirs"), t(u"structure"),
            t(u"Channel team reorganised")},
           {n(kToday - 45), t(u"Northwind"), t(u"ours"), t(u"policy"), t(u"New pricing"),
            n(kToday - 20), t(u"Grandfathered")},  // answered
           {n(kToday - 10), t(u"Northwind"), t(u"theirs"), t(u"people"), t(u"New CEO")},  // recent
           {n(kToday - 100), t(u"Maple Ridge"), t(u"theirs"), t(u"ownership"), t(u"Acquired")},
           {n(kToday - 31.5), t(u"NORTHWIND"), {}, {}, {}},
       })}};
  const PartnerCard card = *partnerAtCursor(book, {0, 3, 0}, kToday).card;
  ASSERT_EQ(card.openChanges.size(), 2U);
  EXPECT_EQ(card.openChanges[0].what, u"Channel team reorganised");
  EXPECT_EQ(card.openChanges[0].side, u"theirs");
  EXPECT_EQ(card.openChanges[0].kind, u"structure");
  EXPECT_EQ(card.openChanges[0].days, 45);
  EXPECT_EQ(card.openChanges[0].row, 1U);
  EXPECT_EQ(card.openChanges[1].days, 31);
  EXPECT_TRUE(card.openChanges[1].what.empty());
  EXPECT_EQ(partnerAtCursor(book, {0, 4, 0}, kToday).card->openChanges.size(), 1U);
  // Thirty days or fewer is not open yet.
  EXPECT_TRUE(partnerAtCursor(book, {0, 3, 0}, kToday - 20).card->openChanges.empty());
}

}  // namespace
}  // namespace alliance::sidebar
