#include "cli/portfolio.h"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeFormula.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/table/CellContentType.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XTextRange.hpp>

#include <fmt/format.h>

#include <array>
#include <optional>

#include "cli/command_error.h"
#include "core/metrics.h"
#include "core/text.h"
#include "office/ustring.h"

namespace alliance::cli {

namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using office::fromUtf8;
using office::toUtf8;
using office::u16;

constexpr sal_Int32 kSearchRows = 20;
constexpr sal_Int32 kSearchColumns = 30;
constexpr sal_Int32 kErrorUnknownName = 525;  // #NAME?: a function the office does not know

// Where things are on the portfolio sheet (0-based columns and rows).
struct Layout {
  Reference<css::sheet::XSpreadsheet> sheet;
  sal_Int32 headerRow = 0;
  sal_Int32 partnerColumn = 0;
  sal_Int32 firstMetric = 0;
  sal_Int32 lastMetric = 0;
  std::optional<sal_Int32> previousHealth;
  std::optional<sal_Int32> quartersRed;
  sal_Int32 firstPartnerRow = 0;
  sal_Int32 partnerCount = 0;
  sal_Int32 output = 0;  // the first of five free columns for our formulas
};

std::string columnName(sal_Int32 column) {
  std::string name;
  for (sal_Int32 n = column + 1; n > 0; n = (n - 1) / 26) {
    name.insert(name.begin(), static_cast<char>('A' + (n - 1) % 26));
  }
  return name;
}

std::string cellName(sal_Int32 column, sal_Int32 row) {
  return columnName(column) + std::to_string(row + 1);
}

Reference<css::table::XCell> cellAt(const Layout& layout, sal_Int32 column, sal_Int32 row) {
  return layout.sheet->getCellByPosition(column, row);
}

rtl::OUString text(const Reference<css::table::XCell>& cell) {
  return Reference<css::text::XTextRange>(cell, UNO_QUERY_THROW)->getString();
}

bool isBlank(const Reference<css::table::XCell>& cell) {
  return cell->getType() == css::table::CellContentType_EMPTY || text(cell).trim().isEmpty();
}

// A formula result as text; empty when the formula shows an error.
std::string resultText(const Reference<css::table::XCell>& cell) {
  return cell->getError() == 0 ? toUtf8(text(cell)) : std::string();
}

// The position of the first "Partner" cell in the search area of a sheet.
std::optional<css::table::CellAddress> findPartnerCell(
    const Reference<css::sheet::XSpreadsheet>& sheet) {
  // One call for the whole search area; formulas never fail to read, values
  // of error cells would.
  const Reference<css::sheet::XCellRangeFormula> area(
      sheet->getCellRangeByPosition(0, 0, kSearchColumns - 1, kSearchRows - 1), UNO_QUERY_THROW);
  const css::uno::Sequence<css::uno::Sequence<rtl::OUString>> grid = area->getFormulaArray();
  for (sal_Int32 r = 0; r < grid.getLength(); ++r) {
    for (sal_Int32 c = 0; c < grid[r].getLength(); ++c) {
      if (equalsWordIgnoringCase(u16(grid[r][c]), "partner")) {
        return css::table::CellAddress(0, c, r);
      }
    }
  }
  return std::nullopt;
}

Layout findPortfolio(const Reference<css::lang::XComponent>& document,
                     const std::string& workbook) {
  const Reference<css::sheet::XSpreadsheetDocument> spreadsheet(document, UNO_QUERY);
  if (!spreadsheet.is()) {
    throw CommandError(kWorkbookUnusable, fmt::format("{} is not a spreadsheet", workbook));
  }
  const Reference<css::container::XIndexAccess> sheets(spreadsheet->getSheets(), UNO_QUERY_THROW);
  for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
    Layout layout;
    layout.sheet.set(sheets->getByIndex(i), UNO_QUERY_THROW);
    if (const auto partner = findPartnerCell(layout.sheet)) {
      layout.partnerColumn = partner->Column;
      layout.headerRow = partner->Row;
      return layout;
    }
  }
  throw CommandError(kWorkbookUnusable,
                     fmt::format("{} has no portfolio sheet: no sheet has a \"Partner\" header "
                                 "cell in its first {} rows and {} columns",
                                 workbook, kSearchRows, kSearchColumns));
}

