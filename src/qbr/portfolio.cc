#include "qbr/portfolio.h"

#include <fmt/format.h>

#include <algorithm>

#include "core/text.h"

namespace alliance::qbr {

namespace {

constexpr std::size_t kHeaderSearchRows = 20;
constexpr std::size_t kHeaderSearchColumns = 30;

bool isName(const Value& v, std::u16string_view name) {
  return v.kind == Cell::Kind::Text && sameName(v.text, name);
}

std::optional<std::size_t> columnNamed(const std::vector<Value>& header, std::u16string_view name) {
  for (std::size_t c = 0; c < header.size(); ++c) {
    if (isName(header[c], name)) {
      return c;
    }
  }
  return std::nullopt;
}

std::optional<double> numberAt(const std::vector<Value>& row, std::optional<std::size_t> column) {
  if (!column || *column >= row.size() || row[*column].kind != Cell::Kind::Number) {
    return std::nullopt;
  }
  return row[*column].number;
}

const Value& valueAt(const std::vector<Value>& row, std::optional<std::size_t> column) {
  static const Value kEmpty;
  return column && *column < row.size() ? row[*column] : kEmpty;
}

std::u16string textOf(const Value& v) {
  if (v.kind == Cell::Kind::Text) {
    return v.text;
  }
  if (v.kind == Cell::Kind::Number) {
    const std::string n = formatNumber(v.number);
    return {n.begin(), n.end()};
  }
  return {};
}

bool blank(const Value& v) {
  return v.isEmpty() || (v.kind == Cell::Kind::Text && sameName(v.text, u""));
}

void readPartners(const Workbook& workbook, Portfolio& out) {
  for (const Sheet& sheet : workbook.sheets) {
    for (std::size_t r = 0; r < std::min(sheet.rows.size(), kHeaderSearchRows); ++r) {
      const auto& row = sheet.rows[r];
      for (std::size_t c = 0; c < std::min(row.size(), kHeaderSearchColumns); ++c) {
        if (!isName(row[c], u"Partner")) {
          continue;
        }
        out.header = row;
        out.previousHealthColumn = columnNamed(row, u"Previous health");
        out.quartersRedColumn = columnNamed(row, u"Quarters red");
        for (std::size_t p = r + 1; p < sheet.rows.size() && !blank(sheet.at(p, c)); ++p) {
          out.partners.push_back({textOf(sheet.at(p, c)), sheet.rows[p]});
        }
        return;
      }
    }
  }
  throw QbrError(
      "The workbook has no portfolio sheet: no sheet has a \"Partner\" column header in its "
      "first 20 rows.");
}

std::size_t requireColumn(const Sheet& sheet, std::u16string_view name, std::string_view what) {
  const auto column = sheet.rows.empty() ? std::nullopt : columnNamed(sheet.rows[0], name);
  if (!column) {
    throw QbrError(
        fmt::format("The {} sheet has no \"{}\" column in its first row.", what, toUtf8(name)));
  }
  return *column;
}

void readHistory(const Workbook& workbook, Portfolio& out) {
  const Sheet* sheet = workbook.find(u"History");
  if (sheet == nullptr) {
    throw QbrError(
        "The workbook has no History sheet (quarterly snapshots with the columns Quarter, "
        "Partner and Health), so last quarter cannot be shown.");
  }
  const std::size_t quarter = requireColumn(*sheet, u"Quarter", "History");
  const std::size_t partner = requireColumn(*sheet, u"Partner", "History");
  const std::size_t health = requireColumn(*sheet, u"Health", "History");
  const auto& header = sheet->rows[0];
  constexpr std::array<std::u16string_view, kDimensionCount> kDimensionNames = {
      u"Strategy", u"Execution", u"Commitment", u"Trust", u"Governance"};
  std::array<std::optional<std::size_t>, kDimensionCount> dimensions;
  for (std::size_t d = 0; d < kDimensionCount; ++d) {
    dimensions[d] = columnNamed(header, kDimensionNames[d]);
  }
  const auto target = columnNamed(header, u"Revenue target");
  const auto actual = columnNamed(header, u"Revenue actual");
  const auto pipeline = columnNamed(header, u"Pipeline");
  for (std::size_t r = 1; r < sheet->rows.size(); ++r) {
    const auto& row = sheet->rows[r];
    const auto q = Quarter::parse(textOf(valueAt(row, quarter)));
    if (!q || blank(valueAt(row, partner))) {
      continue;  // not a snapshot row (a note, an empty line)
    }
    HistoryEntry entry{*q,
                       textOf(valueAt(row, partner)),
                       numberAt(row, health),
                       {},
                       numberAt(row, target),
                       numberAt(row, actual),
                       numberAt(row, pipeline)};
    for (std::size_t d = 0; d < kDimensionCount; ++d) {
      entry.dimensions[d] = numberAt(row, dimensions[d]);
    }
    out.history.push_back(std::move(entry));
  }
}

void readPlan(const Workbook& workbook, Portfolio& out) {
  const Sheet* sheet = workbook.find(u"Plan");
  if (sheet == nullptr) {
    return;  // a portfolio without a joint business plan sheet: the QBR says so
  }
  out.hasPlan = true;
  const std::size_t partner = requireColumn(*sheet, u"Partner", "Plan");
  const std::size_t milestone = requireColumn(*sheet, u"Milestone", "Plan");
  const auto& header = sheet->rows[0];
  const auto owner = columnNamed(header, u"Owner");
  const auto due = columnNamed(header, u"Due date");
  const auto status = columnNamed(header, u"Status");
  for (std::size_t r = 1; r < sheet->rows.size(); ++r) {
    const auto& row = sheet->rows[r];
    if (blank(valueAt(row, partner)) || blank(valueAt(row, milestone))) {
      continue;
    }
    out.plan.push_back({textOf(valueAt(row, partner)), valueAt(row, milestone), valueAt(row, owner),
                        valueAt(row, due), valueAt(row, status)});
  }
}

void readSettings(const Workbook& workbook, Portfolio& out) {
  const Sheet* sheet = workbook.find(u"Settings");
  if (sheet == nullptr) {
    return;
  }
  for (std::size_t r = 0; r < sheet->rows.size(); ++r) {
    for (std::size_t c = 0; c + 1 < sheet->rows[r].size(); ++c) {
      if (isName(sheet->rows[r][c], u"Current quarter")) {
        out.currentQuarter = Quarter::parse(textOf(sheet->rows[r][c + 1]));
        return;
      }
    }
  }
}

}  // namespace

std::optional<Quarter> Quarter::parse(std::u16string_view text) {
  std::string digits;
  std::size_t i = 0;
  while (i < text.size() && text[i] == u' ') {
    ++i;
  }
  for (; i < text.size() && text[i] >= u'0' && text[i] <= u'9'; ++i) {
    digits.push_back(static_cast<char>(text[i]));
  }
  if (digits.size() != 4) {
    return std::nullopt;
  }
  while (i < text.size() && (text[i] == u'-' || text[i] == u' ')) {
    ++i;
  }
  if (i + 2 > text.size() || (text[i] != u'Q' && text[i] != u'q') || text[i + 1] < u'1' ||
      text[i + 1] > u'4') {
    return std::nullopt;
  }
  for (std::size_t j = i + 2; j < text.size(); ++j) {
    if (text[j] != u' ') {
      return std::nullopt;
    }
  }
  return Quarter{std::stoi(digits), text[i + 1] - u'0'};
}

Quarter Quarter::previous() const {
  return number == 1 ? Quarter{year - 1, 4} : Quarter{year, number - 1};
}

std::string Quarter::text() const { return fmt::format("{}-Q{}", year, number); }

const PartnerRow* Portfolio::findPartner(std::u16string_view name) const {
  const auto it = std::find_if(partners.begin(), partners.end(),
                               [&](const PartnerRow& p) { return sameName(p.name, name); });
  return it == partners.end() ? nullptr : &*it;
}

Portfolio readPortfolio(const Workbook& workbook) {
  Portfolio out;
  readPartners(workbook, out);
  readHistory(workbook, out);
  readPlan(workbook, out);
  readSettings(workbook, out);
  return out;
}

}  // namespace alliance::qbr
