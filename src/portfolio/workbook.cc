#include "portfolio/workbook.h"

#include <algorithm>

#include "core/text.h"

namespace alliance::portfolio {

namespace {

char16_t lowerAscii(char16_t c) { return c >= u'A' && c <= u'Z' ? c - u'A' + u'a' : c; }

}  // namespace

std::u16string_view trimmed(std::u16string_view text) { return trimSpaces(text); }

bool sameName(std::u16string_view a, std::u16string_view b) {
  a = trimmed(a);
  b = trimmed(b);
  return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                    [](char16_t x, char16_t y) { return lowerAscii(x) == lowerAscii(y); });
}

bool isBlank(const Value& v) {
  return v.isEmpty() || (v.kind == Cell::Kind::Text && trimmed(v.text).empty());
}

bool isLabel(const Value& v, std::u16string_view label) {
  return v.kind == Cell::Kind::Text && sameName(v.text, label);
}

std::u16string textOf(const Value& v) {
  if (v.kind == Cell::Kind::Text) {
    return std::u16string(trimmed(v.text));
  }
  if (v.kind == Cell::Kind::Number) {
    const std::string n = formatNumber(v.number);
    return {n.begin(), n.end()};
  }
  return {};
}

std::optional<double> numberOf(const Value& v) {
  return v.kind == Cell::Kind::Number ? std::optional<double>(v.number) : std::nullopt;
}

std::string describe(const Value& v) { return describeCell(v.cell()); }

std::optional<std::size_t> columnLabelled(const std::vector<Value>& row,
                                          std::u16string_view label) {
  for (std::size_t c = 0; c < row.size(); ++c) {
    if (isLabel(row[c], label)) {
      return c;
    }
  }
  return std::nullopt;
}

std::string columnName(std::size_t column) {
  std::string name;
  for (std::size_t n = column + 1; n > 0; n = (n - 1) / 26) {
    name.insert(name.begin(), static_cast<char>('A' + (n - 1) % 26));
  }
  return name;
}

std::string cellName(std::size_t column, std::size_t row) {
  return columnName(column) + std::to_string(row + 1);
}

const Value& Sheet::at(std::size_t row, std::size_t column) const {
  static const Value kEmpty;
  if (row >= rows.size() || column >= rows[row].size()) {
    return kEmpty;
  }
  return rows[row][column];
}

const Sheet* Workbook::find(std::u16string_view name) const {
  const auto it = std::find_if(sheets.begin(), sheets.end(),
                               [&](const Sheet& sheet) { return sameName(sheet.name, name); });
  return it == sheets.end() ? nullptr : &*it;
}

}  // namespace alliance::portfolio
