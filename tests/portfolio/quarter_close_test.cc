// Closing a quarter in the portfolio model: the History rows, the counters and
// the next quarter that the close writes, and what it refuses.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "portfolio/quarter_close.h"
#include "portfolio_cells.h"

namespace alliance::portfolio {
namespace {

using testing::n;
using testing::t;

// A partner with every dimension available; trust sets how healthy it is.
std::vector<Value> partner(std::u16string name, double trust, Value previous, Value red,
                           Value declining) {
  return {t(std::move(name)),
          n(8),
          t(u"yes"),
          n(0.8),
          n(1000),
          n(900),
          n(500),
          n(4),
          n(4),
          t(u"yes"),
          t(u"yes"),
          n(0),
          n(trust),
          t(u"yes"),
          n(30),
          t(u"yes"),
          n(0),
          std::move(previous),
          std::move(red),
          std::move(declining)};
}

Workbook portfolioWorkbook(std::vector<std::vector<Value>> partners,
                           std::vector<std::vector<Value>> history = {}) {
  Sheet sheet{u"Portfolio", {}};
  sheet.rows.push_back({t(u"Partner portfolio")});
  sheet.rows.emplace_back();
  sheet.rows.emplace_back();
  sheet.rows.push_back(
      testing::portfolioHeader({u"Previous health", u"Quarters red", u"Quarters declining"}));
  for (auto& row : partners) {
    sheet.rows.push_back(std::move(row));
  }
  Sheet settings{u"Settings", std::vector<std::vector<Value>>(11)};
  settings.rows[10] = {t(u"Current quarter"), t(u"2026-Q4")};
  Sheet historySheet{u"History", {}};
  historySheet.rows.push_back({t(u"Quarter"), t(u"Partner"), t(u"Health"), t(u"Status"),
                               t(u"Strategy"), t(u"Execution"), t(u"Commitment"), t(u"Trust"),
                               t(u"Governance"), t(u"Revenue target"), t(u"Revenue actual"),
                               t(u"Pipeline"), Value{}, t(u"a note beside the table")});
  for (auto& row : history) {
    historySheet.rows.push_back(std::move(row));
  }
  return Workbook{{sheet, settings, historySheet}};
}

const CellEdit* editAt(const QuarterClose& close, std::u16string_view sheet, std::size_t row,
                       std::size_t column) {
  for (const CellEdit& e : close.edits) {
    if (e.sheet == sheet && e.row == row && e.column == column) {
      return &e;
    }
  }
  return nullptr;
}

TEST(QuarterClose, AppendsOneHistoryRowPerPartnerBelowTheLastSnapshot) {
  const Portfolio p = readPortfolio(portfolioWorkbook(
      {partner(u"Alpha", 4.5, n(80), n(0), n(0)), partner(u"Beta", 2, n(70), n(0), n(0))},
      {{t(u"2026-Q3"), t(u"Alpha"), n(80)}, {t(u"2026-Q3"), t(u"Beta"), n(70)}}));
  const QuarterClose close = planQuarterClose(p);
  EXPECT_EQ(close.closed.text(), "2026-Q4");
  EXPECT_EQ(close.next.text(), "2027-Q1");
  ASSERT_EQ(close.partners.size(), 2U);
  // History's rows 1 and 2 (0-based) hold Q3: Q4 goes into rows 3 and 4.
  const CellEdit* quarter = editAt(close, u"History", 3, 0);
  const CellEdit* name = editAt(close, u"History", 4, 1);
  ASSERT_NE(quarter, nullptr);
  ASSERT_NE(name, nullptr);
  EXPECT_EQ(quarter->value.text, u"2026-Q4");
  EXPECT_EQ(name->value.text, u"Beta");
  const CellEdit* health = editAt(close, u"History", 3, 2);
  ASSERT_NE(health, nullptr);
  EXPECT_EQ(health->value.number, close.partners[0].health);
  const CellEdit* status = editAt(close, u"History", 3, 3);
  ASSERT_NE(status, nullptr);
  EXPECT_EQ(status->value.text, u"Green");
  // The note beside the table (column N) is not under a heading: it is no snapshot.
  EXPECT_EQ(editAt(close, u"History", 3, 13), nullptr);
  const CellEdit* next = editAt(close, u"Settings", 10, 1);
  ASSERT_NE(next, nullptr);
  EXPECT_EQ(next->value.text, u"2027-Q1");
}

// Trust 1, no sign-off, sponsors or plan: a Red partner.
std::vector<Value> redPartner(std::u16string name, Value previous, Value red, Value declining) {
  std::vector<Value> row =
      partner(std::move(name), 1, std::move(previous), std::move(red), std::move(declining));
  row[2] = t(u"no");   // exec signoff
  row[3] = n(0.1);     // goal alignment
  row[5] = n(50);      // revenue actual
  row[9] = t(u"no");   // exec sponsor
  row[10] = t(u"no");  // sales sponsor
  row[13] = t(u"no");  // JBP
  return row;
}

TEST(QuarterClose, CountersFollowTheRules) {
  // Gamma: Red, already 1 quarter red, fell from 99 after 1 quarter declining: 2 and 2.
  // Alpha: Green, was red and declining, rose: both counters back to 0.
  const Portfolio p = readPortfolio(portfolioWorkbook(
      {partner(u"Alpha", 4.5, n(50), n(1), n(3)), redPartner(u"Gamma", n(99), n(1), n(1))}));
  const QuarterClose close = planQuarterClose(p);
  const PartnerClose& alpha = close.partners[0];
  const PartnerClose& gamma = close.partners[1];
  ASSERT_EQ(alpha.status, Status::Green);
  ASSERT_GT(alpha.health, 50.0);
  EXPECT_EQ(alpha.quartersRed, 0.0);
  EXPECT_EQ(alpha.quartersDeclining, 0.0);
  ASSERT_EQ(gamma.status, Status::Red);
  EXPECT_EQ(gamma.quartersRed, 2.0);
  EXPECT_EQ(gamma.quartersDeclining, 2.0);
  // Written into the partners' rows: Previous health R, Quarters red S, declining T.
  const std::size_t row = p.partners[1].row;
  ASSERT_NE(editAt(close, u"Portfolio", row, 17), nullptr);
  EXPECT_EQ(editAt(close, u"Portfolio", row, 17)->value.number, gamma.health);
  EXPECT_EQ(editAt(close, u"Portfolio", row, 18)->value.number, 2.0);
  EXPECT_EQ(editAt(close, u"Portfolio", row, 19)->value.number, 2.0);
  EXPECT_EQ(editAt(close, u"Portfolio", p.partners[0].row, 18)->value.number, 0.0);
}

TEST(QuarterClose, RedCountsUpFromEmpty) {
  const QuarterClose close = planQuarterClose(
      readPortfolio(portfolioWorkbook({redPartner(u"Delta", Value{}, Value{}, Value{})})));
  ASSERT_EQ(close.partners[0].status, Status::Red);
  EXPECT_EQ(close.partners[0].quartersRed, 1.0);
  EXPECT_EQ(close.partners[0].quartersDeclining, 0.0);  // no previous health: not a fall
}

TEST(QuarterClose, RefusesAQuarterHistoryAlreadyHolds) {
  const Portfolio p = readPortfolio(portfolioWorkbook({partner(u"Alpha", 4, n(80), n(0), n(0))},
                                                      {{t(u"2026-Q4"), t(u"Alpha"), n(80)}}));
  try {
    static_cast<void>(planQuarterClose(p));
    FAIL() << "closed a quarter twice";
  } catch (const CloseError& e) {
    EXPECT_EQ(e.refusal(), CloseRefusal::AlreadyClosed);
    EXPECT_NE(std::string(e.what()).find("2026-Q4"), std::string::npos);
  }
}

TEST(QuarterClose, RefusesPartnersThatCannotBeScoredListingEach) {
  std::vector<Value> bad = partner(u"Broken", 4, n(80), n(0), n(0));
  bad[12] = n(9);  // trust 9 of 5
  try {
    static_cast<void>(planQuarterClose(
        readPortfolio(portfolioWorkbook({partner(u"Alpha", 4, n(80), n(0), n(0)), bad}))));
    FAIL() << "closed with an unscorable partner";
  } catch (const CloseError& e) {
    EXPECT_EQ(e.refusal(), CloseRefusal::Unscored);
    EXPECT_NE(std::string(e.what()).find("Broken: "), std::string::npos) << e.what();
    EXPECT_EQ(std::string(e.what()).find("Alpha"), std::string::npos) << e.what();
  }
}

TEST(QuarterClose, RefusesWithoutQuarterOrHistory) {
  Workbook w = portfolioWorkbook({partner(u"Alpha", 4, n(80), n(0), n(0))});
  w.sheets[1].rows[10][1] = t(u"next quarter");
  try {
    static_cast<void>(planQuarterClose(readPortfolio(w)));
    FAIL();
  } catch (const CloseError& e) {
    EXPECT_EQ(e.refusal(), CloseRefusal::NoQuarter);
  }
  Workbook noHistory = portfolioWorkbook({partner(u"Alpha", 4, n(80), n(0), n(0))});
  noHistory.sheets.pop_back();
  try {
    static_cast<void>(planQuarterClose(readPortfolio(noHistory)));
    FAIL();
  } catch (const CloseError& e) {
    EXPECT_EQ(e.refusal(), CloseRefusal::NoHistory);
  }
}

}  // namespace
}  // namespace alliance::portfolio
