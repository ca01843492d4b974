// The health check read back and aggregated from plain workbook values.
#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <variant>
#include <vector>

#include "portfolio/portfolio.h"
#include "survey/aggregate.h"
#include "survey/portfolio_update.h"
#include "survey/respondents.h"
#include "survey/response.h"

namespace alliance::survey {
namespace {

using portfolio::Value;

void put(portfolio::Sheet& sheet, std::size_t row, std::size_t column, Value v) {
  if (sheet.rows.size() <= row) {
    sheet.rows.resize(row + 1);
  }
  if (sheet.rows[row].size() <= column) {
    sheet.rows[row].resize(column + 1);
  }
  sheet.rows[row][column] = std::move(v);
}

struct Answers {
  std::u16string survey = u"abc";
  std::u16string respondent = u"ours-1";
  std::u16string side = u"ours";
  std::u16string partner = u"Acme";
  std::vector<std::optional<Value>> ratings;  // per item; nullopt: empty
  std::vector<std::u16string> comments;
};

portfolio::Workbook workbook(const Answers& a) {
  portfolio::Workbook wb;
  wb.sheets.resize(2);
  wb.sheets[0].name = u"Health check";
  wb.sheets[1].name = u"Survey";
  portfolio::Sheet& form = wb.sheets[0];
  for (std::size_t item = 0; item < kItemCount; ++item) {
    const ItemPlace place = itemPlace(item);
    put(form, place.row, kStatementColumn,
        Value::ofText(u"Statement " + std::u16string(1, u'A' + static_cast<char16_t>(item))));
    if (item < a.ratings.size() && a.ratings[item]) {
      put(form, place.row, kRatingColumn, *a.ratings[item]);
    }
    if (item < a.comments.size() && !a.comments[item].empty()) {
      put(form, place.row, kCommentColumn, Value::ofText(a.comments[item]));
    }
  }
  portfolio::Sheet& hidden = wb.sheets[1];
  const std::u16string values[] = {
      std::u16string(kFormat), a.survey, a.respondent, a.side, a.partner, u"2026-Q4", u"en"};
  for (std::size_t row = 0; row < 7; ++row) {
    put(hidden, row, 0, Value::ofText(u"key"));
    put(hidden, row, 1, Value::ofText(values[row]));
  }
  return wb;
}

Answers rated(std::u16string respondent, std::u16string side, int rating) {
  Answers a;
  a.respondent = std::move(respondent);
  a.side = std::move(side);
  a.ratings.assign(kItemCount, Value::ofNumber(rating));
  return a;
}

Response read(const Answers& a, const std::string& file = "f.ods") {
  auto r = readResponse(workbook(a), file);
  EXPECT_TRUE(std::holds_alternative<Response>(r)) << std::get<Refusal>(r).message;
  return std::get<Response>(r);
}

Refusal refused(const portfolio::Workbook& wb) {
  auto r = readResponse(wb, "bad.ods");
  EXPECT_TRUE(std::holds_alternative<Refusal>(r));
  return std::get<Refusal>(r);
}

TEST(SurveyResponse, ReadsIdsSideRatingsAndComments) {
  Answers a = rated(u"theirs-2", u"theirs", 4);
  a.ratings[3] = std::nullopt;
  a.comments.assign(kItemCount, u"");
  a.comments[0] = u"  =not a formula ";
  const Response r = read(a);
  EXPECT_EQ(r.side, Side::Theirs);
  EXPECT_EQ(r.respondentId, u"theirs-2");
  EXPECT_EQ(r.ratings[0], 4);
  EXPECT_FALSE(r.ratings[3].has_value());
  EXPECT_EQ(r.comments[0], u"=not a formula");
}

TEST(SurveyResponse, RefusesARatingOutsideOneToFiveNamingTheCell) {
  for (const Value& bad : {Value::ofNumber(7), Value::ofNumber(2.5), Value::ofNumber(0),
                           Value::ofText(u"four"), Value::ofError()}) {
    Answers a = rated(u"ours-1", u"ours", 3);
    a.ratings[13] = bad;  // the map's second element: C28
    const Refusal r = refused(workbook(a));
    EXPECT_EQ(r.file, "bad.ods");
    EXPECT_EQ(r.cell, "'Health check'!C28");
    EXPECT_NE(r.message.find("whole number from 1 to 5"), std::string::npos) << r.message;
  }
}

TEST(SurveyResponse, RefusesAForeignOrBlankWorkbook) {
  portfolio::Workbook foreign;
  foreign.sheets.resize(1);
  foreign.sheets[0].name = u"Sheet1";
  EXPECT_NE(refused(foreign).message.find("no hidden Survey sheet"), std::string::npos);

  portfolio::Workbook other = workbook(rated(u"ours-1", u"ours", 3));
  other.sheets[1].rows[0][1] = Value::ofText(u"Something else");
  EXPECT_EQ(refused(other).cell, "Survey!B1");

  Answers blank = rated(u"", u"ours", 3);
  EXPECT_EQ(refused(workbook(blank)).cell, "Survey!B3");
}

TEST(SurveyTogether, RefusesAnotherPartnerAnotherSurveyAndARespondentTwice) {
  std::vector<Response> responses;
  responses.push_back(read(rated(u"ours-1", u"ours", 3), "a.ods"));
  responses.push_back(read(rated(u"ours-2", u"ours", 3), "b.ods"));
  responses.push_back(read(rated(u"ours-1", u"ours", 3), "a-copy.ods"));
  Answers stranger = rated(u"ours-3", u"ours", 3);
  stranger.partner = u"Beta";
  responses.push_back(read(stranger, "beta.ods"));
  Answers old = rated(u"theirs-1", u"theirs", 3);
  old.survey = u"old";
  responses.push_back(read(old, "old.ods"));
  const Accepted accepted = checkTogether(std::move(responses), u" acme ");
  ASSERT_EQ(accepted.responses.size(), 2U);
  ASSERT_EQ(accepted.refusals.size(), 3U);
  EXPECT_EQ(accepted.refusals[0].file, "beta.ods");
  EXPECT_EQ(accepted.refusals[0].cell, "Survey!B5");
  EXPECT_EQ(accepted.refusals[1].file, "a-copy.ods");
  EXPECT_NE(accepted.refusals[1].message.find("a.ods"), std::string::npos);
  EXPECT_EQ(accepted.refusals[2].file, "old.ods");
  EXPECT_EQ(accepted.refusals[2].cell, "Survey!B2");
}

TEST(SurveyAggregate, MeansCountsSpreadsGapsAndTheMetrics) {
  std::vector<Response> responses;
  // Ours rate every item 4, 4, 5; theirs 2, 3, 3 (goals alike).
  responses.push_back(read(rated(u"ours-1", u"ours", 4)));
  responses.push_back(read(rated(u"ours-2", u"ours", 4)));
  responses.push_back(read(rated(u"ours-3", u"ours", 5)));
  responses.push_back(read(rated(u"theirs-1", u"theirs", 2)));
  responses.push_back(read(rated(u"theirs-2", u"theirs", 3)));
  Answers last = rated(u"theirs-3", u"theirs", 3);
  last.ratings[0] = std::nullopt;  // cannot judge the first principle
  last.comments.assign(kItemCount, u"");
  last.comments[1] = u"b";
  responses.push_back(read(last));
  responses[0].comments[1] = u"z";
  responses[1].comments[1] = u"a";

  const SurveyResult r = aggregate(responses);
  EXPECT_EQ(r.respondents[0], 3U);
  EXPECT_TRUE(r.anonymous[0] && r.anonymous[1]);
  const ItemResult& second = r.items[1];
  EXPECT_EQ(second.sides[0].count, 3U);
  EXPECT_NEAR(second.sides[0].mean, 13.0 / 3, 1e-9);
  EXPECT_NEAR(second.sides[0].spread, std::sqrt(2.0 / 9), 1e-9);
  EXPECT_NEAR(*second.gap, 13.0 / 3 - 8.0 / 3, 1e-9);
  EXPECT_EQ(r.items[0].sides[1].count, 2U);
  EXPECT_NEAR(*r.items[0].gap, 13.0 / 3 - 2.5, 1e-9);
  // Trust per side: the mean of the principles' means.
  const double theirs = (2.5 + (11 * 8.0 / 3)) / 12;
  EXPECT_NEAR(*r.trustBySide[1], theirs, 1e-9);
  EXPECT_NEAR(*r.trust, (13.0 / 3 + theirs) / 2, 1e-9);
  EXPECT_NEAR(*r.trustGap, 13.0 / 3 - theirs, 1e-9);
  // ALLIANCE_ALIGNMENT of the goals' means: 1 - |13/3 - 8/3| / 4.
  EXPECT_NEAR(*r.goalAlignment, 1 - (5.0 / 3) / 4, 1e-9);
  // The largest gap first: the first principle, which one partner left empty.
  ASSERT_EQ(r.largestGaps.size(), kLargestGaps);
  EXPECT_EQ(r.largestGaps[0], 0U);
  // Comments by side, ordered by item then text, whoever wrote them.
  ASSERT_EQ(r.comments[0].size(), 2U);
  EXPECT_EQ(r.comments[0][0].text, u"a");
  EXPECT_EQ(r.comments[0][1].text, u"z");
  EXPECT_EQ(r.comments[1][0].text, u"b");
}

TEST(SurveyAggregate, OneSideOnlyGivesTrustButNoGapAndSaysItIsNotAnonymous) {
  const SurveyResult r = aggregate({read(rated(u"ours-1", u"ours", 4))});
  EXPECT_FALSE(r.anonymous[0]);
  EXPECT_NEAR(*r.trust, 4.0, 1e-9);
  EXPECT_FALSE(r.trustGap.has_value());
  EXPECT_FALSE(r.goalAlignment.has_value());
  EXPECT_TRUE(r.largestGaps.empty());
}

TEST(SurveyPortfolio, WritesTheThreeMetricsIntoThePartnersRow) {
  portfolio::Workbook wb;
  wb.sheets.resize(1);
  wb.sheets[0].name = u"Portfolio";
  const std::u16string headings[] = {u"Partner", u"Trust", u"Goal alignment", u"Trust gap"};
  for (std::size_t c = 0; c < 4; ++c) {
    put(wb.sheets[0], 0, c, Value::ofText(headings[c]));
  }
  put(wb.sheets[0], 2, 0, Value::ofText(u"Acme"));
  put(wb.sheets[0], 2, 1, Value::ofNumber(3));
  const portfolio::Portfolio p = portfolio::readPortfolio(wb);
  SurveyResult result;
  result.trust = 3.5;
  result.trustGap = 1.25;
  const PortfolioUpdate update = planPortfolioUpdate(p, u"ACME", result);
  ASSERT_EQ(update.edits.size(), 2U);
  EXPECT_EQ(update.edits[0].row, 2U);
  EXPECT_EQ(update.edits[0].column, 1U);
  EXPECT_EQ(update.edits[0].value.number, 3.5);
  EXPECT_EQ(update.edits[1].column, 3U);
  ASSERT_EQ(update.notWritten.size(), 1U);
  EXPECT_NE(update.notWritten[0].find("goal_alignment"), std::string::npos);
  EXPECT_THROW((void)planPortfolioUpdate(p, u"Beta", result), portfolio::WorkbookError);
}

// A respondents list as the office reads it: rows of cells from A1.
portfolio::Sheet listSheet(std::u16string name,
                           const std::vector<std::vector<std::u16string>>& rows) {
  portfolio::Sheet sheet;
  sheet.name = std::move(name);
  for (std::size_t r = 0; r < rows.size(); ++r) {
    for (std::size_t c = 0; c < rows[r].size(); ++c) {
      put(sheet, r, c, rows[r][c].empty() ? Value{} : Value::ofText(rows[r][c]));
    }
  }
  return sheet;
}

portfolio::Workbook listOf(std::vector<portfolio::Sheet> sheets) {
  portfolio::Workbook wb;
  wb.sheets = std::move(sheets);
  return wb;
}

std::string errorOf(const portfolio::Workbook& list) {
  try {
    static_cast<void>(respondentsFrom(list));
  } catch (const RespondentsError& e) {
    return e.what();
  }
  return "no error";
}

TEST(RespondentsList, HeadingsSayWhereEachColumnIs) {
  const auto people =
      respondentsFrom(listOf({listSheet(u"Sheet1", {{u"Side", u"E-mail", u"Name"},
                                                    {u"theirs", u"lee@example.org", u"Lee Chris"},
                                                    {u"Ours ", u"anna@example.com", u"Anna Berg"},
                                                    {},
                                                    {u"partner", u"", u"Sam Roe"}})}));
  ASSERT_EQ(people.size(), 3U);
  EXPECT_EQ(people[0].name, "Lee Chris");
  EXPECT_EQ(people[0].email, "lee@example.org");
  EXPECT_EQ(people[0].side, Side::Theirs);
  EXPECT_EQ(people[0].number, 1U);
  EXPECT_EQ(people[1].side, Side::Ours);
  EXPECT_EQ(people[1].number, 1U);
  EXPECT_EQ(people[2].name, "Sam Roe");
  EXPECT_EQ(people[2].email, "");
  EXPECT_EQ(people[2].number, 2U);  // the second on the partner's side
}

TEST(RespondentsList, WithoutHeadingsTheColumnsAreNameEmailSide) {
  const auto people = respondentsFrom(
      listOf({listSheet(u"Sheet1", {{u"Anna Berg", u"anna@example.com", u"ours"},
                                    {u"Lee Chris", u"lee@example.org", u"theirs"}})}));
  ASSERT_EQ(people.size(), 2U);
  EXPECT_EQ(people[0].name, "Anna Berg");
  EXPECT_EQ(people[1].email, "lee@example.org");
  EXPECT_EQ(people[1].side, Side::Theirs);
}

TEST(RespondentsList, GermanHeadingsAndSides) {
  const auto people = respondentsFrom(
      listOf({listSheet(u"Tabelle1", {{u"Name", u"E-Mail", u"Seite"},
                                      {u"Jürgen Weiß", u"jw@example.de", u"wir"},
                                      {u"Søren Ødegård", u"so@example.dk", u"Partner"}})}));
  ASSERT_EQ(people.size(), 2U);
  EXPECT_EQ(people[0].name, "Jürgen Weiß");
  EXPECT_EQ(people[0].side, Side::Ours);
  EXPECT_EQ(people[1].side, Side::Theirs);
}

TEST(RespondentsList, TheSheetNamedRespondentsIsReadBeforeTheFirst) {
  const auto people = respondentsFrom(
      listOf({listSheet(u"Notes", {{u"who", u"what"}, {u"x", u"y"}}),
              listSheet(u"respondents", {{u"Name", u"Side"}, {u"Anna", u"ours"}})}));
  ASSERT_EQ(people.size(), 1U);
  EXPECT_EQ(people[0].name, "Anna");
}

TEST(RespondentsList, ASideThatIsNeitherNamesItsCell) {
  EXPECT_EQ(errorOf(listOf({listSheet(u"People", {{u"Name", u"E-mail", u"Side"},
                                                  {u"Anna", u"a@example.com", u"ours"},
                                                  {u"Lee", u"l@example.org", u"both"}})})),
            "People!C3: the side is the text \"both\", not ours or theirs");
  EXPECT_EQ(errorOf(listOf({listSheet(
                u"People", {{u"Name", u"E-mail", u"Side"}, {u"Anna", u"a@example.com"}})})),
            "People!C2: the side is empty, not ours or theirs");
}

TEST(RespondentsList, AnEmptyListIsRefused) {
  EXPECT_EQ(errorOf(listOf({listSheet(u"Sheet1", {{u"Name", u"E-mail", u"Side"}})})),
            "the respondents list names nobody (sheet Sheet1)");
  EXPECT_EQ(errorOf(listOf({})), "the respondents list has no sheet");
}

TEST(RespondentsList, AtMostFiveHundredOnASide) {
  std::vector<std::vector<std::u16string>> rows;
  for (std::size_t i = 0; i <= kMaxRespondentsPerSide; ++i) {
    rows.push_back({u"Someone", u"", u"ours"});
  }
  EXPECT_EQ(errorOf(listOf({listSheet(u"Sheet1", rows)})),
            "Sheet1!C501: more than 500 respondents on one side");
  rows.pop_back();
  EXPECT_EQ(respondentsFrom(listOf({listSheet(u"Sheet1", rows)})).size(), kMaxRespondentsPerSide);
}

}  // namespace
}  // namespace alliance::survey
