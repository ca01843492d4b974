// A spreadsheet cell as the core sees it: no UNO, no copies of text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace alliance {

struct Cell {
  enum class Kind : std::uint8_t { Empty, Number, Text, Error };

  Kind kind = Kind::Empty;
  double number = 0.0;
  std::u16string_view text;  // valid while the caller's cell data lives

  static constexpr Cell empty() { return {}; }
  static constexpr Cell ofNumber(double v) { return {Kind::Number, v, {}}; }
  static constexpr Cell ofText(std::u16string_view t) { return {Kind::Text, 0.0, t}; }
  static constexpr Cell ofError() { return {Kind::Error, 0.0, {}}; }

  [[nodiscard]] constexpr bool isEmpty() const { return kind == Kind::Empty; }
};

// A rectangular range of cells in row-major order.
struct CellGrid {
  std::span<const Cell> cells;
  std::size_t rows = 0;
  std::size_t cols = 0;

  [[nodiscard]] const Cell& at(std::size_t row, std::size_t col) const {
    return cells[row * cols + col];
  }
  [[nodiscard]] std::size_t size() const { return cells.size(); }
  // One row or one column (a single cell counts as both).
  [[nodiscard]] bool isVector() const { return rows == 1 || cols == 1; }
};

}  // namespace alliance
