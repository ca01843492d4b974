// What the panel shows for a lookup: the partner's name, health with status, the
// five dimensions, the warnings with their course corrections, the action; the
// hint without a partner; the checker's findings by cell.
#include <gtest/gtest.h>

#include <string>

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

}  // namespace
}  // namespace alliance::sidebar
