#include "survey/respondents.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <optional>
#include <string_view>
#include <vector>

#include "core/text.h"

namespace alliance::survey {

namespace {

using portfolio::Value;

bool anyOf(const Value& v, std::initializer_list<std::u16string_view> labels) {
  return std::any_of(labels.begin(), labels.end(),
                     [&](std::u16string_view label) { return portfolio::isLabel(v, label); });
}

std::optional<Side> sideNamed(const Value& v) {
  if (anyOf(v, {u"ours", u"our", u"us", u"we", u"wir"})) {
    return Side::Ours;
  }
  if (anyOf(v, {u"theirs", u"partner", u"they"})) {
    return Side::Theirs;
  }
  return std::nullopt;
}

bool blank(const std::vector<Value>& row) {
  return std::all_of(row.begin(), row.end(), [](const Value& v) { return portfolio::isBlank(v); });
}

// Where name, e-mail and side are, and the first row of people.
struct Columns {
  std::size_t name = 0;
  std::optional<std::size_t> email = 1;
  std::size_t side = 2;
  std::size_t firstRow = 0;
};

Columns columnsOf(const portfolio::Sheet& sheet) {
  Columns columns;
  const auto heading = std::find_if_not(sheet.rows.begin(), sheet.rows.end(), blank);
  if (heading == sheet.rows.end()) {
    return columns;
  }
  const std::optional<std::size_t> side = [&]() -> std::optional<std::size_t> {
    for (std::size_t c = 0; c < heading->size(); ++c) {
      if (anyOf((*heading)[c], {u"side", u"seite"})) {
        return c;
      }
    }
    return std::nullopt;
  }();
  if (!side) {
    return columns;  // no headings: A, B, C from the first row
  }
  columns.side = *side;
  columns.firstRow = static_cast<std::size_t>(heading - sheet.rows.begin()) + 1;
  columns.email.reset();
  for (std::size_t c = 0; c < heading->size(); ++c) {
    const Value& v = (*heading)[c];
    if (anyOf(v, {u"e-mail", u"email", u"mail", u"e-mail address", u"e-mail-adresse"})) {
      columns.email = c;
    } else if (anyOf(v, {u"name", u"respondent", u"befragte", u"befragter"})) {
      columns.name = c;
    }
  }
  return columns;
}

}  // namespace

std::vector<Respondent> respondentsFrom(const portfolio::Workbook& list) {
  const portfolio::Sheet* sheet = list.find(u"Respondents");
  if (sheet == nullptr) {
    sheet = list.find(u"Befragte");
  }
  if (sheet == nullptr) {
    if (list.sheets.empty()) {
      throw RespondentsError("the respondents list has no sheet");
    }
    sheet = &list.sheets.front();
  }
  const std::string sheetName = toUtf8(sheet->name);
  const Columns columns = columnsOf(*sheet);
  std::vector<Respondent> out;
  std::array<std::size_t, kSides> counts{};
  for (std::size_t r = columns.firstRow; r < sheet->rows.size(); ++r) {
    const auto& row = sheet->rows[r];
    if (blank(row)) {
      continue;
    }
    const Value& sideCell = sheet->at(r, columns.side);
    const std::optional<Side> side = sideNamed(sideCell);
    if (!side) {
      throw RespondentsError(fmt::format("{}!{}: the side is {}, not ours or theirs", sheetName,
                                         portfolio::cellName(columns.side, r),
                                         portfolio::describe(sideCell)));
    }
    if (++counts.at(sideIndex(*side)) > kMaxRespondentsPerSide) {
      throw RespondentsError(fmt::format("{}!{}: more than {} respondents on one side", sheetName,
                                         portfolio::cellName(columns.side, r),
                                         kMaxRespondentsPerSide));
    }
    Respondent respondent;
    respondent.side = *side;
    respondent.number = counts.at(sideIndex(*side));
    respondent.name = toUtf8(portfolio::textOf(sheet->at(r, columns.name)));
    if (columns.email) {
      respondent.email = toUtf8(portfolio::textOf(sheet->at(r, *columns.email)));
    }
    out.push_back(std::move(respondent));
  }
  if (out.empty()) {
    throw RespondentsError(fmt::format("the respondents list names nobody (sheet {})", sheetName));
  }
  return out;
}

}  // namespace alliance::survey
