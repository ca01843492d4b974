// The workbook checker behind `alliancecalc check`, one rule at a time, on a
// portfolio held in plain values.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "../portfolio/portfolio_cells.h"
#include "qbr/workbook_check.h"

namespace alliance::qbr {
namespace {

using portfolio::cellName;
using portfolio::columnName;
using portfolio::Sheet;
using portfolio::Value;
using portfolio::Workbook;

using portfolio::testing::n;
using portfolio::testing::t;

const std::vector<Value> kHeader =
    portfolio::testing::portfolioHeader({u"Previous health", u"Quarters red", u"Health"});

std::vector<Value> healthyRow(std::u16string name) {
  return {t(std::move(name)),
          n(10),
          n(1),
          n(0.9),
          n(500),
          n(450),
          n(200),
          n(4),
          n(4),
          t(u"yes"),
          t(u"yes"),
          n(0),
          n(4.6),
          t(u"yes"),
          n(30),
          t(u"yes"),
          n(0),
          n(80),
          n(0),
          t(u"")};
}

// The layout of the partner portfolio template: a title, the header in row 4,
// partners from row 5 (A5, A6, A7), then History, Plan and Settings.
Workbook goodWorkbook() {
  Workbook wb;
  Sheet portfolio{u"Portfolio", {}};
  portfolio.rows.push_back({t(u"Alliance partner portfolio")});
  portfolio.rows.push_back({t(u"One row per partner.")});
  portfolio.rows.push_back({});
  portfolio.rows.push_back(kHeader);
  portfolio.rows.push_back(healthyRow(u"Northwind Systems"));
  portfolio.rows.push_back(healthyRow(u"Bluefin Analytics"));
  portfolio.rows.push_back(healthyRow(u"Kestrel Data Ltd"));
  portfolio.rows.push_back({{}, {}, {}});  // a blank row does not end the list
  portfolio.rows.push_back(healthyRow(u"Lumen Retail Software"));
  wb.sheets.push_back(portfolio);

  Sheet history{u"History", {}};
  history.rows.push_back({t(u"Quarter"), t(u"Partner"), t(u"Health"), t(u"Status")});
  history.rows.push_back({t(u"2026-Q2"), t(u"Northwind Systems"), n(85), t(u"Green")});
  history.rows.push_back({t(u"2026-Q3"), t(u"Northwind Systems"), n(90), t(u"Green")});
  history.rows.push_back({{}, {}, {}, {}, t(u"A note beside the table")});
  wb.sheets.push_back(history);

  Sheet plan{u"Plan", {}};
  plan.rows.push_back({t(u"Partner"), t(u"Milestone"), t(u"Owner")});
  plan.rows.push_back({t(u"Northwind Systems"), t(u"Joint webinar"), t(u"Ana")});
  wb.sheets.push_back(plan);

  Sheet settings{u"Settings", {}};
  settings.rows.push_back({t(u"Settings")});
  settings.rows.push_back({t(u"Current quarter"), t(u"2026-Q4")});
  wb.sheets.push_back(settings);
  return wb;
}

Sheet& sheetNamed(Workbook& wb, std::u16string_view name) {
  return *std::find_if(wb.sheets.begin(), wb.sheets.end(),
                       [&](const Sheet& s) { return s.name == name; });
}

std::string describe(const std::vector<Finding>& findings) {
  std::string out;
  for (const Finding& f : findings) {
    out += std::string(severityWord(f.severity)) + " " + findingPlace(f) + ": " + f.message + "\n";
  }
  return out;
}

// The one finding of a check; fails unless there is exactly one.
Finding only(const WorkbookCheck& check) {
  EXPECT_EQ(check.findings.size(), 1U) << describe(check.findings);
  return check.findings.empty() ? Finding{} : check.findings.front();
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(WorkbookCheck, AGoodWorkbookHasNoFindings) {
  const WorkbookCheck check = checkWorkbook(goodWorkbook());
  EXPECT_TRUE(check.hasPortfolio);
  EXPECT_TRUE(check.findings.empty()) << describe(check.findings);
  EXPECT_EQ(check.portfolioSheet, "Portfolio");
  EXPECT_EQ(check.headerRow, 3U);
  EXPECT_EQ(check.partnerColumn, 0U);
  EXPECT_EQ(check.partnerCount, 4U);                          // the blank row does not end the list
  ASSERT_EQ(check.metricColumns.size(), kScoredMetricCount);  // a version-1 portfolio
  EXPECT_EQ(check.metricColumns.front().metric, Metric::MapElements);
  EXPECT_EQ(check.metricColumns.front().column, 1U);
  EXPECT_EQ(check.metricColumns.back().metric, Metric::AccountConflicts);
  EXPECT_EQ(check.metricColumns.back().column, 16U);
}

TEST(WorkbookCheck, NoPartnerHeaderInTheFirst20RowsMeansNoPortfolio) {
  Workbook wb = goodWorkbook();
  auto& rows = sheetNamed(wb, u"Portfolio").rows;
  rows.insert(rows.begin(), 16, std::vector<Value>{});  // the header moves to row 20
  EXPECT_TRUE(checkWorkbook(wb).hasPortfolio);
  rows.insert(rows.begin(), std::vector<Value>{});  // and now to row 21
  // Plan's "Partner" header is in row 1: the first sheet with one is the portfolio.
  sheetNamed(wb, u"Plan").rows[0][0] = t(u"Who");
  sheetNamed(wb, u"History").rows[0][1] = t(u"Who");
  const WorkbookCheck check = checkWorkbook(wb);
  EXPECT_FALSE(check.hasPortfolio);
  const Finding f = only(check);  // nothing else is checked
  EXPECT_EQ(f.severity, Severity::Error);
  EXPECT_TRUE(contains(f.message, "no portfolio sheet")) << f.message;
}

TEST(WorkbookCheck, ABadValueIsReportedAtItsCellWithThePartner) {
  Workbook wb = goodWorkbook();
  sheetNamed(wb, u"Portfolio").rows[6][4] = n(0);  // Kestrel's revenue_target, E7
  const Finding f = only(checkWorkbook(wb));
  EXPECT_EQ(f.severity, Severity::Error);
  EXPECT_EQ(f.sheet, "Portfolio");
  EXPECT_EQ(f.cell, "E7");
  EXPECT_EQ(f.message,
            "Kestrel Data Ltd: revenue_target is 0 but must be a number greater than 0.");
  EXPECT_EQ(findingPlace(f), "Portfolio!E7");
}

TEST(WorkbookCheck, EveryBadCellOfARowIsReported) {
  Workbook wb = goodWorkbook();
  auto& row = sheetNamed(wb, u"Portfolio").rows[4];
  row[12] = n(6);        // trust, M5
  row[9] = t(u"maybe");  // exec_sponsor, J5
  row[11] = n(1.5);      // manager_changes, L5
  const WorkbookCheck check = checkWorkbook(wb);
  ASSERT_EQ(check.findings.size(), 3U) << describe(check.findings);
  EXPECT_EQ(check.findings[0].cell, "J5");
  EXPECT_TRUE(contains(check.findings[0].message, "Northwind Systems: exec_sponsor is the text"));
  EXPECT_EQ(check.findings[1].cell, "L5");
  EXPECT_EQ(check.findings[2].cell, "M5");
  EXPECT_EQ(check.findings[2].message,
            "Northwind Systems: trust is 6 but must be a number from 1 to 5.");
  EXPECT_EQ(check.errorCount(), 3U);
  EXPECT_EQ(check.warningCount(), 0U);
}

TEST(WorkbookCheck, AnErrorValueIsReportedAtItsCell) {
  Workbook wb = goodWorkbook();
  const Value errorValue{Cell::Kind::Error, 0.0, {}};
  sheetNamed(wb, u"Portfolio").rows[5][12] = errorValue;  // Bluefin's trust, M6
  sheetNamed(wb, u"Portfolio").rows[6][0] = errorValue;   // a partner name, A7
  const WorkbookCheck check = checkWorkbook(wb);
  ASSERT_EQ(check.findings.size(), 2U) << describe(check.findings);
  EXPECT_EQ(check.findings[0].cell, "M6");
  EXPECT_TRUE(contains(check.findings[0].message, "Bluefin Analytics: trust shows an error value"))
      << check.findings[0].message;
  EXPECT_EQ(check.findings[1].cell, "A7");
  EXPECT_EQ(check.findings[1].message, "The partner name shows an error value.");
  EXPECT_EQ(check.partnerCount, 3U);  // the list goes on below it
}

TEST(WorkbookCheck, ARowTheFunctionsCannotScoreIsReportedAtThePartner) {
  Workbook wb = goodWorkbook();
  auto& row = sheetNamed(wb, u"Portfolio").rows[5];
  for (std::size_t c = 1; c <= 16; ++c) {
    row[c] = Value{};
  }
  row[5] = n(450);  // revenue_actual alone: valid, but no dimension can be scored
  const Finding f = only(checkWorkbook(wb));
  EXPECT_EQ(f.severity, Severity::Error);
  EXPECT_EQ(f.cell, "A6");
  EXPECT_TRUE(contains(f.message, "Bluefin Analytics: ")) << f.message;
  EXPECT_TRUE(contains(f.message, "dimension")) << f.message;
}

TEST(WorkbookCheck, ARowWithoutAnyMetricIsAWarning) {
  Workbook wb = goodWorkbook();
  auto& row = sheetNamed(wb, u"Portfolio").rows[5];
  for (std::size_t c = 1; c <= 16; ++c) {
    row[c] = c == 3 ? t(u"  ") : Value{};  // spaces count as empty
  }
  const Finding f = only(checkWorkbook(wb));
  EXPECT_EQ(f.severity, Severity::Warning);
  EXPECT_EQ(f.cell, "A6");
  EXPECT_TRUE(contains(f.message, "Bluefin Analytics: no metric")) << f.message;
}

// Contract section 7: the three version-2 columns are optional, read and checked like
// the others, and alone they do not make a row scorable.
TEST(WorkbookCheck, VersionTwoColumnsAreCheckedButNeverMissing) {
  Workbook wb = goodWorkbook();
  auto& rows = sheetNamed(wb, u"Portfolio").rows;
  for (auto& row : rows) {
    if (row.size() == kHeader.size()) {
      row.push_back(row.front().kind == Cell::Kind::Text && row.front().text == u"Partner"
                        ? t(u"Open changes")
                        : n(0));
    }
  }
  const WorkbookCheck good = checkWorkbook(wb);
  EXPECT_TRUE(good.findings.empty()) << describe(good.findings);
  EXPECT_EQ(good.metricColumns.size(), kScoredMetricCount + 1);
  EXPECT_EQ(good.metricColumns.back().metric, Metric::OpenChanges);

  rows[5].back() = n(0.5);
  Finding f = only(checkWorkbook(wb));
  EXPECT_EQ(f.severity, Severity::Error);
  EXPECT_EQ(f.cell, "U6");
  EXPECT_EQ(f.message,
            "Bluefin Analytics: open_changes is 0.5 but must be a whole number of 0 or more.");

  // A new partner: nothing typed yet, Open changes computed as 0. A warning, as before.
  rows[5].back() = n(0);
  for (std::size_t c = 1; c <= 16; ++c) {
    rows[5][c] = Value{};
  }
  f = only(checkWorkbook(wb));
  EXPECT_EQ(f.severity, Severity::Warning);
  EXPECT_TRUE(contains(f.message, "Bluefin Analytics: no metric")) << f.message;
}

TEST(WorkbookCheck, MissingMetricColumnsAreOneWarningAndMisspeltHeadersAreIgnored) {
  Workbook wb = goodWorkbook();
  auto& header = sheetNamed(wb, u"Portfolio").rows[3];
  header[6] = t(u"Pipline");                             // misspelt: not recognised, not an error
  header[15] = t(u"Notes");                              // exit_plan gone
  sheetNamed(wb, u"Portfolio").rows[5][6] = t(u"lots");  // no longer read as a metric
  const WorkbookCheck check = checkWorkbook(wb);
  EXPECT_EQ(check.metricColumns.size(), kScoredMetricCount - 2);
  const Finding f = only(check);
  EXPECT_EQ(f.severity, Severity::Warning);
  EXPECT_EQ(f.cell, "4:4");
  EXPECT_TRUE(contains(f.message,
                       "2 of the 16 contract metrics have no column: pipeline, "
                       "exit_plan;"))
      << f.message;
}

TEST(WorkbookCheck, APartnerColumnWithoutMetricsIsNoPortfolio) {
  Workbook wb;
  wb.sheets.push_back({u"Sheet1", {{t(u"Partner"), t(u"Region")}, {t(u"Acme"), t(u"EMEA")}}});
  wb.sheets.push_back(goodWorkbook().sheets[1]);  // History
  const WorkbookCheck check = checkWorkbook(wb);
  const Finding f = only(check);
  EXPECT_EQ(f.severity, Severity::Error);
  EXPECT_FALSE(check.hasPortfolio);
  EXPECT_TRUE(contains(f.message, "a metric name")) << f.message;
  EXPECT_TRUE(check.metricColumns.empty());
}

TEST(WorkbookCheck, AMetricInTwoColumnsIsAnError) {
  Workbook wb = goodWorkbook();
  for (auto& row : sheetNamed(wb, u"Portfolio").rows) {
    if (row.size() == kHeader.size()) {
      row.push_back(row[12]);  // trust again, in U
    }
  }
  sheetNamed(wb, u"Portfolio").rows[3].back() = t(u"TRUST");
  const WorkbookCheck check = checkWorkbook(wb);
  const Finding f = only(check);
  EXPECT_EQ(f.severity, Severity::Error);
  EXPECT_EQ(f.cell, "U4");
  EXPECT_EQ(f.message, "trust has two columns, M4 (\"Trust\") and U4 (\"TRUST\"); keep one.");
  EXPECT_EQ(check.metricColumns.size(), kScoredMetricCount + 1);
}

TEST(WorkbookCheck, DifferentValuesInTwoColumnsOfAMetricAlsoFailTheRow) {
  Workbook wb = goodWorkbook();
  for (auto& row : sheetNamed(wb, u"Portfolio").rows) {
    if (row.size() == kHeader.size()) {
      row.push_back(row[12]);
    }
  }
  sheetNamed(wb, u"Portfolio").rows[4].back() = n(2);  // Northwind: trust 4.6 and 2
  const WorkbookCheck check = checkWorkbook(wb);
  ASSERT_EQ(check.findings.size(), 2U) << describe(check.findings);
  EXPECT_EQ(check.findings[1].cell, "A5");
  EXPECT_TRUE(contains(check.findings[1].message, "given twice")) << check.findings[1].message;
}

TEST(WorkbookCheck, ADuplicatePartnerIsAnErrorIgnoringCaseAndSpaces) {
  Workbook wb = goodWorkbook();
  sheetNamed(wb, u"Portfolio").rows[6][0] = t(u" northwind SYSTEMS ");
  const Finding f = only(checkWorkbook(wb));
  EXPECT_EQ(f.severity, Severity::Error);
  EXPECT_EQ(f.cell, "A7");
  EXPECT_TRUE(contains(f.message, "northwind SYSTEMS: the partner is listed twice, in A5 and A7"))
      << f.message;
}

TEST(WorkbookCheck, PreviousHealthAndQuartersRedFollowTheContract) {
  Workbook wb = goodWorkbook();
  sheetNamed(wb, u"Portfolio").rows[4][17] = n(120);   // R5
  sheetNamed(wb, u"Portfolio").rows[5][18] = n(1.5);   // S6
  sheetNamed(wb, u"Portfolio").rows[6][17] = Value{};  // empty is fine
  const WorkbookCheck check = checkWorkbook(wb);
  ASSERT_EQ(check.findings.size(), 2U) << describe(check.findings);
  EXPECT_EQ(check.findings[0].cell, "R5");
  EXPECT_EQ(check.findings[0].message,
            "Northwind Systems: previous_health is 120 but must be a number from 0 to 100.");
  EXPECT_EQ(check.findings[1].cell, "S6");
  EXPECT_TRUE(contains(check.findings[1].message, "quarters_red is 1.5"))
      << describe(check.findings);
}

TEST(WorkbookCheck, NoPartnerRowsIsAWarning) {
  Workbook wb = goodWorkbook();
  sheetNamed(wb, u"Portfolio").rows.resize(4);  // the template before anyone fills it
  const WorkbookCheck check = checkWorkbook(wb);
  const Finding f = only(check);
  EXPECT_EQ(f.severity, Severity::Warning);
  EXPECT_EQ(f.cell, "A5");
  EXPECT_EQ(check.partnerCount, 0U);
}

TEST(WorkbookCheck, AMissingHistorySheetIsAnError) {
  Workbook wb = goodWorkbook();
  wb.sheets.erase(wb.sheets.begin() + 1);
  const Finding f = only(checkWorkbook(wb));
  EXPECT_EQ(f.severity, Severity::Error);
  EXPECT_EQ(f.sheet, "History");
  EXPECT_EQ(f.cell, "");
  EXPECT_EQ(findingPlace(f), "History");
}

TEST(WorkbookCheck, HistoryNeedsQuarterPartnerAndHealthColumns) {
  Workbook wb = goodWorkbook();
  sheetNamed(wb, u"History").rows[0][2] = t(u"Score");
  const Finding f = only(checkWorkbook(wb));
  EXPECT_EQ(f.cell, "1:1");
  EXPECT_EQ(f.message, "The History sheet has no \"Health\" column in its first row.");

  sheetNamed(wb, u"History").rows[0][0] = t(u"Period");
  EXPECT_EQ(checkWorkbook(wb).errorCount(), 2U);
}

TEST(WorkbookCheck, HistoryRowsNeedAQuarterAPartnerAndAHealthFrom0To100) {
  Workbook wb = goodWorkbook();
  auto& rows = sheetNamed(wb, u"History").rows;
  rows.push_back({t(u"Q3 2026"), t(u"Bluefin Analytics"), n(70)});  // A5: no quarter
  rows.push_back({{}, t(u"Bluefin Analytics"), n(70)});             // A6: empty quarter
  rows.push_back({t(u"2026-Q3"), {}, n(70)});                       // B7: no partner
  rows.push_back({t(u"2026 q3"), t(u"Kestrel Data Ltd"), n(101)});  // C8: above 100
  rows.push_back({t(u"2026-Q3"), t(u"Maple"), t(u"high")});         // C9: text
  rows.push_back({t(u"2026-Q3"), t(u"Cedar"), {}});                 // C10: empty
  rows.push_back({n(2026), t(u"Cedar"), n(50)});                    // A11: a number
  const WorkbookCheck check = checkWorkbook(wb);
  ASSERT_EQ(check.findings.size(), 7U) << describe(check.findings);
  const auto& f = check.findings;
  EXPECT_EQ(f[0].cell, "A5");
  EXPECT_EQ(f[0].message,
            "Bluefin Analytics: the quarter is the text \"Q3 2026\" but must be written like "
            "2026-Q3.");
  EXPECT_EQ(f[1].cell, "A6");
  EXPECT_TRUE(contains(f[1].message, "no quarter")) << f[1].message;
  EXPECT_EQ(f[2].cell, "B7");
  EXPECT_EQ(f[2].severity, Severity::Warning);
  EXPECT_EQ(f[3].cell, "C8");
  EXPECT_EQ(f[3].message,
            "Kestrel Data Ltd: the 2026-Q3 health is 101 but must be a number from 0 to 100.");
  EXPECT_EQ(f[4].cell, "C9");
  EXPECT_EQ(f[4].severity, Severity::Error);
  EXPECT_EQ(f[5].cell, "C10");
  EXPECT_EQ(f[5].severity, Severity::Warning);
  EXPECT_EQ(f[6].cell, "A11");
  EXPECT_TRUE(contains(f[6].message, "the quarter is 2026 but")) << f[6].message;
  for (const Finding& finding : f) {
    EXPECT_EQ(finding.sheet, "History");
  }
  EXPECT_EQ(check.errorCount(), 5U);
  EXPECT_EQ(check.warningCount(), 2U);
}

TEST(WorkbookCheck, APlanSheetNeedsPartnerAndMilestoneColumns) {
  Workbook wb = goodWorkbook();
  sheetNamed(wb, u"Plan").rows[0][1] = t(u"Task");
  const Finding f = only(checkWorkbook(wb));
  EXPECT_EQ(f.sheet, "Plan");
  EXPECT_EQ(f.message, "The Plan sheet has no \"Milestone\" column in its first row.");

  wb.sheets.erase(wb.sheets.begin() + 2);  // no Plan at all is fine
  EXPECT_TRUE(checkWorkbook(wb).findings.empty());
}

TEST(WorkbookCheck, AMilestoneWithoutAPartnerIsAWarning) {
  Workbook wb = goodWorkbook();
  sheetNamed(wb, u"Plan").rows.push_back({{}, t(u"Kick-off"), t(u"Ben")});
  const Finding f = only(checkWorkbook(wb));
  EXPECT_EQ(f.severity, Severity::Warning);
  EXPECT_EQ(f.cell, "A3");
  EXPECT_TRUE(contains(f.message, "\"Kick-off\"")) << f.message;
}

TEST(WorkbookCheck, TheCurrentQuarterMustParseWhenGiven) {
  Workbook wb = goodWorkbook();
  sheetNamed(wb, u"Settings").rows[1][1] = t(u"Q4");
  Finding f = only(checkWorkbook(wb));
  EXPECT_EQ(f.severity, Severity::Error);
  EXPECT_EQ(f.sheet, "Settings");
  EXPECT_EQ(f.cell, "B2");
  EXPECT_EQ(f.message, "The current quarter is the text \"Q4\" but must be written like 2026-Q4.");

  sheetNamed(wb, u"Settings").rows[1].resize(1);  // empty: qbr needs --quarter
  f = only(checkWorkbook(wb));
  EXPECT_EQ(f.severity, Severity::Warning);
  EXPECT_EQ(f.cell, "B2");

  sheetNamed(wb, u"Settings").rows[1][0] = t(u"Quarter shown");  // no such setting: fine
  EXPECT_TRUE(checkWorkbook(wb).findings.empty());
}

TEST(WorkbookCheck, CellNamesAndPlaces) {
  EXPECT_EQ(columnName(0), "A");
  EXPECT_EQ(columnName(25), "Z");
  EXPECT_EQ(columnName(26), "AA");
  EXPECT_EQ(columnName(701), "ZZ");
  EXPECT_EQ(columnName(702), "AAA");
  EXPECT_EQ(cellName(4, 6), "E7");
  EXPECT_EQ(findingPlace({Severity::Error, "Partner list", "B2", "x"}), "'Partner list'!B2");
  EXPECT_EQ(findingPlace({Severity::Error, "Bob's", "B2", "x"}), "'Bob''s'!B2");
  EXPECT_EQ(findingPlace({Severity::Error, "Übersicht", "B2", "x"}), "Übersicht!B2");
  EXPECT_EQ(findingPlace({Severity::Error, "", "", "x"}), "");
}

}  // namespace
}  // namespace alliance::qbr
