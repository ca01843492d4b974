// What the panel shows for a lookup: the partner's name, health with status, the
// five dimensions, the warnings with their course corrections, the action; the
// hint without a partner; the checker's findings by cell.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "core/warnings.h"
#include "sidebar/panel_content.h"

namespace alliance::sidebar {
namespace {

CursorLookup lookupOf(PartnerCard card) {
  CursorLookup out;
  out.card = std::move(card);
  return out;
}

PartnerCard redPartner() {
  PartnerCard card;
  card.partner = u"Maple Ridge IT";
  card.health = 20.55;
  card.status = Status::Red;
  card.dimensions.set(Dimension::Strategy, 35.4);
  card.dimensions.set(Dimension::Trust, 100.0);
  card.warnings.add(Warning::NoExitPlan);
  card.warnings.add(Warning::MapIncomplete);
  card.action = Action::ExitReview;
  card.previousHealth = 30.0;
  return card;
}

TEST(PanelContent, APartnerShowsItsScorecard) {
  const PanelContent c = describe(lookupOf(redPartner()), Language::English);
  EXPECT_TRUE(c.hasPartner);
  EXPECT_EQ(c.title, "Maple Ridge IT");
  EXPECT_EQ(c.health, "Health 20.6: Red");
  EXPECT_EQ(c.status, Status::Red);
  EXPECT_EQ(c.previousHealth, "Last quarter 30.0");
  EXPECT_EQ(c.dimensions[0].label, "Strategy 35");
  EXPECT_EQ(c.dimensions[0].barValue, 35);
  EXPECT_TRUE(c.dimensions[0].available);
  EXPECT_EQ(c.dimensions[1].label, "Execution n/a");
  EXPECT_FALSE(c.dimensions[1].available);
  EXPECT_EQ(c.dimensions[3].barValue, 100);
  EXPECT_EQ(c.warningsHeading, "Warning signs: 2");
  EXPECT_EQ(c.action, "Portfolio action: Exit review");
  // In code order, each with its course correction from the core.
  const std::string first =
      std::string("W01 ") + std::string(warningInfo(Warning::MapIncomplete).title);
  EXPECT_EQ(c.details.find(first), 0U) << c.details;
  EXPECT_NE(c.details.find(std::string(courseCorrection(Warning::NoExitPlan, Language::English))),
            std::string::npos);
  EXPECT_LT(c.details.find("W01"), c.details.find("W10"));
}

TEST(PanelContent, GermanLabelsKeepTheContractWords) {
  const PanelContent c = describe(lookupOf(redPartner()), Language::German);
  EXPECT_EQ(c.health, "Gesundheit 20.6: Red");
  EXPECT_EQ(c.dimensions[0].label, "Strategie 35");
  EXPECT_EQ(c.dimensions[1].label, "Umsetzung k. A.");
  EXPECT_EQ(c.action, "Portfolio-Maßnahme: Exit review");
  EXPECT_NE(c.details.find("Was zu tun ist: "), std::string::npos);
  // The course corrections in German, under the contract's warning titles.
  EXPECT_NE(c.details.find(std::string(courseCorrection(Warning::MapIncomplete, Language::German))),
            std::string::npos);
  EXPECT_EQ(
      c.details.find(std::string(courseCorrection(Warning::MapIncomplete, Language::English))),
      std::string::npos);
}

TEST(PanelContent, NoWarningAndNoNameAreSaidSo) {
  PartnerCard card = redPartner();
  card.partner.clear();
  card.warnings = {};
  const PanelContent c = describe(lookupOf(card), Language::English);
  EXPECT_EQ(c.title, "(partner without a name)");
  EXPECT_EQ(c.details, "No warning sign fires.");
  EXPECT_EQ(c.warningsHeading, "Warning signs: 0");
}

TEST(PanelContent, MetricsThatCannotBeScoredShowWhy) {
  PartnerCard card;
  card.partner = u"Broken Ltd";
  card.problem = "trust is 9 but must be a number from 1 to 5.";
  const PanelContent c = describe(lookupOf(card), Language::English);
  EXPECT_EQ(c.health, "Health: not available");
  EXPECT_FALSE(c.status);
  EXPECT_EQ(c.details,
            "The metrics cannot be scored. trust is 9 but must be a number from 1 to 5.");
  EXPECT_TRUE(c.action.empty());
}

TEST(PanelContent, WithoutAPartnerItSaysSoAndHowToStart) {
  CursorLookup none;
  none.reason = NoPartner::NotOnPartnerRow;
  none.portfolioSheet = u"Portfolio";
  PanelContent c = describe(none, Language::English);
  EXPECT_FALSE(c.hasPartner);
  EXPECT_EQ(c.title, "No partner at the cursor");
  EXPECT_NE(c.details.find("partner's row in the sheet Portfolio"), std::string::npos);
  none.reason = NoPartner::NoPartnerSheet;
  c = describe(none, Language::English);
  EXPECT_NE(c.details.find("New alliance workbook"), std::string::npos);
  c = describe(none, Language::German);
  EXPECT_EQ(c.title, "Kein Partner am Cursor");
  EXPECT_NE(c.details.find("Neue Allianz-Arbeitsmappe"), std::string::npos);
}

TEST(PanelContent, StatusColoursDiffer) {
  EXPECT_NE(statusColour(Status::Green), statusColour(Status::Amber));
  EXPECT_NE(statusColour(Status::Amber), statusColour(Status::Red));
}

TEST(PanelContent, CheckFindingsAreListedWithTheirCells) {
  qbr::WorkbookCheck check;
  check.partnerCount = 3;
  EXPECT_EQ(describeCheck(check, Language::English), "No problems found: 3 partners checked.");
  check.findings.push_back(
      {qbr::Severity::Error, "Portfolio", "M6", "Bluefin: trust is 9 but must be 1 to 5."});
  check.findings.push_back({qbr::Severity::Warning, "Settings", "B11", "No current quarter."});
  EXPECT_EQ(describeCheck(check, Language::English),
            "1 errors, 1 warnings:\n"
            "error Portfolio!M6: Bluefin: trust is 9 but must be 1 to 5.\n"
            "warning Settings!B11: No current quarter.");
}

TEST(PanelContent, TheTrendFollowsLastQuartersHealth) {
  PartnerCard card = redPartner();
  card.previousHealth = 70.1;
  // Rising: 80, 84, 88 in History, 100 now: 6.4 points a quarter.
  card.healthByQuarter = {80, 84, 88, 100};
  EXPECT_EQ(describe(lookupOf(card), Language::English).previousHealth,
            "Last quarter 70.1 · trend +6.4 a quarter over 4 quarters");
  EXPECT_EQ(describe(lookupOf(card), Language::German).previousHealth,
            "Letztes Quartal 70.1 · Trend +6.4 je Quartal über 4 Quartale");
  // Falling, and only the last four quarters count.
  card.healthByQuarter = {10, 64, 58, 52, 41};
  EXPECT_EQ(describe(lookupOf(card), Language::English).previousHealth,
            "Last quarter 70.1 · trend -7.5 a quarter over 4 quarters");
  // Two values are a trend of two quarters.
  card.healthByQuarter = {50, 50};
  EXPECT_EQ(describe(lookupOf(card), Language::English).previousHealth,
            "Last quarter 70.1 · trend 0.0 a quarter over 2 quarters");
}

TEST(PanelContent, FewerThanTwoQuartersShowNoTrend) {
  PartnerCard card = redPartner();
  card.healthByQuarter = {72.0};
  EXPECT_EQ(describe(lookupOf(card), Language::English).previousHealth, "Last quarter 30.0");
  card.healthByQuarter.clear();
  EXPECT_EQ(describe(lookupOf(card), Language::English).previousHealth, "Last quarter 30.0");
  EXPECT_FALSE(trendOf(card));
  card.previousHealth.reset();
  EXPECT_EQ(describe(lookupOf(card), Language::English).previousHealth, "");
  // A trend without last quarter's health on the Portfolio stands alone.
  card.healthByQuarter = {60, 65, 70};
  EXPECT_EQ(describe(lookupOf(card), Language::English).previousHealth,
            "Trend +5.0 a quarter over 3 quarters");
  EXPECT_EQ(describe(lookupOf(card), Language::German).previousHealth,
            "Trend +5.0 je Quartal über 3 Quartale");
}

TEST(PanelContent, TrendTextHasItsSign) {
  EXPECT_EQ(trendText(2.345), "+2.3");
  EXPECT_EQ(trendText(-1.55), "-1.6");
  EXPECT_EQ(trendText(0.0), "0.0");
  EXPECT_EQ(trendText(0.04), "0.0");
  EXPECT_EQ(trendText(-0.04), "0.0");
}

TEST(PanelContent, OpenChangesFollowTheWarningSignsWithTheirAge) {
  PartnerCard card = redPartner();
  card.openChanges = {{5, u"Channel team reorganised", u"theirs", u"structure", 45},
                      {9, u"", u"", u"people", 31}};
  const PanelContent c = describe(lookupOf(card), Language::English);
  const std::string expected =
      "\n\nOpen changes: 2\n"
      "Channel team reorganised (theirs, structure): logged 45 days ago, no response agreed "
      "yet.\n"
      "The change on row 10 of the Changes sheet (people): logged 31 days ago, no response "
      "agreed yet.";
  ASSERT_GE(c.details.size(), expected.size());
  EXPECT_EQ(c.details.substr(c.details.size() - expected.size()), expected) << c.details;
  EXPECT_EQ(c.details.find("W01 "), 0U);  // the warning signs first
  const PanelContent de = describe(lookupOf(card), Language::German);
  EXPECT_NE(de.details.find("Offene Änderungen: 2\nChannel team reorganised (theirs, structure): "
                            "vor 45 Tagen erfasst, noch keine Reaktion vereinbart."),
            std::string::npos)
      << de.details;
}

TEST(PanelContent, WithoutOpenChangesTheDetailsAreTheWarningSignsAlone) {
  PartnerCard card = redPartner();
  card.warnings = {};
  EXPECT_EQ(describe(lookupOf(card), Language::English).details, "No warning sign fires.");
  // Metrics that cannot be scored still show the open changes.
  card.problem = "trust is 9 but must be a number from 1 to 5.";
  card.openChanges = {{1, u"New owner", u"theirs", u"", 40}};
  EXPECT_EQ(describe(lookupOf(card), Language::English).details,
            "The metrics cannot be scored. trust is 9 but must be a number from 1 to 5.\n\n"
            "Open changes: 1\nNew owner (theirs): logged 40 days ago, no response agreed yet.");
}

portfolio::QuarterClose closedQuarter(std::size_t partners) {
  portfolio::QuarterClose closed{{2026, 4}, {2027, 1}, {}, {}};
  closed.partners.resize(partners);
  return closed;
}

TEST(PanelContent, AClosedQuarterIsReportedWithUndo) {
  EXPECT_EQ(describeClose(closedQuarter(12), Language::English),
            "Closed 2026-Q4: 12 partners added to History. The current quarter is now 2027-Q1. "
            "Edit > Undo takes the whole close back in one step.");
  EXPECT_EQ(describeClose(closedQuarter(1), Language::English),
            "Closed 2026-Q4: 1 partner added to History. The current quarter is now 2027-Q1. "
            "Edit > Undo takes the whole close back in one step.");
  EXPECT_EQ(describeClose(closedQuarter(12), Language::German),
            "2026-Q4 abgeschlossen: 12 Partner in das Blatt History übernommen. Das aktuelle "
            "Quartal ist jetzt 2027-Q1. Bearbeiten > Rückgängig nimmt den ganzen Abschluss in "
            "einem Schritt zurück.");
  EXPECT_EQ(closeUndoTitle(portfolio::Quarter{2026, 4}, Language::English),
            "Close quarter 2026-Q4");
  EXPECT_EQ(closeUndoTitle(portfolio::Quarter{2026, 4}, Language::German),
            "Quartal 2026-Q4 abschließen");
  EXPECT_EQ(closeUndoTitle(std::nullopt, Language::English), "Close quarter");
}

TEST(PanelContent, ARefusedCloseSaysWhyAndThatNothingChanged) {
  const std::vector<qbr::Finding> problems = {
      {qbr::Severity::Error, "Portfolio", "M6", "Bluefin: trust is 9 but must be 1 to 5."}};
  EXPECT_EQ(describeCloseProblems(problems, Language::English),
            "The quarter was not closed, nothing was changed: the workbook has 1 error (Check "
            "workbook lists it too):\n"
            "error Portfolio!M6: Bluefin: trust is 9 but must be 1 to 5.");
  const portfolio::CloseError closed(portfolio::CloseRefusal::AlreadyClosed, "History holds it");
  EXPECT_EQ(describeCloseRefusal(closed, portfolio::Quarter{2026, 3}, Language::English),
            "The quarter was not closed, nothing was changed: History already holds 2026-Q3, so "
            "that quarter is closed. To close another quarter, name it as the current quarter on "
            "the Settings sheet.");
  EXPECT_NE(describeCloseRefusal(closed, portfolio::Quarter{2026, 3}, Language::German)
                .find("History enthält 2026-Q3 schon"),
            std::string::npos);
  const portfolio::CloseError unscored(portfolio::CloseRefusal::Unscored,
                                       "1 partner cannot be scored, so the quarter is not closed:"
                                       "\n  X: no metrics.");
  EXPECT_EQ(describeCloseRefusal(unscored, std::nullopt, Language::English),
            "The quarter was not closed, nothing was changed. 1 partner cannot be scored, so the "
            "quarter is not closed:\n  X: no metrics.");
  for (const auto refusal : {portfolio::CloseRefusal::NoQuarter, portfolio::CloseRefusal::NoHistory,
                             portfolio::CloseRefusal::NoPartners}) {
    const std::string english =
        describeCloseRefusal({refusal, "why"}, std::nullopt, Language::English);
    EXPECT_EQ(english.find("The quarter was not closed, nothing was changed: "), 0U) << english;
    const std::string german =
        describeCloseRefusal({refusal, "why"}, std::nullopt, Language::German);
    EXPECT_EQ(german.find("Das Quartal wurde nicht abgeschlossen, nichts wurde geändert: "), 0U)
        << german;
  }
}

}  // namespace
}  // namespace alliance::sidebar
