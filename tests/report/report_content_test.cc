// The portfolio review's content: every partner's scores are its scorecard's,
// and the groups, movers, exit review list and totals follow from them.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

#include "portfolio/portfolio.h"
#include "portfolio/scorecard.h"
#include "portfolio_cells.h"
#include "report/report_content.h"

namespace alliance::report {
namespace {

using portfolio::Sheet;
using portfolio::Value;
using portfolio::Workbook;
using portfolio::testing::n;
using portfolio::testing::t;

// Partner, trust, JBP, revenue target, revenue actual, pipeline, previous health,
// quarters red.
Value opt(double v) { return v < 0 ? Value{} : n(v); }

std::vector<Value> partner(std::u16string name, double trust, const char16_t* jbp, double target,
                           double actual, double pipeline, double previous, double red) {
  return {t(std::move(name)), opt(trust),  jbp != nullptr ? t(jbp) : Value{},
          opt(target),        opt(actual), opt(pipeline),
          opt(previous),      opt(red)};
}

Workbook workbook() {
  Workbook wb;
  Sheet p{u"Portfolio", {}};
  p.rows.push_back({t(u"Partner portfolio")});
  p.rows.push_back({t(u"Partner"), t(u"Trust"), t(u"JBP"), t(u"Revenue target"),
                    t(u"Revenue actual"), t(u"Pipeline"), t(u"Previous health"),
                    t(u"Quarters red")});
  p.rows.push_back(partner(u"Acme", 5, u"yes", 100, 120, 50, 80, 0));
  p.rows.push_back(partner(u"Globex", 1, u"no", 400, 100, 300, 60, 3));
  p.rows.push_back(partner(u"Initech", 3, u"yes", 200, 150, 10, 40, 0));
  p.rows.push_back({});  // a blank row does not end the list
  p.rows.push_back(partner(u"Umbrella", -1, nullptr, -1, -1, -1, -1, -1));  // nothing to score
  p.rows.push_back(partner(u"Hooli", 4, u"yes", -1, 70, 20, -1, 0));  // no target, no previous
  p.rows.push_back(partner(u"Stark", 2, u"yes", 300, 90, 40, 30, 0));
  wb.sheets.push_back(p);
  Sheet history{u"History", {}};
  history.rows.push_back({t(u"Quarter"), t(u"Partner"), t(u"Health")});
  history.rows.push_back({t(u"2026-Q3"), t(u"acme"), n(10)});     // History wins over the column
  history.rows.push_back({t(u"2026-Q2"), t(u"Initech"), n(90)});  // not last quarter
  history.rows.push_back({t(u"2026-Q3"), t(u"Stark"), n(20)});
  history.rows.push_back({t(u"2026-Q3"), t(u"Stark"), n(35)});  // a later row replaces it
  wb.sheets.push_back(history);
  Sheet settings{u"Settings", {}};
  settings.rows.push_back({t(u"Current quarter"), t(u"2026-Q4")});
  wb.sheets.push_back(settings);
  return wb;
}

class ReportContentTest : public ::testing::Test {
 protected:
  const portfolio::Portfolio portfolio_ = portfolio::readPortfolio(workbook());
  const ReportContent report_ = buildReport(portfolio_, std::nullopt, Language::English);

