// `alliancecalc check`: validates a portfolio workbook against the structure of
// the partner portfolio template and the function contract.
#pragma once

#include <com/sun/star/lang/XComponent.hpp>

#include <string>
#include <vector>

#include "qbr/workbook.h"

namespace alliance::cli {

// qbr::readWorkbook reads a cell showing an error value (#DIV/0!, #N/A) as an
// empty cell; this marks those cells of `workbook`, read from `document`, as
// error values, as the functions see them (overlap uses it too).
void markErrorCells(const css::uno::Reference<css::lang::XComponent>& document,
                    qbr::Workbook& workbook);

// Runs the command on its arguments (those after "check"); returns the exit
// code. Throws CommandError, office errors and UNO exceptions: main() turns
// them into a message and an exit code.
[[nodiscard]] int runCheck(const std::vector<std::string>& args);

}  // namespace alliance::cli
