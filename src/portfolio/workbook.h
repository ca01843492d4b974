// A workbook's sheets as plain values, read once from the office
// (support/workbook_reader.h) so that everything decided about a portfolio is
// plain C++ that tests can drive. The cell helpers below are the one reading of
// a cell's text for every part: what is blank, how a name is trimmed, which
// labels are the same.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/cell.h"

namespace alliance::portfolio {

// One cell's content: empty, a number, a text (owned) or an error value.
struct Value {
  Cell::Kind kind = Cell::Kind::Empty;
  double number = 0.0;
  std::u16string text;

  static Value ofNumber(double v) { return {Cell::Kind::Number, v, {}}; }
  static Value ofText(std::u16string t) { return {Cell::Kind::Text, 0.0, std::move(t)}; }
  static Value ofError() { return {Cell::Kind::Error, 0.0, {}}; }
  [[nodiscard]] bool isEmpty() const { return kind == Cell::Kind::Empty; }
  [[nodiscard]] Cell cell() const { return {kind, number, text}; }
};

// What tells a sheet's kind (a portfolio's header row, a scorecard block) lies in
// its first 80 rows and 30 columns. Of a sheet that is none of the portfolio's own
// (support/workbook_reader.h), only that window is read: a large data sheet beside
// the portfolio costs 2,400 cells, not its size.
inline constexpr std::size_t kSheetWindowRows = 80;
inline constexpr std::size_t kSheetWindowColumns = 30;

struct Sheet {
  std::u16string name;
  std::vector<std::vector<Value>> rows;  // from A1; rows may differ in length
  bool complete = true;                  // false: only the window above was read

  // An empty value outside what was read.
  [[nodiscard]] const Value& at(std::size_t row, std::size_t column) const;
};

struct Workbook {
  std::vector<Sheet> sheets;
  // The sheet of that name (case-insensitive), or nullptr.
  [[nodiscard]] const Sheet* find(std::u16string_view name) const;
};

// Spaces, tabs, no-break spaces and line breaks around a text do not count.
[[nodiscard]] std::u16string_view trimmed(std::u16string_view text);

// Names compare ignoring ASCII case and surrounding spaces: "partner " = "Partner".
[[nodiscard]] bool sameName(std::u16string_view a, std::u16string_view b);

// Empty, or a text of spaces only.
[[nodiscard]] bool isBlank(const Value& v);

// A text cell naming `label` (as sameName compares).
[[nodiscard]] bool isLabel(const Value& v, std::u16string_view label);

// A cell as a name or a quarter is read: the trimmed text, a number as written
// in a sentence ("12"), nothing for an empty or error cell.
[[nodiscard]] std::u16string textOf(const Value& v);

[[nodiscard]] std::optional<double> numberOf(const Value& v);

// How a cell's content reads in a message: "the text "abc"", "12", "empty".
[[nodiscard]] std::string describe(const Value& v);

// The first column of `row` holding `label`.
[[nodiscard]] std::optional<std::size_t> columnLabelled(const std::vector<Value>& row,
                                                        std::u16string_view label);

// Cell addresses as Calc shows them, from 0-based positions: column 0 -> "A",
// 26 -> "AA"; (4, 6) -> "E7".
[[nodiscard]] std::string columnName(std::size_t column);
[[nodiscard]] std::string cellName(std::size_t column, std::size_t row);

}  // namespace alliance::portfolio
