#include "survey/response.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

#include "core/text.h"

namespace alliance::survey {

namespace {

std::string utf8(std::u16string_view text) { return toUtf8(text); }

Refusal refuse(const std::string& file, std::string cell, std::string message) {
  return {file, std::move(cell), std::move(message)};
}

}  // namespace

std::string cellOn(std::u16string_view sheet, std::size_t column, std::size_t row) {
  const std::string name = utf8(sheet);
  const bool quote = name.find_first_of(" '!.-") != std::string::npos;
  return fmt::format("{}{}{}!{}", quote ? "'" : "", name, quote ? "'" : "",
                     portfolio::cellName(column, row));
}

std::variant<Response, Refusal> readResponse(const portfolio::Workbook& workbook,
                                             const std::string& file) {
  const portfolio::Sheet* survey = workbook.find(kSurveySheet);
  if (survey == nullptr || workbook.sheets.size() < 2 ||
      portfolio::sameName(workbook.sheets.front().name, kSurveySheet)) {
    return refuse(file, "",
                  "not a health check workbook: it has no hidden Survey sheet (the workbooks "
                  "are made with `alliancecalc survey make`)");
  }
  const auto hidden = [&](std::size_t row) { return portfolio::textOf(survey->at(row, 1)); };
  const auto hiddenCell = [&](std::size_t row) { return cellOn(kSurveySheet, 1, row); };
  if (hidden(kFormatRow) != kFormat) {
    return refuse(file, hiddenCell(kFormatRow),
                  fmt::format("not a health check workbook this version reads: it holds {}, not "
                              "\"{}\"",
                              portfolio::describe(survey->at(kFormatRow, 1)), utf8(kFormat)));
  }
  Response r;
  r.file = file;
  r.surveyId = hidden(kSurveyIdRow);
  r.respondentId = hidden(kRespondentRow);
  r.partner = hidden(kSurveyPartnerRow);
  r.quarter = hidden(kSurveyQuarterRow);
  r.language = hidden(kLanguageRow);
  for (const std::size_t row : {kSurveyIdRow, kRespondentRow, kSurveyPartnerRow}) {
    if (hidden(row).empty()) {
      return refuse(file, hiddenCell(row),
                    "empty: a blank health check, not one made for a respondent (the workbooks "
                    "are made with `alliancecalc survey make`)");
    }
  }
  const std::u16string side = hidden(kSurveySideRow);
  if (side == kOursWord) {
    r.side = Side::Ours;
  } else if (side == kTheirsWord) {
    r.side = Side::Theirs;
  } else {
    return refuse(file, hiddenCell(kSurveySideRow),
                  fmt::format("no side: it holds {}, not ours or theirs",
                              portfolio::describe(survey->at(kSurveySideRow, 1))));
  }
  const portfolio::Sheet& sheet = workbook.sheets.front();
  for (std::size_t item = 0; item < kItemCount; ++item) {
    const ItemPlace place = itemPlace(item);
    r.statements[item] = portfolio::textOf(sheet.at(place.row, kStatementColumn));
    r.comments[item] = portfolio::textOf(sheet.at(place.row, kCommentColumn));
    const portfolio::Value& v = sheet.at(place.row, kRatingColumn);
    if (portfolio::isBlank(v)) {
      continue;
    }
    const std::optional<double> n = portfolio::numberOf(v);
    if (!n || *n != std::floor(*n) || *n < kMinRating || *n > kMaxRating) {
      const std::string cell = cellOn(sheet.name, kRatingColumn, place.row);
      return refuse(
          file, cell,
          fmt::format("holds {}, but a rating must be a whole number from {} to {}, or empty",
                      portfolio::describe(v), kMinRating, kMaxRating));
    }
    r.ratings[item] = static_cast<int>(*n);
  }
  return r;
}

Accepted checkTogether(std::vector<Response> responses, std::u16string_view partner) {
  Accepted out;
  std::vector<Response> ofPartner;
  for (Response& r : responses) {
    if (!portfolio::sameName(r.partner, partner)) {
      const std::string cell = cellOn(kSurveySheet, 1, kSurveyPartnerRow);
      out.refusals.push_back(
          refuse(r.file, cell,
                 fmt::format("a health check of another partner: {}, not {}", utf8(r.partner),
                             utf8(portfolio::trimmed(partner)))));
    } else {
      ofPartner.push_back(std::move(r));
    }
  }
  // The survey most files belong to; on a tie the first file's.
  std::map<std::u16string, std::size_t> counts;
  for (const Response& r : ofPartner) {
    ++counts[r.surveyId];
  }
  std::u16string survey;
  std::size_t most = 0;
  for (const Response& r : ofPartner) {
    if (counts[r.surveyId] > most) {
      most = counts[r.surveyId];
      survey = r.surveyId;
    }
  }
  std::map<std::u16string, std::string> seen;  // respondent id -> the file that counts
  for (Response& r : ofPartner) {
    const std::string idCell = cellOn(kSurveySheet, 1, kSurveyIdRow);
    if (r.surveyId != survey) {
      out.refusals.push_back(refuse(
          r.file, idCell,
          fmt::format("another health check of this partner (survey {}, quarter {}) than the "
                      "other files (survey {})",
                      utf8(r.surveyId), utf8(r.quarter), utf8(survey))));
      continue;
    }
    const auto [at, added] = seen.emplace(r.respondentId, r.file);
    if (!added) {
      out.refusals.push_back(
          refuse(r.file, cellOn(kSurveySheet, 1, kRespondentRow),
                 fmt::format("the answers of a respondent already returned in {}: each "
                             "respondent counts once",
                             at->second)));
      continue;
    }
    out.responses.push_back(std::move(r));
  }
  return out;
}

}  // namespace alliance::survey
