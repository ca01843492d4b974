// Reads an open spreadsheet document into plain values (one call per sheet).
#pragma once

#include <com/sun/star/lang/XComponent.hpp>

#include "qbr/workbook.h"

namespace alliance::qbr {

// Every sheet's used area, as values: numbers, text, empty cells, and error values
// where a cell shows one (as the Calc functions see them).
[[nodiscard]] Workbook readWorkbook(const css::uno::Reference<css::lang::XComponent>& document);

}  // namespace alliance::qbr