// Reads the header row and the extent of the partner rows into `layout`.
void measure(Layout& layout, const std::string& workbook) {
  const Reference<css::sheet::XSheetCellCursor> cursor = layout.sheet->createCursor();
  Reference<css::sheet::XUsedAreaCursor>(cursor, UNO_QUERY_THROW)->gotoEndOfUsedArea(false);
  const css::table::CellRangeAddress used =
      Reference<css::sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)->getRangeAddress();
  layout.output = used.EndColumn + 1;
  const std::string where = fmt::format(
      "sheet \"{}\" of {}",
      toUtf8(Reference<css::container::XNamed>(layout.sheet, UNO_QUERY_THROW)->getName()),
      workbook);

  // An error value anywhere in a range argument makes an add-in function
  // fail, so the metric range spans only the columns named after metrics: the
  // sheet's own formula columns (Health, Status...) cannot spoil it then.
  std::vector<sal_Int32> usedColumns;
  std::vector<sal_Int32> metricColumns;
  for (sal_Int32 c = 0; c <= used.EndColumn; ++c) {
    const Reference<css::table::XCell> cell = cellAt(layout, c, layout.headerRow);
    if (c == layout.partnerColumn || isBlank(cell)) {
      continue;
    }
    const rtl::OUString label = text(cell);
    usedColumns.push_back(c);
    if (metricForLabel(u16(label))) {
      metricColumns.push_back(c);
    } else if (equalsWordIgnoringCase(u16(label), "previous health")) {
      layout.previousHealth = c;
    } else if (equalsWordIgnoringCase(u16(label), "quarters red")) {
      layout.quartersRed = c;
    }
  }
  const std::vector<sal_Int32>& metrics = metricColumns.empty() ? usedColumns : metricColumns;
  if (metrics.empty()) {
    throw CommandError(kWorkbookUnusable,
                       fmt::format("the \"Partner\" header in row {} of {} has no metric columns",
                                   layout.headerRow + 1, where));
  }
  layout.firstMetric = metrics.front();
  layout.lastMetric = metrics.back();

  layout.firstPartnerRow = layout.headerRow + 1;
  while (layout.firstPartnerRow + layout.partnerCount <= used.EndRow &&
         !isBlank(
             cellAt(layout, layout.partnerColumn, layout.firstPartnerRow + layout.partnerCount))) {
    ++layout.partnerCount;
  }
  if (layout.partnerCount == 0) {
    throw CommandError(kWorkbookUnusable,
                       fmt::format("{} has a \"Partner\" header in row {} but no partner rows "
                                   "below it",
                                   where, layout.headerRow + 1));
  }
}

// An optional argument of ALLIANCE_ACTION: an empty cell would arrive as 0,
// not as "unknown", so it is left out then.
std::string optionalCell(const Layout& layout, std::optional<sal_Int32> column, sal_Int32 row) {
  if (!column || isBlank(cellAt(layout, *column, row))) {
    return {};
  }
  return cellName(*column, row);
}

