// Turning the arguments Calc passes to an add-in into the core's plain types.
// This is the one place that knows how Calc marshals cells: ranges arrive as
// sequence<sequence<any>> (empty cells void, text as string), a single cell as a
// plain double or string, an omitted optional argument as a void any. Metrics,
// ratings, checklist answers and account lists arrive as the cell range itself
// (XCellRange), so only their content is read.
#pragma once

#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
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

// A cell of a range that holds something: where it is on its sheet, and its value as
// Calc holds it.
struct RangeCell {
  sal_Int32 row;
  sal_Int32 column;
  const css::uno::Any* value;  // into the blocks readContent filled
};

// The cells of a range given as a cell range that hold something, row by row; empty
// text counts as empty. Calc hands over the range, not its values, so a whole column or
// a whole sheet costs what its content costs: a small range is read at once; a larger
// one's content cells are queried first and only the areas holding them are read. The
// values stay in `blocks`. Throws alliance::InputError for a 3-D reference
// (Sheet1.A1:Sheet3.A9, refused rather than read as its first sheet) and for an error
// value in the range, unless `errors` is given: then the error cells' places (on the
// sheet) are put there, in the range's order, for the caller to judge, and the cells
// are left out as if empty.
std::vector<RangeCell> readContent(const css::uno::Reference<css::table::XCellRange>& range,
                                   const css::table::CellRangeAddress& origin,
                                   std::string_view argumentName, std::vector<AnyGrid>& blocks,
                                   std::vector<css::table::CellAddress>* errors = nullptr);

// "D7": how Calc names a cell, for messages.
[[nodiscard]] std::string cellName(sal_Int32 column, sal_Int32 row);

// The address of a cell range, without reading it. Throws for a missing range.
css::table::CellRangeAddress rangeAddress(const css::uno::Reference<css::table::XCellRange>& range,
                                          std::string_view argumentName);

inline std::size_t rowCount(const css::table::CellRangeAddress& a) {
  return static_cast<std::size_t>(a.EndRow - a.StartRow) + 1;
}
inline std::size_t columnCount(const css::table::CellRangeAddress& a) {
  return static_cast<std::size_t>(a.EndColumn - a.StartColumn) + 1;
}

// Cells of one argument. The views into strings stay valid while the UNO
// arguments they were read from live, i.e. for the duration of one call.
// Reused between calls so the hot path does not allocate.
class GridArgument {
 public:
  // A range. Throws alliance::InputError for a ragged or empty range.
  const CellGrid& read(const AnyGrid& range, std::string_view argumentName);
  // A range given as a cell range at `origin` (from rangeAddress), read as readContent
  // reads it, as a grid of its full size; with trimEmptyRows, without the empty rows at
  // its end. The caller checks the shape first (a whole sheet must not become a grid).
  const CellGrid& read(const css::uno::Reference<css::table::XCellRange>& range,
                       const css::table::CellRangeAddress& origin, std::string_view argumentName,
                       bool trimEmptyRows);
  // The same, with error values kept apart instead of refused: their places on the
  // sheet are in errorCells(), the cells themselves read as empty.
  const CellGrid& readKeepingErrors(const css::uno::Reference<css::table::XCellRange>& range,
                                    const css::table::CellRangeAddress& origin,
                                    std::string_view argumentName, bool trimEmptyRows);
  [[nodiscard]] const std::vector<css::table::CellAddress>& errorCells() const { return errors_; }
  // The grid read last with empty rows added at its end, so that it has `rows` rows (a
  // grid with as many or more is left as it is).
  const CellGrid& padRows(std::size_t rows);
  // Iterative calculation (Tools > Options > Calc > Calculate > Iterations) computes a
  // circular model by repeating it, and a function on the circle is called before Calc
  // has computed the other cells of the circle in that recalculation: they hold their
  // last result then, or 0 when they have none (a new formula, or one that was an error).
  // Those zeros in the grid read last from `range` (a cell range, read by the read above)
  // are made empty: the cells holding the number 0 computed by a formula that lies on a
  // circular reference. Returns whether it emptied a cell. For the error path only: it
  // asks Calc about each formula cell holding 0.
  bool forgetCircularZeros(const css::uno::Reference<css::table::XCellRange>& range);
  // An optional argument: nullptr when void (omitted), else a range or a single value.
  const CellGrid* readOptional(const css::uno::Any& argument, std::string_view argumentName);

 private:
  std::vector<Cell> cells_;
  const CellGrid& readInto(const css::uno::Reference<css::table::XCellRange>& range,
                           const css::table::CellRangeAddress& origin,
                           std::string_view argumentName, bool trimEmptyRows,
                           std::vector<css::table::CellAddress>* errors);

  std::vector<AnyGrid> blocks_;  // the values of a cell range read last
  std::vector<css::table::CellAddress> errors_;
  CellGrid grid_;
};

// An account list given as a cell range, read by readContent. One object per call: what
// it read is given back when the call ends.
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
  std::vector<AnyGrid> blocks_;
  std::vector<RangeCell> entries_;
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
