// Reads an open spreadsheet document into the portfolio model's plain values
// (portfolio/workbook.h), one call per sheet: the one way every front reads a
// workbook.
#pragma once

#include <com/sun/star/lang/XComponent.hpp>

#include "portfolio/workbook.h"

namespace alliance::support {

// Every sheet's used area, as values: numbers, text, empty cells, and error values
// where a cell shows one (as the Calc functions see them).
// Throws portfolio::WorkbookError when the document is not a spreadsheet.
[[nodiscard]] portfolio::Workbook readWorkbook(
    const css::uno::Reference<css::lang::XComponent>& document);

}  // namespace alliance::support
