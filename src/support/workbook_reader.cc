#include "support/workbook_reader.h"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/FormulaResult.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCellRange.hpp>

#include "portfolio/portfolio.h"
#include "support/ustring.h"

namespace alliance::support {

namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using portfolio::Sheet;
using portfolio::Value;
using portfolio::Workbook;

std::u16string toU16(const rtl::OUString& s) { return std::u16string(u16(s)); }

Value valueOf(const css::uno::Any& any) {
  double number = 0.0;
  if (any >>= number) {
    return Value::ofNumber(number);
  }
  rtl::OUString text;
  if ((any >>= text) && !text.isEmpty()) {
    return Value::ofText(toU16(text));
  }
  return {};  // getDataArray gives empty text for an empty cell
}

// The cell at (row, column) of `out`, growing the rows as far as it: rows hold
// what was read, never the empty rectangle up to the farthest cell.
Value& cellAt(Sheet& out, std::size_t row, std::size_t column) {
  if (out.rows.size() <= row) {
    out.rows.resize(row + 1);
  }
  std::vector<Value>& cells = out.rows[row];
  if (cells.size() <= column) {
    cells.resize(column + 1);
  }
  return cells[column];
}

// getDataArray gives a cell showing an error value (#DIV/0!, #N/A) as empty text;
// the functions see an error value there, so the model does too. One query an
// area finds those cells.
void markErrorCells(const Reference<css::sheet::XCellRangesQuery>& query, Sheet& out) {
  const Reference<css::sheet::XSheetCellRanges> ranges =
      query->queryFormulaCells(css::sheet::FormulaResult::ERROR);
  for (const css::table::CellRangeAddress& range : ranges->getRangeAddresses()) {
    for (auto r = static_cast<std::size_t>(range.StartRow);
         r <= static_cast<std::size_t>(range.EndRow); ++r) {
      for (auto c = static_cast<std::size_t>(range.StartColumn);
           c <= static_cast<std::size_t>(range.EndColumn); ++c) {
        cellAt(out, r, c) = Value::ofError();
      }
    }
  }
}

// Reads `area` (the whole sheet or a part of it) into `out`. Only the blocks that
// hold content are read (the office answers which), so one value in the sheet's
// last cell costs one cell, not a rectangle up to it.
void readArea(const Reference<css::sheet::XSpreadsheet>& sheet,
              const Reference<css::table::XCellRange>& area, Sheet& out) {
  const Reference<css::sheet::XCellRangesQuery> query(area, UNO_QUERY_THROW);
  const Reference<css::sheet::XSheetCellRanges> blocks =
      query->queryContentCells(css::sheet::CellFlags::VALUE | css::sheet::CellFlags::DATETIME |
                               css::sheet::CellFlags::STRING | css::sheet::CellFlags::FORMULA);
  for (const css::table::CellRangeAddress& block : blocks->getRangeAddresses()) {
    const auto range = sheet->getCellRangeByPosition(block.StartColumn, block.StartRow,
                                                     block.EndColumn, block.EndRow);
    const auto data = Reference<css::sheet::XCellRangeData>(range, UNO_QUERY_THROW)->getDataArray();
    for (sal_Int32 r = 0; r < data.getLength(); ++r) {
      const auto& row = data[r];
      for (sal_Int32 c = 0; c < row.getLength(); ++c) {
        Value value = valueOf(row[c]);
        if (!value.isEmpty()) {
          cellAt(out, static_cast<std::size_t>(block.StartRow) + static_cast<std::size_t>(r),
                 static_cast<std::size_t>(block.StartColumn) + static_cast<std::size_t>(c)) =
              std::move(value);
        }
      }
    }
  }
  markErrorCells(query, out);
}

Sheet readSheet(const Reference<css::sheet::XSpreadsheet>& sheet, ReadScope scope) {
  Sheet out;
  out.name = toU16(Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName());
  if (scope == ReadScope::PortfolioSheets && !portfolio::isNamedSheet(out.name)) {
    // The window first: a portfolio's header row lies in it, and what else the
    // sheet holds is not shown.
    readArea(sheet,
             sheet->getCellRangeByPosition(
                 0, 0, static_cast<sal_Int32>(portfolio::kSheetWindowColumns) - 1,
                 static_cast<sal_Int32>(portfolio::kSheetWindowRows) - 1),
             out);
    if (!portfolio::findPortfolioHeader(out).has_value()) {
      out.complete = false;
      return out;
    }
    out.rows.clear();
  }
  readArea(sheet, Reference<css::table::XCellRange>(sheet, UNO_QUERY_THROW), out);
  return out;
}

}  // namespace

Workbook readWorkbook(const Reference<css::lang::XComponent>& document, ReadScope scope) {
  const Reference<css::sheet::XSpreadsheetDocument> spreadsheet(document, css::uno::UNO_QUERY);
  if (!spreadsheet.is()) {
    throw portfolio::WorkbookError("The workbook is not a spreadsheet.");
  }
  const Reference<css::container::XIndexAccess> sheets(spreadsheet->getSheets(), UNO_QUERY_THROW);
  Workbook out;
  for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
    out.sheets.push_back(readSheet(
        Reference<css::sheet::XSpreadsheet>(sheets->getByIndex(i), UNO_QUERY_THROW), scope));
  }
  return out;
}

}  // namespace alliance::support