void writeFormulas(const Layout& layout) {
  const std::string labels = cellName(layout.firstMetric, layout.headerRow) + ":" +
                             cellName(layout.lastMetric, layout.headerRow);
  css::uno::Sequence<css::uno::Sequence<rtl::OUString>> rows(layout.partnerCount);
  for (sal_Int32 i = 0; i < layout.partnerCount; ++i) {
    const sal_Int32 row = layout.firstPartnerRow + i;
    const std::string values =
        cellName(layout.firstMetric, row) + ":" + cellName(layout.lastMetric, row);
    const std::string health = cellName(layout.output, row);
    const std::string previous = optionalCell(layout, layout.previousHealth, row);
    const std::string quartersRed = optionalCell(layout, layout.quartersRed, row);
    std::string actionArguments = health;
    if (!quartersRed.empty()) {
      actionArguments += fmt::format("; {}; {}", previous, quartersRed);  // empty middle: void
    } else if (!previous.empty()) {
      actionArguments += "; " + previous;
    }
    const std::array<std::string, 5> formulas{
        fmt::format("=ALLIANCE_HEALTH({}; {})", values, labels),
        fmt::format("=ALLIANCE_STATUS({})", health),
        fmt::format("=ALLIANCE_WARNINGS({}; {}; \"|\")", values, labels),
        fmt::format("=ALLIANCE_ACTION({})", actionArguments),
        fmt::format("=ALLIANCE_CHECK({}; {})", values, labels)};
    css::uno::Sequence<rtl::OUString> cells(static_cast<sal_Int32>(formulas.size()));
    for (std::size_t c = 0; c < formulas.size(); ++c) {
      cells.getArray()[c] = fromUtf8(formulas[c]);
    }
    rows.getArray()[i] = cells;
  }
  // One call for all rows: each call is a round trip to the office.
  const Reference<css::sheet::XCellRangeFormula> block(
      layout.sheet->getCellRangeByPosition(layout.output, layout.firstPartnerRow, layout.output + 4,
                                           layout.firstPartnerRow + layout.partnerCount - 1),
      UNO_QUERY_THROW);
  block->setFormulaArray(rows);
  // A formula that depends on no cell tells whether the office knows the
  // functions at all; our own formulas might show #NAME? passed on from an input.
  cellAt(layout, layout.output, layout.headerRow)->setFormula("=ALLIANCE_STATUS(100)");
}

PartnerScore readRow(const Layout& layout, sal_Int32 row) {
  PartnerScore score;
  score.partner = toUtf8(text(cellAt(layout, layout.partnerColumn, row)).trim());
  const Reference<css::table::XCell> health = cellAt(layout, layout.output, row);
  if (health->getError() == 0) {
    score.health = health->getValue();
  }
  score.status = resultText(cellAt(layout, layout.output + 1, row));
  const std::string warnings = resultText(cellAt(layout, layout.output + 2, row));
  for (std::size_t start = 0; start < warnings.size();) {
    const std::size_t end = std::min(warnings.find('|', start), warnings.size());
    if (end > start) {
      score.warnings.push_back(warnings.substr(start, end - start));
    }
    start = end + 1;
  }
  score.action = resultText(cellAt(layout, layout.output + 3, row));
  if (!score.health) {
    const std::string check = resultText(cellAt(layout, layout.output + 4, row));
    score.problem = !check.empty() && check != "OK"
                        ? check
                        : fmt::format("the health formula shows {}", toUtf8(text(health)));
  }
  return score;
}

}  // namespace

std::vector<PartnerScore> scorePortfolio(const Reference<css::lang::XComponent>& document,
                                         const std::string& workbookName) {
  Layout layout = findPortfolio(document, workbookName);
  measure(layout, workbookName);
  writeFormulas(layout);
  Reference<css::sheet::XCalculatable>(document, UNO_QUERY_THROW)->calculateAll();
  if (cellAt(layout, layout.output, layout.headerRow)->getError() == kErrorUnknownName) {
    throw CommandError(kOfficeUnavailable,
                       "the office does not know the AllianceCalc functions (#NAME?): the "
                       "extension is missing from the profile. Install it with: "
                       "scripts/install-extension.sh --profile DIR AllianceCalc.oxt");
  }
  std::vector<PartnerScore> scores;
  scores.reserve(static_cast<std::size_t>(layout.partnerCount));
  for (sal_Int32 i = 0; i < layout.partnerCount; ++i) {
    scores.push_back(readRow(layout, layout.firstPartnerRow + i));
  }
  return scores;
}

}  // namespace alliance::cli
