// Test helper: builds the CellGrid a Calc range would give the core.
//
// Cell only holds a std::u16string_view, so a Grid owns the text storage
// (a std::deque, whose elements never move) next to the cells that view it.
// A Grid can be neither copied nor moved; factories return it by guaranteed
// copy elision.
#pragma once

#include <cstddef>
#include <deque>
#include <initializer_list>
#include <span>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "core/cell.h"

namespace alliance::test {

// What one cell of a test range holds. Implicit from numbers and u"" texts;
// a default V is an empty cell.
struct V {
  Cell::Kind kind = Cell::Kind::Empty;
  double number = 0.0;
  std::u16string text;

  V() = default;
  V(double v) : kind(Cell::Kind::Number), number(v) {}                 // NOLINT
  V(int v) : kind(Cell::Kind::Number), number(v) {}                    // NOLINT
  V(const char16_t* t) : kind(Cell::Kind::Text), text(t) {}            // NOLINT
  V(std::u16string t) : kind(Cell::Kind::Text), text(std::move(t)) {}  // NOLINT

  static V empty() { return {}; }
  static V error() {
    V v;
    v.kind = Cell::Kind::Error;
    return v;
  }
};

// An empty cell, for readability inside initializer lists.
inline V blank() { return V::empty(); }
// A cell holding an error value (#DIV/0!, #N/A, ...).
inline V errorCell() { return V::error(); }

class Grid {
 public:
  // rows x cols cells in row-major order.
  Grid(std::size_t rows, std::size_t cols, std::initializer_list<V> values)
      : Grid(rows, cols, std::span<const V>(values.begin(), values.size())) {}

  Grid(std::size_t rows, std::size_t cols, std::span<const V> values) : rows_(rows), cols_(cols) {
    if (values.size() != rows * cols) {
      throw std::logic_error("test grid: value count does not match rows x cols");
    }
    cells_.reserve(values.size());
    for (const V& v : values) {
      cells_.push_back(makeCell(v));
    }
  }

  // One row: 1 x n.
  static Grid row(std::initializer_list<V> values) { return Grid(1, values.size(), values); }
  // One column: n x 1.
  static Grid column(std::initializer_list<V> values) { return Grid(values.size(), 1, values); }

  Grid(const Grid&) = delete;
  Grid& operator=(const Grid&) = delete;
  Grid(Grid&&) = delete;
  Grid& operator=(Grid&&) = delete;
  ~Grid() = default;

  // Replaces the text of a text cell in place: the string object (and, for short
  // texts, its buffer) stays where it is, so only the contents change.
  void overwriteText(std::size_t index, const std::u16string& newText) {
    std::u16string* stored = textOf_.at(index);
    if (stored == nullptr) throw std::logic_error("test grid: not a text cell");
    stored->assign(newText);
    cells_[index] = Cell::ofText(std::u16string_view(*stored));
  }

  [[nodiscard]] CellGrid grid() const { return CellGrid{cells_, rows_, cols_}; }
  [[nodiscard]] std::span<const Cell> cells() const { return cells_; }

 private:
  Cell makeCell(const V& v) {
    switch (v.kind) {
      case Cell::Kind::Number:
        textOf_.push_back(nullptr);
        return Cell::ofNumber(v.number);
      case Cell::Kind::Text: {
        texts_.push_back(v.text);
        textOf_.push_back(&texts_.back());
        return Cell::ofText(std::u16string_view(texts_.back()));
      }
      case Cell::Kind::Error:
        textOf_.push_back(nullptr);
        return Cell::ofError();
      case Cell::Kind::Empty:
        break;
    }
    textOf_.push_back(nullptr);
    return Cell::empty();
  }

  std::size_t rows_;
  std::size_t cols_;
  std::deque<std::u16string> texts_;
  std::vector<std::u16string*> textOf_;  // per cell: its stored text, or nullptr
  std::vector<Cell> cells_;
};

// One line of a scorecard sheet: a label and its value.
struct Entry {
  V label;
  V value;
};

// A block-shaped scorecard: n rows, two columns (name, value).
inline Grid block(std::initializer_list<Entry> entries) {
  std::vector<V> values;
  for (const Entry& e : entries) {
    values.push_back(e.label);
    values.push_back(e.value);
  }
  return Grid(entries.size(), 2, std::span<const V>(values));
}

}  // namespace alliance::test
