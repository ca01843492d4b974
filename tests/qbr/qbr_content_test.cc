// What a partner's QBR shows, decided from a portfolio held in plain values.
#include <gtest/gtest.h>

#include "core/report.h"
#include "portfolio/portfolio.h"
#include "qbr/qbr_content.h"
#include "qbr/qbr_error.h"
#include "qbr/qbr_text.h"

namespace alliance::qbr {
namespace {

using portfolio::readPortfolio;
using portfolio::Sheet;
using portfolio::Workbook;

Value n(double v) { return Value::ofNumber(v); }
Value t(std::u16string s) { return Value::ofText(std::move(s)); }
std::u16string u16(const std::string& ascii) { return {ascii.begin(), ascii.end()}; }

// Portfolio header in row 2 (after a title), History, Plan and Settings.
Workbook sampleWorkbook() {
  Workbook wb;
  Sheet portfolio{u"Portfolio", {}};
  portfolio.rows.push_back({t(u"Partner portfolio")});
  portfolio.rows.push_back(
      {t(u"Partner"), t(u"Trust"), t(u"JBP"), t(u"Previous health"), t(u"Quarters red")});
  portfolio.rows.push_back({t(u"Acme"), n(5), t(u"yes"), n(70), n(0)});
  portfolio.rows.push_back({t(u"Globex"), n(1), t(u"no"), {}, n(2)});
  portfolio.rows.push_back({{}, n(3)});  // a blank Partner cell: not a partner row
  wb.sheets.push_back(portfolio);
  Sheet history{u"history", {}};  // sheet names match in any case
  history.rows.push_back({t(u"Quarter"), t(u"Partner"), t(u"Health"), t(u"Trust")});
  history.rows.push_back({t(u"2026-Q2"), t(u"Acme"), n(60), n(50)});
  history.rows.push_back({t(u"2026-Q3"), t(u"acme "), n(65), n(55)});
  history.rows.push_back({t(u"2026-Q3"), t(u"Acme"), n(66), n(56)});  // a later row wins
  history.rows.push_back({t(u"2026-Q4"), t(u"Acme"), n(99), n(99)});  // not before the QBR
  history.rows.push_back({t(u"notes"), t(u"Acme"), n(1)});            // not a snapshot
  wb.sheets.push_back(history);
  Sheet plan{u"Plan", {}};
  plan.rows.push_back({t(u"Partner"), t(u"Milestone"), t(u"Owner")});
  plan.rows.push_back({t(u"Acme"), t(u"=1+1"), t(u"Ana")});
  plan.rows.push_back({t(u"Globex"), t(u"Kick-off"), t(u"Ben")});
  wb.sheets.push_back(plan);
  Sheet settings{u"Settings", {}};
  settings.rows.push_back({t(u"Current quarter"), t(u"2026-Q4")});
  wb.sheets.push_back(settings);
  return wb;
}

TEST(BuildQbr, UsesLastQuartersSnapshotAndTheCoresNumbers) {
  const Portfolio p = readPortfolio(sampleWorkbook());
  const QbrContent c = buildQbr(p, p.partners[0], Quarter{2026, 4});
  // trust 5 -> R 100; jbp yes -> G 100: health (0.15*100 + 0.1*100) / 0.25 = 100
  EXPECT_DOUBLE_EQ(c.health, 100.0);
  EXPECT_EQ(c.previousHealth, 66.0);  // 2026-Q3, the later of the two rows
  EXPECT_EQ(c.previousDimensions[static_cast<std::size_t>(Dimension::Trust)], 56.0);
  EXPECT_TRUE(c.warnings.empty());
  ASSERT_EQ(c.history.size(), 3U);  // Q2, Q3, then this quarter
  EXPECT_EQ(c.history.back().quarter, (Quarter{2026, 4}));
  EXPECT_EQ(c.history.back().health, 100.0);
  ASSERT_EQ(c.milestones.size(), 1U);
  EXPECT_EQ(c.milestones[0].milestone.text, u"=1+1");
  EXPECT_EQ(c.metrics[static_cast<std::size_t>(Metric::Jbp)].text, u"yes");
}

TEST(BuildQbr, FallsBackToThePortfolioColumnAndListsWarnings) {
  const Portfolio p = readPortfolio(sampleWorkbook());
  const QbrContent c = buildQbr(p, p.partners[1], Quarter{2026, 4});
  EXPECT_FALSE(c.previousHealth);  // no History and an empty Previous health
  EXPECT_EQ(c.quartersRed, 2.0);
  ASSERT_EQ(c.warnings.size(), 1U);
  EXPECT_EQ(c.warnings[0], Warning::GovernanceLapsed);
}

TEST(BuildQbr, ListsTheVersionTwoSignsWithTheirCourseCorrections) {
  // The portfolio template's Trust gap, Open changes and Quarters declining columns:
  // their signs follow the ten, with the course corrections of the review's language.
  Workbook wb = sampleWorkbook();
  auto& rows = wb.sheets[0].rows;
  for (const std::u16string name : {u"Trust gap", u"Open changes", u"Quarters declining"}) {
    rows[1].push_back(t(name));
  }
  rows[3].resize(5);
  for (const double v : {1.0, 1.0, 2.0}) {
    rows[3].push_back(n(v));
  }
  const Portfolio p = readPortfolio(wb);
  const QbrContent c =
      buildQbr(p, p.partners[1], Quarter{2026, 4}, Language::German, Audience::Internal);
  const std::vector<Warning> expected = {Warning::GovernanceLapsed, Warning::TrustGap,
                                         Warning::UnansweredChange, Warning::HealthDeclining};
  EXPECT_EQ(c.warnings, expected);
  // health as before: trust 1 (R 0), jbp no (G 0)
  EXPECT_DOUBLE_EQ(c.health, 0.0);
  EXPECT_NE(c.summary.find("Health declining"), std::string::npos) << c.summary;
  // The review's metric block holds the sixteen its formulas score.
  EXPECT_EQ(c.metrics.size(), kScoredMetricCount);
}

TEST(BuildQbr, InvalidMetricsStopWithTheCheckSentence) {
  Workbook wb = sampleWorkbook();
  wb.sheets[0].rows[2][1] = n(9);  // trust 9
  const Portfolio p = readPortfolio(wb);
  try {
    static_cast<void>(buildQbr(p, p.partners[0], Quarter{2026, 4}));
    FAIL();
  } catch (const QbrError& e) {  // the sentence ALLIANCE_CHECK gives
    EXPECT_EQ(std::string(e.what()).rfind("trust is 9", 0), 0U) << e.what();
  }
}

TEST(BuildQbr, KeepsAtMostEightQuarters) {
  Workbook wb = sampleWorkbook();
  auto& rows = wb.sheets[1].rows;
  rows.resize(1);
  for (int q = 0; q < 12; ++q) {  // 2023-Q1 .. 2025-Q4
    rows.push_back({t(u16(Quarter{2023 + q / 4, q % 4 + 1}.text())), t(u"Acme"), n(q)});
  }
  const Portfolio p = readPortfolio(wb);
  const QbrContent c = buildQbr(p, p.partners[0], Quarter{2026, 1});
  EXPECT_EQ(c.history.size(), kMaxHistoryPoints);
  EXPECT_EQ(c.history.front().quarter, (Quarter{2024, 2}));
}

TEST(BuildQbr, EnglishSummaryIsTheFunctionsParagraph) {
  const Portfolio p = readPortfolio(sampleWorkbook());
  const QbrContent c = buildQbr(p, p.partners[0], Quarter{2026, 4});
  EXPECT_EQ(c.language, Language::English);
  EXPECT_EQ(c.summary, qbrSummary(portfolio::scorePartner(p, p.partners[0]).values, 66.0));
}

TEST(BuildQbr, ScoresWithThePortfoliosSettings) {
  Workbook wb = sampleWorkbook();
  // The template's Settings: weights in B4:B8 (Trust 0.9, Governance 0.1), Green
  // at 95 in B9, Amber at 60 in B10, the quarter in B11.
  Sheet& settings = wb.sheets[3];
  settings.rows.assign(11, {});
  const std::array<double, 7> cells = {0.0, 0.0, 0.0, 0.9, 0.1, 95.0, 60.0};
  for (std::size_t i = 0; i < cells.size(); ++i) {
    settings.rows[3 + i] = {t(u"label"), n(cells[i])};
  }
  settings.rows[10] = {t(u"Current quarter"), t(u"2026-Q4")};
  wb.sheets[0].rows[3][1] = n(4);  // Globex: trust 4 -> R 75, JBP no -> G 0: 0.9*75 = 67.5
  const Portfolio p = readPortfolio(wb);
  const QbrContent c = buildQbr(p, p.partners[1], Quarter{2026, 4});
  EXPECT_DOUBLE_EQ(c.health, 67.5);
  EXPECT_EQ(c.status, Status::Amber);
  EXPECT_DOUBLE_EQ(c.weights.w[3], 0.9);
  EXPECT_DOUBLE_EQ(c.bands.greenAt, 95.0);
  EXPECT_EQ(c.summary.rfind("Alliance health is 68 (Amber)", 0), 0U) << c.summary;
}

TEST(BuildQbr, GermanWritesTheCoresGermanParagraphWithTheSameNumbers) {
  const Portfolio p = readPortfolio(sampleWorkbook());
  const QbrContent english = buildQbr(p, p.partners[0], Quarter{2026, 4});
  const QbrContent german = buildQbr(p, p.partners[0], Quarter{2026, 4}, Language::German);
  EXPECT_EQ(german.language, Language::German);
  EXPECT_DOUBLE_EQ(german.health, english.health);
  EXPECT_EQ(german.previousHealth, english.previousHealth);
  EXPECT_EQ(german.warnings, english.warnings);
  EXPECT_EQ(german.history.size(), english.history.size());
  // health 100 against 66 last quarter (the History row of 2026-Q3)
  EXPECT_EQ(german.summary.rfind("Der Health-Score der Allianz liegt bei 100 (grün)", 0), 0U)
      << german.summary;
  EXPECT_NE(german.summary.find("66"), std::string::npos) << german.summary;
  EXPECT_NE(german.summary.find("Kein Warnsignal schlägt an."), std::string::npos);
}

TEST(BuildQbr, GermanParagraphKeepsTheContractsWarningTitles) {
  const Portfolio p = readPortfolio(sampleWorkbook());
  const QbrContent c =
      buildQbr(p, p.partners[1], Quarter{2026, 4}, Language::German, Audience::Internal);
  EXPECT_NE(c.summary.find("Warnsignal: Governance lapsed."), std::string::npos) << c.summary;
  EXPECT_NE(courseCorrection(Warning::GovernanceLapsed, Language::German),
            courseCorrection(Warning::GovernanceLapsed, Language::English));
}

TEST(BuildQbr, GermanSummaryNotesAnUnusableHealthLastQuarter) {
  Workbook wb = sampleWorkbook();
  wb.sheets.erase(wb.sheets.begin() + 1);  // no History: Previous health is used
  wb.sheets[0].rows[2][3] = n(140);
  Sheet history{u"History", {{t(u"Quarter"), t(u"Partner"), t(u"Health")}}};
  wb.sheets.insert(wb.sheets.begin() + 1, history);
  const Portfolio p = readPortfolio(wb);
  const QbrContent c = buildQbr(p, p.partners[0], Quarter{2026, 4}, Language::German);
  EXPECT_EQ(c.previousHealth, 140.0);
  EXPECT_EQ(c.summary, std::string(text::get(text::Qbr::SummaryUnavailable, Language::German)));
}

TEST(QbrTexts, EveryTextIsTranslated) {
  for (std::size_t i = 0; i < text::kQbrCount; ++i) {
    const auto id = static_cast<text::Qbr>(i);
    EXPECT_FALSE(text::get(id, Language::English).empty()) << i;
    EXPECT_TRUE(text::isTranslated(id, Language::German)) << i;
    EXPECT_NE(text::get(id, Language::English), text::get(id, Language::German)) << i;
  }
  EXPECT_EQ(text::get(text::Qbr::NoMilestone, Language::German),
            "Für diesen Partner ist kein Meilenstein erfasst.");
}

TEST(QbrTexts, TemplatesAreFoundByLanguage) {
  EXPECT_EQ(templateFileName("qbr", ".fods", Language::English), "qbr.fods");
  EXPECT_EQ(templateFileName("qbr", ".fods", Language::German), "qbr-de.fods");
  EXPECT_EQ(packagedTemplate("/pkg", "qbr", Language::English),
            std::filesystem::path("/pkg/templates/AllianceCalc/qbr.ots"));
  EXPECT_EQ(packagedTemplate("/pkg", "qbr", Language::German),
            std::filesystem::path("/pkg/localized-templates/de/AllianceCalc/qbr-de.ots"));
}

TEST(BuildQbr, ThePartnersReviewCountsTopicsInsteadOfNamingTheVerdicts) {
  const Portfolio p = readPortfolio(sampleWorkbook());
  const QbrContent partner = buildQbr(p, p.partners[1], Quarter{2026, 4}, Language::English);
  const QbrContent internal =
      buildQbr(p, p.partners[1], Quarter{2026, 4}, Language::English, Audience::Internal);
  EXPECT_EQ(partner.audience, Audience::Partner);
  EXPECT_EQ(partner.warnings, internal.warnings);
  ASSERT_FALSE(partner.warnings.empty());
  for (const Warning w : partner.warnings) {
    EXPECT_EQ(partner.summary.find(warningInfo(w).title), std::string::npos) << partner.summary;
    EXPECT_NE(internal.summary.find(warningInfo(w).title), std::string::npos) << internal.summary;
  }
  EXPECT_NE(partner.summary.find(std::to_string(partner.warnings.size()) + " topic"),
            std::string::npos)
      << partner.summary;
}

TEST(BuildQbr, EveryWarningHasAJointTopicAnActionAndAQuestionInEveryLanguage) {
  for (const WarningInfo& info : warningTable()) {
    for (const Language language : {Language::English, Language::German}) {
      EXPECT_FALSE(jointTopic(info.id, language).empty()) << info.code;
      EXPECT_NE(jointTopic(info.id, language), info.title) << info.code;
      EXPECT_GT(jointAction(info.id, language).size(), 40U) << info.code;
      EXPECT_NE(questionToRaise(info.id, language).find('?'), std::string_view::npos) << info.code;
    }
    EXPECT_NE(jointTopic(info.id, Language::English), jointTopic(info.id, Language::German));
  }
}

}  // namespace
}  // namespace alliance::qbr
