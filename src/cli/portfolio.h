// Scores the portfolio sheet of an open workbook with the AllianceCalc
// functions, in the office's copy of the document (which is never saved).
#pragma once

#include <com/sun/star/lang/XComponent.hpp>

#include <string>
#include <vector>

#include "cli/output.h"

namespace alliance::cli {

// Finds the portfolio sheet: the first sheet with a "Partner" cell in its first
// 20 rows and 30 columns; that row is the header and the partner rows follow
// down to the first empty Partner cell. Throws CommandError: kWorkbookUnusable
// when there is no portfolio sheet, kOfficeUnavailable when the office does not
// know the functions (the extension is not installed).
[[nodiscard]] std::vector<PartnerScore> scorePortfolio(
    const css::uno::Reference<css::lang::XComponent>& document, const std::string& workbookName);

}  // namespace alliance::cli
