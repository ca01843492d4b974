// A workbook's sheets as plain values, read once from the office so that
// everything the QBR generator decides is plain C++ that tests can drive.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/cell.h"

namespace alliance::qbr {

// One cell's content: empty, a number or a text (owned).
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

struct Sheet {
  std::u16string name;
  std::vector<std::vector<Value>> rows;  // the used area from A1, rectangular

  [[nodiscard]] const Value& at(std::size_t row, std::size_t column) const;
};

// Names compare ignoring ASCII case and surrounding spaces: "partner " = "Partner".
[[nodiscard]] bool sameName(std::u16string_view a, std::u16string_view b);

struct Workbook {
  std::vector<Sheet> sheets;
  // The sheet of that name (case-insensitive), or nullptr.
  [[nodiscard]] const Sheet* find(std::u16string_view name) const;
};

}  // namespace alliance::qbr
