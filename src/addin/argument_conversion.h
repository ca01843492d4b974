// Turning the arguments Calc passes to an add-in into the core's plain types.
// This is the one place that knows how Calc marshals cells: ranges arrive as
// sequence<sequence<any>> (empty cells void, text as string), a single cell as a
// plain double or string, an omitted optional argument as a void any. Account lists
// arrive as the cell range itself (XCellRange), so only their content is read.
#pragma once

#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/Sequence.hxx>

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/cell.h"

namespace alliance::addin {

using AnyGrid = css::uno::Sequence<css::uno::Sequence<css::uno::Any>>;

// Cells of one argument. The views into strings stay valid while the UNO
// arguments they were read from live, i.e. for the duration of one call.
// Reused between calls so the hot path does not allocate.
class GridArgument {
 public:
  // A range. Throws alliance::InputError for a ragged or empty range.
  const CellGrid& read(const AnyGrid& range, std::string_view argumentName);
  // An optional argument: nullptr when void (omitted), else a range or a single value.
  const CellGrid* readOptional(const css::uno::Any& argument, std::string_view argumentName);

 private:
  std::vector<Cell> cells_;
  CellGrid grid_;
};

// An account list given as a cell range. Calc hands over the range, not its values, so
// a whole column or a whole sheet costs what its content costs: the range's content
// cells are queried first and only the areas holding them are read. A 3-D reference
// (Sheet1.A1:Sheet3.A9) is refused. One object per call: what it read is given back
// when the call ends.
class ListArgument {
 public:
  // The list's non-empty cells in the range's order (row by row). Throws
  // alliance::InputError for a missing range, a 3-D one, and an error value in it.
  std::span<const Cell> read(const css::uno::Reference<css::table::XCellRange>& range,
                             std::string_view argumentName);

  // The i-th cell read: its value as Calc holds it, and its 1-based position in the
  // range counted row by row (empty cells included), as MATCH counts.
  [[nodiscard]] const css::uno::Any& valueAt(std::size_t i) const { return *entries_[i].value; }
  [[nodiscard]] double positionAt(std::size_t i) const;

 private:
  struct Entry {
    sal_Int32 row;
    sal_Int32 column;
    const css::uno::Any* value;  // into blocks_
  };
  std::vector<AnyGrid> blocks_;
  std::vector<Entry> entries_;
  std::vector<Cell> cells_;
  sal_Int32 originRow_ = 0;
  sal_Int32 originColumn_ = 0;
  double columns_ = 0;
};

// One cell as the core sees it (void -> empty, numbers, strings; anything else an error).
Cell cellFromAny(const css::uno::Any& value);

// An optional number: nullopt when void; a number (or a one-cell range holding one).
// Throws alliance::InputError for text or a larger range.
std::optional<double> optionalNumber(const css::uno::Any& argument, std::string_view argumentName);

// An optional text: nullopt when void. Throws alliance::InputError for anything but text.
std::optional<std::u16string> optionalText(const css::uno::Any& argument,
                                           std::string_view argumentName);

}  // namespace alliance::addin
