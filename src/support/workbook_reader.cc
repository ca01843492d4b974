#include "support/workbook_reader.h"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/FormulaResult.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>

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

// getDataArray gives a cell showing an error value (#DIV/0!, #N/A) as empty text;
// the functions see an error value there, so the model does too. One query a sheet
// finds those cells.
void markErrorCells(const Reference<css::sheet::XSpreadsheet>& sheet, Sheet& out) {
  const Reference<css::sheet::XSheetCellRanges> ranges =
      Reference<css::sheet::XCellRangesQuery>(sheet, UNO_QUERY_THROW)
          ->queryFormulaCells(css::sheet::FormulaResult::ERROR);
  for (const css::table::CellRangeAddress& range : ranges->getRangeAddresses()) {
    for (auto r = static_cast<std::size_t>(range.StartRow);
         r <= static_cast<std::size_t>(range.EndRow) && r < out.rows.size(); ++r) {
      std::vector<Value>& row = out.rows[r];
      for (auto c = static_cast<std::size_t>(range.StartColumn);
           c <= static_cast<std::size_t>(range.EndColumn) && c < row.size(); ++c) {
        row[c] = Value::ofError();
      }
    }
  }
}

Sheet readSheet(const Reference<css::sheet::XSpreadsheet>& sheet) {
  Sheet out;
  out.name = toU16(Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName());
  const Reference<css::sheet::XSheetCellCursor> cursor = sheet->createCursor();
  Reference<css::sheet::XUsedAreaCursor>(cursor, UNO_QUERY_THROW)->gotoEndOfUsedArea(false);
  const auto end =
      Reference<css::sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)->getRangeAddress();
  const auto range = sheet->getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow);
  const auto data = Reference<css::sheet::XCellRangeData>(range, UNO_QUERY_THROW)->getDataArray();
  out.rows.reserve(static_cast<std::size_t>(data.getLength()));
  for (const auto& row : data) {
    std::vector<Value> values;
    values.reserve(static_cast<std::size_t>(row.getLength()));
    for (const auto& cell : row) {
      values.push_back(valueOf(cell));
    }
    out.rows.push_back(std::move(values));
  }
  markErrorCells(sheet, out);
  return out;
}

}  // namespace

Workbook readWorkbook(const Reference<css::lang::XComponent>& document) {
  const Reference<css::sheet::XSpreadsheetDocument> spreadsheet(document, css::uno::UNO_QUERY);
  if (!spreadsheet.is()) {
    throw portfolio::WorkbookError("The workbook is not a spreadsheet.");
  }
  const Reference<css::container::XIndexAccess> sheets(spreadsheet->getSheets(), UNO_QUERY_THROW);
  Workbook out;
  for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
    out.sheets.push_back(
        readSheet(Reference<css::sheet::XSpreadsheet>(sheets->getByIndex(i), UNO_QUERY_THROW)));
  }
  return out;
}

}  // namespace alliance::support
