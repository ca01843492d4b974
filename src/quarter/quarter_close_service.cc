#include "quarter/quarter_close_service.h"

#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XTextRange.hpp>

#include <algorithm>

#include "portfolio/portfolio.h"
#include "support/ustring.h"
#include "support/workbook_reader.h"

namespace alliance::quarter {

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

CloseOutcome closeQuarter(const Reference<css::lang::XComponent>& document) {
  const portfolio::Workbook workbook = support::readWorkbook(document);
  const portfolio::Portfolio portfolio = portfolio::readPortfolio(workbook);
  CloseOutcome out;
  for (const qbr::Finding& f : qbr::checkWorkbook(workbook).findings) {
    if (f.severity == qbr::Severity::Error) {
      out.problems.push_back(f);
    }
  }
  if (!out.problems.empty()) {
    return out;
  }
  out.closed = portfolio::planQuarterClose(portfolio);
  applyEdits(document, out.closed->edits);
  return out;
}

void applyEdits(const Reference<css::lang::XComponent>& document,
                const std::vector<portfolio::CellEdit>& edits) {
  const Reference<css::container::XNameAccess> sheets(
      Reference<css::sheet::XSpreadsheetDocument>(document, UNO_QUERY_THROW)->getSheets(),
      UNO_QUERY_THROW);
  for (const portfolio::CellEdit& edit : edits) {
    const Reference<css::sheet::XSpreadsheet> sheet(sheets->getByName(support::fromU16(edit.sheet)),
                                                    UNO_QUERY_THROW);
    const Reference<css::table::XCell> cell = sheet->getCellByPosition(
        static_cast<sal_Int32>(edit.column), static_cast<sal_Int32>(edit.row));
    switch (edit.value.kind) {
      case Cell::Kind::Number:
        cell->setValue(edit.value.number);
        break;
      case Cell::Kind::Text:
        // setString stores the text as it is: "=1+1" stays a text.
        Reference<css::text::XTextRange>(cell, UNO_QUERY_THROW)
            ->setString(support::fromU16(edit.value.text));
        break;
      default:
        cell->setFormula(rtl::OUString());  // empties the cell
        break;
    }
  }
}

}  // namespace alliance::quarter
