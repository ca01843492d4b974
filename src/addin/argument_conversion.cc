#include "addin/argument_conversion.h"

#include <fmt/format.h>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/FormulaResult.hpp>
#include <com/sun/star/sheet/XCellAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XFormulaQuery.hpp>
#include <com/sun/star/sheet/XSheetCellRange.hpp>
#include <com/sun/star/sheet/XSheetCellRangeContainer.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/table/CellContentType.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/uno/TypeClass.hpp>
#include <rtl/ustring.hxx>

#include <algorithm>

#include "core/input_error.h"

namespace alliance::addin {

namespace {

using css::uno::Any;
using css::uno::TypeClass;

std::u16string_view viewOf(const rtl::OUString& s) {
  // sal_Unicode and char16_t are both UTF-16 code units of the same size.
  static_assert(sizeof(sal_Unicode) == sizeof(char16_t));
  return {reinterpret_cast<const char16_t*>(s.getStr()), static_cast<std::size_t>(s.getLength())};
}

// Buffers up to this many cells stay allocated between calls.
constexpr std::size_t kKeptCapacity = 4096;

bool isRange(const Any& a) { return a.getValueType() == cppu::UnoType<AnyGrid>::get(); }

using css::table::CellRangeAddress;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

double cellCount(const CellRangeAddress& a) {
  return (static_cast<double>(a.EndRow) - a.StartRow + 1) *
         (static_cast<double>(a.EndColumn) - a.StartColumn + 1);
}

// The parts of query results that lie inside the range asked about. A query that finds
// nothing does not always answer with nothing: it has been seen to name the cell of the
// formula being calculated, outside the range.
std::vector<CellRangeAddress> inside(const css::uno::Sequence<CellRangeAddress>& areas,
                                     const CellRangeAddress& range) {
  std::vector<CellRangeAddress> out;
  for (const CellRangeAddress& a : areas) {
    CellRangeAddress cut = a;
    cut.StartRow = std::max(a.StartRow, range.StartRow);
    cut.EndRow = std::min(a.EndRow, range.EndRow);
    cut.StartColumn = std::max(a.StartColumn, range.StartColumn);
    cut.EndColumn = std::min(a.EndColumn, range.EndColumn);
    if (a.Sheet == range.Sheet && cut.StartRow <= cut.EndRow && cut.StartColumn <= cut.EndColumn) {
      out.push_back(cut);
    }
  }
  return out;
}

// Whether a range is a 3-D reference: its absolute name ("$Sheet1.$A$1:$Sheet3.$A$9")
// names a sheet after the colon. Sheet names cannot hold a colon.
bool spansSheets(const Reference<css::table::XCellRange>& range) {
  const Reference<css::beans::XPropertySet> properties(range, UNO_QUERY);
  rtl::OUString name;
  if (!properties.is() || !(properties->getPropertyValue("AbsoluteName") >>= name)) {
    return false;
  }
  const sal_Int32 colon = name.indexOf(':');
  return colon >= 0 && name.indexOf('.', colon) >= 0;
}

// An area read with one getDataArray call: content areas of one sheet merged while
// their bounding box stays mostly content, so a far-away cell gets an area of its own
// and a column of scattered entries is still one read.
struct Band {
  CellRangeAddress box;
  double content = 0;  // content cells inside box
};

// Empty cells a merged box may add beyond twice its content: small enough to read at
// once, large enough that gaps inside a list never split it.
constexpr double kBandSlack = 65536;

std::vector<Band> bandsOf(std::vector<CellRangeAddress> areas) {
  std::sort(areas.begin(), areas.end(), [](const CellRangeAddress& a, const CellRangeAddress& b) {
    return std::tie(a.StartRow, a.StartColumn) < std::tie(b.StartRow, b.StartColumn);
  });
  std::vector<Band> bands;
  for (const CellRangeAddress& area : areas) {
    if (!bands.empty()) {
      Band& band = bands.back();
      CellRangeAddress merged = band.box;
      merged.StartRow = std::min(merged.StartRow, area.StartRow);
      merged.EndRow = std::max(merged.EndRow, area.EndRow);
      merged.StartColumn = std::min(merged.StartColumn, area.StartColumn);
      merged.EndColumn = std::max(merged.EndColumn, area.EndColumn);
      const double content = band.content + cellCount(area);
      if (cellCount(merged) <= 2 * content + kBandSlack) {
        band.box = merged;
        band.content = content;
        continue;
      }
    }
    bands.push_back(Band{area, cellCount(area)});
  }
  return bands;
}

using css::table::CellAddress;

bool contains(const CellRangeAddress& area, const CellAddress& cell) {
  return area.Sheet == cell.Sheet && area.StartRow <= cell.Row && cell.Row <= area.EndRow &&
         area.StartColumn <= cell.Column && cell.Column <= area.EndColumn;
}

// The parts of an area without one cell of it: at most four boxes.
std::vector<CellRangeAddress> without(const CellRangeAddress& area, const CellAddress& cell) {
  if (!contains(area, cell)) {
    return {area};
  }
  std::vector<CellRangeAddress> parts;
  const auto add = [&](sal_Int32 top, sal_Int32 left, sal_Int32 bottom, sal_Int32 right) {
    if (top <= bottom && left <= right) {
      parts.push_back(CellRangeAddress(area.Sheet, left, top, right, bottom));
    }
  };
  add(area.StartRow, area.StartColumn, cell.Row - 1, area.EndColumn);  // the rows above
  add(cell.Row + 1, area.StartColumn, area.EndRow, area.EndColumn);    // the rows below
  add(cell.Row, area.StartColumn, cell.Row, cell.Column - 1);          // left of it
  add(cell.Row, cell.Column + 1, cell.Row, area.EndColumn);            // right of it
  return parts;
}

// Whether a formula cell lies on a circular reference: whether the cells its formula
// refers to depend, through any chain of formulas, on the cell itself. Calc's precedents
// query answers with the cells asked about included, so the cells referred to are
// collected without it, in an empty list of ranges of the same document.
bool onCircle(const Reference<css::table::XCell>& cell) {
  const CellAddress self =
      Reference<css::sheet::XCellAddressable>(cell, UNO_QUERY_THROW)->getCellAddress();
  const Reference<css::sheet::XSheetCellRanges> referred =
      Reference<css::sheet::XFormulaQuery>(cell, UNO_QUERY_THROW)->queryPrecedents(false);
  const Reference<css::sheet::XSheetCellRangeContainer> others(
      Reference<css::sheet::XCellRangesQuery>(cell, UNO_QUERY_THROW)->queryEmptyCells(),
      UNO_QUERY_THROW);
  bool any = false;
  for (const CellRangeAddress& area : referred->getRangeAddresses()) {
    for (const CellRangeAddress& part : without(area, self)) {
      others->addRangeAddress(part, false);
      any = true;
    }
  }
  if (!any) {
    return false;
  }
  const css::uno::Sequence<CellRangeAddress> reached =
      Reference<css::sheet::XFormulaQuery>(others, UNO_QUERY_THROW)
          ->queryPrecedents(true)
          ->getRangeAddresses();
  return std::any_of(reached.begin(), reached.end(),
                     [&](const CellRangeAddress& area) { return contains(area, self); });
}

}  // namespace

Cell cellFromAny(const Any& value) {
  switch (value.getValueTypeClass()) {
    case TypeClass::TypeClass_VOID:
      return Cell::empty();
    case TypeClass::TypeClass_DOUBLE:
      return Cell::ofNumber(*static_cast<const double*>(value.getValue()));
    case TypeClass::TypeClass_STRING:
      return Cell::ofText(viewOf(*static_cast<const rtl::OUString*>(value.getValue())));
    case TypeClass::TypeClass_BOOLEAN:
      return Cell::ofNumber(*static_cast<const sal_Bool*>(value.getValue()) ? 1.0 : 0.0);
    case TypeClass::TypeClass_LONG:
      return Cell::ofNumber(*static_cast<const sal_Int32*>(value.getValue()));
    default:
      return Cell::ofError();
  }
}

const CellGrid& GridArgument::read(const AnyGrid& range, std::string_view argumentName) {
  const sal_Int32 rows = range.getLength();
  const sal_Int32 cols = rows > 0 ? range[0].getLength() : 0;
  if (rows == 0 || cols == 0) {
    throw InputError(fmt::format("The {} range is empty.", argumentName));
  }
  const std::size_t needed = static_cast<std::size_t>(rows) * static_cast<std::size_t>(cols);
  if (cells_.capacity() > kKeptCapacity && needed <= kKeptCapacity) {
    std::vector<Cell>().swap(cells_);  // give back what a whole-column range took
  }
  cells_.clear();
  cells_.reserve(needed);
  for (const css::uno::Sequence<Any>& row : range) {
    if (row.getLength() != cols) {
      throw InputError(fmt::format("The {} range is not rectangular.", argumentName));
    }
    for (const Any& value : row) {
      cells_.push_back(cellFromAny(value));
    }
  }
  grid_ = CellGrid{cells_, static_cast<std::size_t>(rows), static_cast<std::size_t>(cols)};
  return grid_;
}

const CellGrid* GridArgument::readOptional(const Any& argument, std::string_view argumentName) {
  if (!argument.hasValue()) {
    return nullptr;
  }
  if (isRange(argument)) {
    return &read(*static_cast<const AnyGrid*>(argument.getValue()), argumentName);
  }
  cells_.assign(1, cellFromAny(argument));  // a single cell or a literal
  grid_ = CellGrid{cells_, 1, 1};
  return &grid_;
}

namespace {

// Ranges up to this many cells are read with one call, without asking where their
// content is first: a portfolio row or a scorecard block.
constexpr double kDirectRead = 4096;

CellRangeAddress addressOf(const Reference<css::table::XCellRange>& range,
                           std::string_view argumentName) {
  if (!range.is()) {
    throw InputError(fmt::format("{} must be a cell range.", argumentName));
  }
  return Reference<css::sheet::XCellRangeAddressable>(range, UNO_QUERY_THROW)->getRangeAddress();
}

}  // namespace

// "D7": how Calc names a cell, for messages.
std::string cellName(sal_Int32 column, sal_Int32 row) {
  std::string letters;
  for (sal_Int32 c = column + 1; c > 0; c = (c - 1) / 26) {
    letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
  }
  return fmt::format("{}{}", letters, row + 1);
}

std::vector<RangeCell> readContent(const Reference<css::table::XCellRange>& range,
                                   const CellRangeAddress& origin, std::string_view argumentName,
                                   std::vector<AnyGrid>& blocks,
                                   std::vector<css::table::CellAddress>* errors) {
  // A 3-D reference (Sheet1.A1:Sheet3.A9) arrives with its first sheet's address only,
  // and the content query folds its sheets into one: refused rather than half read.
  if (spansSheets(range)) {
    throw InputError(
        fmt::format("{} spans several sheets; a range must lie on one sheet.", argumentName));
  }
  std::vector<RangeCell> cells;
  bool holdsError = false;
  // getDataArray gives an empty cell as empty text and an error value as void.
  const auto collect = [&](const AnyGrid& block, sal_Int32 top, sal_Int32 left) {
    for (sal_Int32 r = 0; r < block.getLength(); ++r) {
      const css::uno::Sequence<Any>& row = block[r];
      for (sal_Int32 c = 0; c < row.getLength(); ++c) {
        const Any& value = row[c];
        if (!value.hasValue()) {
          holdsError = true;
          if (errors != nullptr) {
            errors->push_back(css::table::CellAddress(origin.Sheet, left + c, top + r));
          }
        } else if (value.getValueTypeClass() != TypeClass::TypeClass_STRING ||
                   !static_cast<const rtl::OUString*>(value.getValue())->isEmpty()) {
          cells.push_back(RangeCell{top + r, left + c, &value});
        }
      }
    }
  };

  std::size_t parts = 1;
  if (cellCount(origin) <= kDirectRead) {
    blocks.push_back(Reference<css::sheet::XCellRangeData>(range, UNO_QUERY_THROW)->getDataArray());
    collect(std::as_const(blocks.back()), origin.StartRow, origin.StartColumn);
  } else {
    const Reference<css::sheet::XCellRangesQuery> query(range, UNO_QUERY_THROW);
    const Reference<css::sheet::XSheetCellRanges> content =
        query->queryContentCells(css::sheet::CellFlags::VALUE | css::sheet::CellFlags::DATETIME |
                                 css::sheet::CellFlags::STRING | css::sheet::CellFlags::FORMULA);
    const std::vector<Band> bands = bandsOf(inside(content->getRangeAddresses(), origin));
    parts = bands.size();
    const Reference<css::table::XCellRange> sheet(
        Reference<css::sheet::XSheetCellRange>(range, UNO_QUERY_THROW)->getSpreadsheet(),
        UNO_QUERY_THROW);
    for (const Band& band : bands) {
      const Reference<css::sheet::XCellRangeData> data(
          sheet->getCellRangeByPosition(band.box.StartColumn, band.box.StartRow, band.box.EndColumn,
                                        band.box.EndRow),
          UNO_QUERY_THROW);
      blocks.push_back(data->getDataArray());
      collect(std::as_const(blocks.back()), band.box.StartRow, band.box.StartColumn);
    }
  }
  if (holdsError && errors != nullptr) {
    // In the range's order, row by row, each cell once (bands may share cells).
    std::sort(errors->begin(), errors->end(), [](const auto& a, const auto& b) {
      return std::tie(a.Row, a.Column) < std::tie(b.Row, b.Column);
    });
    errors->erase(std::unique(errors->begin(), errors->end(),
                              [](const auto& a, const auto& b) {
                                return a.Row == b.Row && a.Column == b.Column;
                              }),
                  errors->end());
  } else if (holdsError) {
    // Name the first error cell; only a range that holds one pays for the query.
    const Reference<css::sheet::XCellRangesQuery> query(range, UNO_QUERY_THROW);
    const std::vector<CellRangeAddress> found = inside(
        query->queryFormulaCells(css::sheet::FormulaResult::ERROR)->getRangeAddresses(), origin);
    if (found.empty()) {
      throw InputError(fmt::format("{} holds an error value.", argumentName));
    }
    throw InputError(fmt::format("Cell {} of {} is an error value.",
                                 cellName(found[0].StartColumn, found[0].StartRow), argumentName));
  }
  if (parts > 1) {
    // Bands follow each other by their first row; a range's order is row by row. Boxes
    // of different bands may share cells: each cell once.
    const auto position = [](const RangeCell& e) { return std::tie(e.row, e.column); };
    std::stable_sort(cells.begin(), cells.end(), [&](const RangeCell& a, const RangeCell& b) {
      return position(a) < position(b);
    });
    cells.erase(std::unique(cells.begin(), cells.end(),
                            [&](const RangeCell& a, const RangeCell& b) {
                              return position(a) == position(b);
                            }),
                cells.end());
  }
  return cells;
}

CellRangeAddress rangeAddress(const Reference<css::table::XCellRange>& range,
                              std::string_view argumentName) {
  return addressOf(range, argumentName);
}

const CellGrid& GridArgument::read(const Reference<css::table::XCellRange>& range,
                                   const CellRangeAddress& origin, std::string_view argumentName,
                                   bool trimEmptyRows) {
  return readInto(range, origin, argumentName, trimEmptyRows, nullptr);
}

const CellGrid& GridArgument::readKeepingErrors(const Reference<css::table::XCellRange>& range,
                                                const CellRangeAddress& origin,
                                                std::string_view argumentName, bool trimEmptyRows) {
  return readInto(range, origin, argumentName, trimEmptyRows, &errors_);
}

const CellGrid& GridArgument::readInto(const Reference<css::table::XCellRange>& range,
                                       const CellRangeAddress& origin,
                                       std::string_view argumentName, bool trimEmptyRows,
                                       std::vector<css::table::CellAddress>* errors) {
  blocks_.clear();
  errors_.clear();
  const std::vector<RangeCell> content = readContent(range, origin, argumentName, blocks_, errors);
  std::size_t rows = rowCount(origin);
  const std::size_t cols = columnCount(origin);
  if (trimEmptyRows) {
    // Rows after the last one holding something add nothing: a block A:B ends there.
    rows = content.empty() ? 1 : static_cast<std::size_t>(content.back().row - origin.StartRow) + 1;
  }
  const std::size_t needed = rows * cols;
  if (cells_.capacity() > kKeptCapacity && needed <= kKeptCapacity) {
    std::vector<Cell>().swap(cells_);  // give back what a whole column took
  }
  cells_.assign(needed, Cell::empty());
  for (const RangeCell& cell : content) {
    const auto r = static_cast<std::size_t>(cell.row - origin.StartRow);
    const auto c = static_cast<std::size_t>(cell.column - origin.StartColumn);
    if (r < rows) {
      cells_[r * cols + c] = cellFromAny(*cell.value);
    }
  }
  grid_ = CellGrid{cells_, rows, cols};
  return grid_;
}

const CellGrid& GridArgument::padRows(std::size_t rows) {
  if (rows > grid_.rows) {
    cells_.resize(rows * grid_.cols, Cell::empty());
    grid_ = CellGrid{cells_, rows, grid_.cols};
  }
  return grid_;
}

bool GridArgument::forgetCircularZeros(const Reference<css::table::XCellRange>& range) {
  bool forgot = false;
  for (std::size_t i = 0; i < grid_.size(); ++i) {
    Cell& cell = cells_[i];
    if (cell.kind != Cell::Kind::Number || cell.number != 0.0) {
      continue;
    }
    const Reference<css::table::XCell> source = range->getCellByPosition(
        static_cast<sal_Int32>(i % grid_.cols), static_cast<sal_Int32>(i / grid_.cols));
    if (source->getType() == css::table::CellContentType_FORMULA && onCircle(source)) {
      cell = Cell::empty();
      forgot = true;
    }
  }
  return forgot;
}

std::span<const Cell> ListArgument::read(const Reference<css::table::XCellRange>& range,
                                         std::string_view argumentName) {
  const CellRangeAddress origin = addressOf(range, argumentName);
  originRow_ = origin.StartRow;
  originColumn_ = origin.StartColumn;
  columns_ = static_cast<double>(columnCount(origin));
  blocks_.clear();
  cells_.clear();
  entries_ = readContent(range, origin, argumentName, blocks_);
  cells_.reserve(entries_.size());
  for (const RangeCell& entry : entries_) {
    cells_.push_back(cellFromAny(*entry.value));
  }
  return cells_;
}

double ListArgument::positionAt(std::size_t i) const {
  const RangeCell& e = entries_[i];
  return (static_cast<double>(e.row - originRow_) * columns_) + (e.column - originColumn_) + 1;
}

std::optional<double> optionalNumber(const Any& argument, std::string_view argumentName) {
  if (!argument.hasValue()) {
    return std::nullopt;
  }
  Cell cell = cellFromAny(argument);
  if (isRange(argument)) {
    const auto& range = *static_cast<const AnyGrid*>(argument.getValue());
    if (range.getLength() != 1 || range[0].getLength() != 1) {
      throw InputError(fmt::format("{} must be a single number, not a range.", argumentName));
    }
    cell = cellFromAny(range[0][0]);
    if (cell.isEmpty()) {
      return std::nullopt;
    }
  }
  if (cell.kind != Cell::Kind::Number) {
    throw InputError(fmt::format("{} must be a number.", argumentName));
  }
  return cell.number;
}

std::optional<std::u16string> optionalText(const Any& argument, std::string_view argumentName) {
  if (!argument.hasValue()) {
    return std::nullopt;
  }
  const Cell cell = cellFromAny(argument);
  if (cell.kind != Cell::Kind::Text) {
    throw InputError(fmt::format("{} must be text.", argumentName));
  }
  return std::u16string(cell.text);
}

}  // namespace alliance::addin
