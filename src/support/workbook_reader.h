// Reads an open spreadsheet document into the portfolio model's plain values
// (portfolio/workbook.h), one call per sheet: the one way every front reads a
// workbook.
#pragma once

#include <cstdint>

#include <com/sun/star/lang/XComponent.hpp>

#include "portfolio/workbook.h"

namespace alliance::support {

enum class ReadScope : std::uint8_t {
  // Every sheet in full: for the commands and the actions that use any sheet
  // (account lists, checks, QBRs).
  Everything,
  // The portfolio's own sheets in full (a portfolio sheet, Settings, History,
  // Plan) and of every other sheet only the window that tells its kind
  // (portfolio::kSheetWindowRows x kSheetWindowColumns): what the sidebar shows
  // on each edit, so a large data sheet beside the portfolio does not slow typing.
  PortfolioSheets,
};

// The sheets' content as values: numbers, text, empty cells, and error values
// where a cell shows one (as the Calc functions see them). Only cells that hold
// something are read, never the rectangle up to the farthest one.
// Throws portfolio::WorkbookError when the document is not a spreadsheet.
[[nodiscard]] portfolio::Workbook readWorkbook(
    const css::uno::Reference<css::lang::XComponent>& document,
    ReadScope scope = ReadScope::Everything);

}  // namespace alliance::support