  [[nodiscard]] std::vector<std::u16string> names(const std::vector<std::size_t>& indexes) const {
    std::vector<std::u16string> out;
    out.reserve(indexes.size());
    for (const std::size_t i : indexes) {
      out.push_back(report_.partners.at(i).name);
    }
    return out;
  }
};

TEST_F(ReportContentTest, EveryPartnerHasItsScorecardsScores) {
  ASSERT_EQ(report_.partners.size(), portfolio_.partners.size());
  ASSERT_EQ(report_.partners.size(), 6U);
  for (std::size_t i = 0; i < portfolio_.partners.size(); ++i) {
    const portfolio::Scorecard card = portfolio::scorePartner(portfolio_, portfolio_.partners[i]);
    const PartnerLine& line = report_.partners[i];
    EXPECT_EQ(line.name, card.partner);
    EXPECT_EQ(line.health, card.health);
    EXPECT_EQ(line.status, card.status);
    EXPECT_EQ(line.action, card.action);
    EXPECT_EQ(line.warningCount, static_cast<std::size_t>(card.warnings.count()));
  }
  EXPECT_EQ(report_.quarter, (Quarter{2026, 4}));  // Settings' current quarter
  EXPECT_EQ(buildReport(portfolio_, Quarter{2027, 1}, Language::English).quarter,
            (Quarter{2027, 1}));
}

TEST_F(ReportContentTest, GroupsHoldEachScoredPartnerOnce) {
  std::size_t grouped = 0;
  for (std::size_t s = 0; s < report_.byStatus.size(); ++s) {
    for (const std::size_t i : report_.byStatus.at(s)) {
      EXPECT_EQ(static_cast<std::size_t>(*report_.partners[i].status), s);
      ++grouped;
    }
  }
  EXPECT_EQ(grouped, 5U);
  std::size_t acted = 0;
  for (std::size_t a = 0; a < report_.byAction.size(); ++a) {
    for (const std::size_t i : report_.byAction.at(a)) {
      EXPECT_EQ(static_cast<std::size_t>(*report_.partners[i].action), a);
      ++acted;
    }
  }
  EXPECT_EQ(acted, 5U);
  EXPECT_EQ(names(report_.unscored), std::vector<std::u16string>{u"Umbrella"});
  EXPECT_TRUE(report_.partners[3].problem.has_value());
}

TEST_F(ReportContentTest, LastQuarterIsHistorysSnapshotElsePreviousHealth) {
  EXPECT_EQ(report_.partners[0].previousHealth, 10.0);  // History 2026-Q3, not the column's 80
  EXPECT_EQ(report_.partners[2].previousHealth, 40.0);  // History has only 2026-Q2: the column
  EXPECT_EQ(report_.partners[5].previousHealth, 35.0);  // the later of two rows
  EXPECT_FALSE(report_.partners[4].previousHealth.has_value());
  EXPECT_FALSE(report_.partners[4].change().has_value());
}

TEST_F(ReportContentTest, MoversAreTheLargestChangesEachWay) {
  for (const std::size_t i : report_.risers) {
    EXPECT_GT(*report_.partners[i].change(), 0.0);
  }
  for (const std::size_t i : report_.fallers) {
    EXPECT_LT(*report_.partners[i].change(), 0.0);
  }
  for (std::size_t k = 1; k < report_.risers.size(); ++k) {
    EXPECT_GE(*report_.partners[report_.risers[k - 1]].change(),
              *report_.partners[report_.risers[k]].change());
  }
  for (std::size_t k = 1; k < report_.fallers.size(); ++k) {
    EXPECT_LE(*report_.partners[report_.fallers[k - 1]].change(),
              *report_.partners[report_.fallers[k]].change());
  }
  EXPECT_LE(report_.risers.size(), kMaxMovers);
  EXPECT_LE(report_.fallers.size(), kMaxMovers);
  // Acme rose from 10 to 100 (trust 5, JBP yes, revenue over target): the largest rise.
  ASSERT_FALSE(report_.risers.empty());
  EXPECT_EQ(report_.partners[report_.risers.front()].name, u"Acme");
}

TEST(ReportMovers, AtMostThreeEachWayInPortfolioOrderOnTies) {
  Workbook wb;
  Sheet p{u"Portfolio", {}};
  p.rows.push_back({t(u"Partner"), t(u"Trust"), t(u"Previous health")});
  // Trust 3 -> health 50 for each; previous health decides the change.
  for (const auto& [name, previous] : std::vector<std::pair<std::u16string, double>>{{u"A", 40},
                                                                                     {u"B", 30},
                                                                                     {u"C", 40},
                                                                                     {u"D", 45},
                                                                                     {u"E", 60},
                                                                                     {u"F", 70},
                                                                                     {u"G", 60},
                                                                                     {u"H", 80},
                                                                                     {u"I", 50}}) {
    p.rows.push_back({t(name), n(3), n(previous)});
  }
  wb.sheets.push_back(p);
  const portfolio::Portfolio portfolio = portfolio::readPortfolio(wb);
  const ReportContent r = buildReport(portfolio, std::nullopt, Language::English);
  std::vector<std::u16string> up;
  for (const std::size_t i : r.risers) {
    up.push_back(r.partners[i].name);
  }
  std::vector<std::u16string> down;
  for (const std::size_t i : r.fallers) {
    down.push_back(r.partners[i].name);
  }
  EXPECT_EQ(up, (std::vector<std::u16string>{u"B", u"A", u"C"}));    // +20, +10, +10
  EXPECT_EQ(down, (std::vector<std::u16string>{u"H", u"F", u"E"}));  // -30, -20, -10 (E before G)
}

TEST_F(ReportContentTest, ExitReviewIsTheActionsLowestHealthFirst) {
  for (std::size_t i = 0; i < report_.partners.size(); ++i) {
    const bool listed = std::find(report_.exitReview.begin(), report_.exitReview.end(), i) !=
                        report_.exitReview.end();
    EXPECT_EQ(listed, report_.partners[i].action == Action::ExitReview);
  }
  EXPECT_EQ(names(report_.exitReview), std::vector<std::u16string>{u"Globex"});  // red 3 quarters
}

TEST_F(ReportContentTest, TotalsAreTheSumsOfThePortfolio) {
  const Totals& totals = report_.totals;
  EXPECT_EQ(totals.partners, 6U);
  EXPECT_EQ(totals.scored, 5U);
  EXPECT_DOUBLE_EQ(totals.revenueTarget, 100 + 400 + 200 + 300);
  EXPECT_DOUBLE_EQ(totals.revenueActual, 120 + 100 + 150 + 70 + 90);
  EXPECT_DOUBLE_EQ(totals.pipeline, 50 + 300 + 10 + 20 + 40);
  // Hooli has no target: its revenue does not count as over-attainment.
  EXPECT_EQ(totals.partnersWithRevenue, 4U);
  ASSERT_TRUE(totals.attainment.has_value());
  EXPECT_DOUBLE_EQ(*totals.attainment, (120.0 + 100 + 150 + 90) / (100 + 400 + 200 + 300));
  double health = 0.0;
  for (const PartnerLine& line : report_.partners) {
    health += line.health.value_or(0.0);
  }
  EXPECT_DOUBLE_EQ(*totals.averageHealth, health / 5);
  EXPECT_DOUBLE_EQ(*report_.partners[0].attainment(), 1.2);
  EXPECT_FALSE(report_.partners[4].attainment().has_value());
}

TEST(ReportEmpty, APortfolioWithoutPartnersHasEmptyListsAndNoAttainment) {
  Workbook wb;
  wb.sheets.push_back(Sheet{u"Portfolio", {{t(u"Partner"), t(u"Trust")}}});
  const ReportContent r =
      buildReport(portfolio::readPortfolio(wb), std::nullopt, Language::English);
  EXPECT_TRUE(r.partners.empty());
  EXPECT_FALSE(r.quarter.has_value());
  EXPECT_FALSE(r.totals.attainment.has_value());
  EXPECT_FALSE(r.totals.averageHealth.has_value());
  EXPECT_TRUE(r.risers.empty() && r.fallers.empty() && r.exitReview.empty());
}

ReportContent bubbles(const std::vector<std::tuple<std::u16string, double, double>>& points) {
  ReportContent c;
  for (const auto& [name, health, revenue] : points) {
    PartnerLine line;
    line.name = name;
    line.health = health;
    line.revenueActual = revenue;
    line.pipeline = 100.0;
    c.tablePartners.push_back(c.partners.size());
    c.partners.push_back(line);
  }
  return c;
}

TEST(ReportLabels, ANameGoesWhereItCoversNoOtherBubble) {
  // B's bubble lies just right of A's: A's name goes to the left, B's to the right.
  const ReportContent c = bubbles({{u"Alpha", 50, 100}, {u"Beta", 53, 100}, {u"Gamma", 20, 10}});
  const std::vector<LabelSide> sides = labelSides(c, 14.3, 6.5, 0.21);
  ASSERT_EQ(sides.size(), 3U);
  EXPECT_EQ(sides[0], LabelSide::Left);
  EXPECT_EQ(sides[1], LabelSide::Right);
  EXPECT_EQ(sides[2], LabelSide::Right);
}

TEST(ReportLabels, ANameNearTheRightEdgeGoesInside) {
  const ReportContent c = bubbles({{u"Lumen Retail Software", 98.6, 260}, {u"Low", 10, 800}});
  const std::vector<LabelSide> sides = labelSides(c, 14.3, 6.5, 0.21);
  EXPECT_EQ(sides[0], LabelSide::Left);
  EXPECT_EQ(sides[1], LabelSide::Right);
}

TEST(ReportLabels, OnlyTheTablesPartnersAreNamed) {
  // Beta is not in the table: its name is not shown, so Alpha's may go right of it.
  ReportContent c = bubbles({{u"Alpha", 50, 100}, {u"Beta", 90, 100}});
  c.tablePartners = {0};
  EXPECT_EQ(labelSides(c, 14.3, 6.5, 0.21)[0], LabelSide::Right);
}

TEST(ReportTable, ALargePortfoliosTableHoldsThePartnersWithTheMostRevenue) {
  Workbook wb;
  Sheet p{u"Portfolio", {}};
  p.rows.push_back({t(u"Partner"), t(u"Trust"), t(u"Revenue actual")});
  for (int i = 0; i < 40; ++i) {
    p.rows.push_back({t(u"P" + std::u16string(1, static_cast<char16_t>(u'A' + i))), n(3),
                      i == 7 ? Value{} : n(i % 10)});
  }
  wb.sheets.push_back(p);
  const ReportContent r =
      buildReport(portfolio::readPortfolio(wb), std::nullopt, Language::English);
  ASSERT_EQ(r.tablePartners.size(), kMaxTablePartners);
  for (std::size_t k = 1; k < r.tablePartners.size(); ++k) {
    EXPECT_GE(r.partners[r.tablePartners[k - 1]].revenueActual.value_or(-1),
              r.partners[r.tablePartners[k]].revenueActual.value_or(-1));
  }
  EXPECT_EQ(r.tablePartners.front(), 9U);  // 9, the first of the largest, in portfolio order
  EXPECT_EQ(std::count(r.tablePartners.begin(), r.tablePartners.end(), 7U), 0);  // no revenue
  // A small portfolio's table is every partner in portfolio order.
  const ReportContent small =
      buildReport(portfolio::readPortfolio(workbook()), std::nullopt, Language::English);
  EXPECT_EQ(small.tablePartners, (std::vector<std::size_t>{0, 1, 2, 3, 4, 5}));
}

TEST(ReportLabels, PartnersWithoutABubbleKeepTheDefault) {
  ReportContent c = bubbles({{u"Alpha", 50, 100}});
  c.partners.push_back(PartnerLine{});  // no health, no revenue
  const std::vector<LabelSide> sides = labelSides(c, 14.3, 6.5, 0.21);
  ASSERT_EQ(sides.size(), 2U);
  EXPECT_EQ(sides[1], LabelSide::Right);
  EXPECT_EQ(labelSides(ReportContent{}, 14.3, 6.5, 0.21).size(), 0U);
}

}  // namespace
}  // namespace alliance::report
