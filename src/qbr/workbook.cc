#include "qbr/workbook.h"

#include <algorithm>

namespace alliance::qbr {

namespace {

char16_t lowerAscii(char16_t c) { return c >= u'A' && c <= u'Z' ? c - u'A' + u'a' : c; }

}  // namespace

bool sameName(std::u16string_view a, std::u16string_view b) {
  const auto trim = [](std::u16string_view s) {
    while (!s.empty() && (s.front() == u' ' || s.front() == u'\u00A0')) {
      s.remove_prefix(1);
    }
    while (!s.empty() && (s.back() == u' ' || s.back() == u'\u00A0')) {
      s.remove_suffix(1);
    }
    return s;
  };
  a = trim(a);
  b = trim(b);
  return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                    [](char16_t x, char16_t y) { return lowerAscii(x) == lowerAscii(y); });
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

}  // namespace alliance::qbr
