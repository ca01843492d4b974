// Closes the current quarter of an open portfolio workbook: History gets this
// quarter's snapshot, the counters move on, Settings names the next quarter
// (portfolio/quarter_close.h says exactly what). The command line stores the
// document afterwards; the sidebar wraps the call in one undoable step.
#pragma once

#include <com/sun/star/lang/XComponent.hpp>

#include <optional>
#include <vector>

#include "portfolio/quarter_close.h"
#include "qbr/workbook_check.h"

namespace alliance::quarter {

struct CloseOutcome {
  // The close made, when it was made.
  std::optional<portfolio::QuarterClose> closed;
  // Otherwise the errors `check` finds in the workbook (nothing was changed).
  std::vector<qbr::Finding> problems;
};

// Throws portfolio::CloseError when the quarter cannot be closed (no quarter, no
// History, a quarter History already holds), portfolio::WorkbookError when the
// document has no portfolio; nothing is changed then. UNO exceptions pass.
[[nodiscard]] CloseOutcome closeQuarter(const css::uno::Reference<css::lang::XComponent>& document);

// Writes each edit into the document's cells: numbers as numbers, text always
// as text (never read as a formula), an empty value empties the cell.
void applyEdits(const css::uno::Reference<css::lang::XComponent>& document,
                const std::vector<portfolio::CellEdit>& edits);

}  // namespace alliance::quarter
