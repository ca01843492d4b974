#include "qbr/qbr_writer.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cmath>
#include <com/sun/star/awt/Point.hpp>
#include <com/sun/star/awt/Size.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/drawing/XDrawPagesSupplier.hpp>
#include <com/sun/star/drawing/XShape.hpp>
#include <com/sun/star/drawing/XShapes.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/sheet/XHeaderFooterContent.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/sheet/XSheetOperation.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableChart.hpp>
#include <com/sun/star/table/XTableCharts.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/util/XNumberFormats.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <initializer_list>
#include <osl/file.hxx>
#include <utility>

#include "core/text.h"
#include "qbr/output_files.h"
#include "qbr/qbr_layout.h"
#include "qbr/qbr_text.h"
#include "support/loaded_document.h"
#include "support/properties.h"
#include "support/ustring.h"
#include "text/catalog.h"

namespace alliance::qbr {

namespace {

using portfolio::Value;

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

using support::fromU16;
using support::fromUtf8;

OUString urlOf(const std::filesystem::path& path) {
  const std::optional<OUString> url = support::fileUrl(path);
  if (!url) {
    throw QbrError(fmt::format("{} is not a usable file name.", path.string()));
  }
  return *url;
}

using support::property;

class SheetWriter {
 public:
  SheetWriter(const Reference<css::sheet::XSpreadsheet>& sheet,
              const support::LoadedDocument& document)
      : sheet_(sheet), document_(document) {}

  // setString: the cell holds exactly this text, even "=cmd|..." or "+1".
  void text(const char* address, const OUString& value) const {
    Reference<css::text::XTextRange>(named(address), UNO_QUERY_THROW)->setString(value);
  }
  void text(const char* address, std::u16string_view value) const { text(address, fromU16(value)); }
  void number(const char* address, std::optional<double> value) const {
    if (value) {
      named(address)->setValue(*value);
    }
  }
  [[nodiscard]] Reference<css::table::XCell> named(const char* address) const {
    return Reference<css::table::XCellRange>(sheet_, UNO_QUERY_THROW)
        ->getCellRangeByName(OUString::createFromAscii(address))
        ->getCellByPosition(0, 0);
  }
  [[nodiscard]] const Reference<css::sheet::XSpreadsheet>& sheet() const { return sheet_; }
  // A shape of the sheet, kept until the document is closed (see holdUntilClosed).
  void hold(const Reference<css::uno::XInterface>& shape) const {
    document_.holdUntilClosed(shape);
  }

 private:
  Reference<css::sheet::XSpreadsheet> sheet_;
  const support::LoadedDocument& document_;
};

Any anyOf(const Value& v) {
  if (v.kind == Cell::Kind::Number) {
    return Any(v.number);
  }
  return Any(v.kind == Cell::Kind::Text ? fromU16(v.text) : OUString());
}

Any anyOf(std::optional<double> v) { return v ? Any(*v) : Any(OUString()); }

Any anyOf(std::string_view utf8) { return Any(fromUtf8(utf8)); }

Any anyOf(const std::string& utf8) { return Any(fromUtf8(utf8)); }

// One table written in a single call: a remote office answers each call over a
// pipe, so cell-by-cell filling would cost more than the office's own work.
// setDataArray stores strings as text, never as formulas.
class Block {
 public:
  explicit Block(std::size_t columns) : columns_(static_cast<sal_Int32>(columns)) {}
  template <typename... Cells>
  void row(const Cells&... cells) {
    Sequence<Any> r(columns_);
    sal_Int32 i = 0;
    ((r[i++] = anyOf(cells)), ...);
    rows_.push_back(r);
  }
  [[nodiscard]] sal_Int32 rows() const { return static_cast<sal_Int32>(rows_.size()); }
  void writeTo(const SheetWriter& out, sal_Int32 column, sal_Int32 row) const {
    if (rows_.empty()) {
      return;
    }
    const auto range = Reference<css::table::XCellRange>(out.sheet(), UNO_QUERY_THROW)
                           ->getCellRangeByPosition(column, row, column + columns_ - 1,
                                                    row + static_cast<sal_Int32>(rows_.size()) - 1);
    Reference<css::sheet::XCellRangeData>(range, UNO_QUERY_THROW)
        ->setDataArray(Sequence<Sequence<Any>>(rows_.data(), static_cast<sal_Int32>(rows_.size())));
  }

 private:
  sal_Int32 columns_;
  std::vector<Sequence<Any>> rows_;
};

// Whole rows, so that each row keeps its height (a chart's row stays tall).
Reference<css::table::XTableRows> rowsOf(const SheetWriter& out) {
  return Reference<css::table::XColumnRowRange>(out.sheet(), UNO_QUERY_THROW)->getRows();
}

void insertRows(const SheetWriter& out, sal_Int32 before, sal_Int32 count) {
  if (count > 0) {
    rowsOf(out)->insertByIndex(before, count);
  }
}

void removeRows(const SheetWriter& out, sal_Int32 first, sal_Int32 count) {
  rowsOf(out)->removeByIndex(first, count);
}

Reference<css::beans::XPropertySet> rangeProperties(const SheetWriter& out, sal_Int32 left,
                                                    sal_Int32 top, sal_Int32 right,
                                                    sal_Int32 bottom) {
  return {Reference<css::table::XCellRange>(out.sheet(), UNO_QUERY_THROW)
              ->getCellRangeByPosition(left, top, right, bottom),
          UNO_QUERY_THROW};
}

// A table the template keeps one row for: the rest are inserted below it, and
// every row wraps its text and takes the height it needs, so nothing is cut off.
void writeGrowing(const SheetWriter& out, const Block& block, sal_Int32 row) {
  const auto rows = std::max<sal_Int32>(1, block.rows());
  insertRows(out, row + 1, rows - 1);
  block.writeTo(out, 0, row);
  rangeProperties(out, 0, row, layout::kPrintedColumns - 1, row + rows - 1)
      ->setPropertyValue("IsTextWrapped", Any(true));
}

// The paragraph's cell is merged over A:E, and Calc sizes no row to a merged
// cell's text: its height comes from the text's length, generously.
void sizeSummaryRow(const SheetWriter& out, sal_Int32 row, std::string_view summary) {
  constexpr sal_Int32 kCharactersPerLine = 85;  // at 10 pt over 18.6 cm, with room to spare
  constexpr sal_Int32 kLineHeight = 460;        // 1/100 mm
  const auto characters = static_cast<sal_Int32>(summary.size());
  const sal_Int32 lines = std::max<sal_Int32>(2, (characters / kCharactersPerLine) + 1);
  Reference<css::beans::XPropertySet>(
      Reference<css::table::XColumnRowRange>(
          Reference<css::table::XCellRange>(out.sheet(), UNO_QUERY_THROW)
              ->getCellRangeByPosition(0, row, 0, row),
          UNO_QUERY_THROW)
          ->getRows(),
      UNO_QUERY_THROW)
      ->setPropertyValue("Height", Any(lines * kLineHeight + 150));
}

// The currency after each amount, in the document's own notation.
void currencyFormats(const SheetWriter& out, const Reference<css::lang::XComponent>& document,
                     sal_Int32 firstRow, const std::string& currency) {
  const Reference<css::util::XNumberFormats> formats =
      Reference<css::util::XNumberFormatsSupplier>(document, UNO_QUERY_THROW)->getNumberFormats();
  for (const sal_Int32 row : {firstRow, firstRow + 1, firstRow + 3}) {
    const Reference<css::beans::XPropertySet> cell(out.sheet()->getCellByPosition(1, row),
                                                   UNO_QUERY_THROW);
    const auto key = cell->getPropertyValue("NumberFormat").get<sal_Int32>();
    const Reference<css::beans::XPropertySet> format = formats->getByKey(key);
    const auto locale = format->getPropertyValue("Locale").get<css::lang::Locale>();
    const OUString code = format->getPropertyValue("FormatString").get<OUString>() + " \"" +
                          OUString::createFromAscii(currency.c_str()) + "\"";
    sal_Int32 withCurrency = formats->queryKey(code, locale, false);
    if (withCurrency < 0) {
      withCurrency = formats->addNew(code, locale);
    }
    cell->setPropertyValue("NumberFormat", Any(withCurrency));
  }
}

// Fills the review and shapes it for its audience; returns how many rows the
// printed part moved by at and after `row` (inserted minus removed above it).
constexpr sal_Int32 kFillInRows = 6;  // this meeting's commitments, the review's last rows

// Where the review's rows are once every table has its rows (0-based).
struct Shape {
  sal_Int32 charts = layout::kChartsRow;
  std::optional<sal_Int32> revenueChart;  // none: no revenue figure to draw
  sal_Int32 summary = layout::kSummaryRow;
  sal_Int32 secondPage = layout::kTopicsHeadingRow;
  sal_Int32 lastRow = layout::kLastRow;
};

Reference<css::drawing::XShape> shapeNamed(const Reference<css::lang::XComponent>& document,
                                           const SheetWriter& out, const char* name);

Shape fill(const SheetWriter& out, const SheetWriter& work,
           const Reference<css::lang::XComponent>& document, const QbrContent& c) {
  const bool internal = c.audience == Audience::Internal;
  const std::string quarter = c.quarter.text();
  const std::u16string quarter16(quarter.begin(), quarter.end());
  const auto said = [&c](text::Qbr id) { return text::get(id, c.language); };
  out.text(layout::kTitle,
           fromUtf8(said(text::Qbr::TitlePrefix)) + fromU16(c.partner) + ", " + fromUtf8(quarter));
  out.text(layout::kPartner, c.partner);
  out.text(layout::kQuarter, quarter16);
  out.number("C7", c.previousHealth);
  out.number(layout::kQuartersRed, c.quartersRed);

  Block previous(1);
  for (const auto& d : c.previousDimensions) {
    previous.row(d);
  }
  previous.writeTo(out, layout::kPreviousDimensionsColumn, layout::kPreviousDimensionsRow);

  Block metrics(1);
  for (const Value& v : c.metrics) {
    metrics.row(v);
  }
  metrics.writeTo(work, layout::kMetricValuesColumn, layout::kMetricValuesRow);

  // The portfolio's weights and bands, read by the review's health and status formulas.
  Block scoring(1);
  for (const double w : c.weights.w) {
    scoring.row(std::optional<double>(w));
  }
  scoring.row(std::optional<double>(c.bands.greenAt));
  scoring.row(std::optional<double>(c.bands.amberAt));
  scoring.writeTo(work, layout::kScoringColumn, layout::kScoringRow);

  Block history(5);
  for (const portfolio::HistoryEntry& p : c.history) {
    history.row(std::string_view(p.quarter.text()), p.health, p.revenueActual, p.pipeline,
                p.revenueTarget);
  }
  history.writeTo(work, layout::kHistoryColumn, layout::kHistoryRow);

  Reference<css::text::XTextRange>(out.sheet()->getCellByPosition(0, layout::kRevenueHeadingRow),
                                   UNO_QUERY_THROW)
      ->setString(fromUtf8(c.currency
                               ? text::format(text::Qbr::RevenueHeading, c.language, *c.currency)
                               : std::string(said(text::Qbr::RevenueHeadingNoCurrency))));
  if (c.currency) {
    currencyFormats(out, document, layout::kRevenueFirstRow, *c.currency);
  }
  out.text("A28", fromUtf8(c.summary));
  sizeSummaryRow(out, layout::kSummaryRow, c.summary);

  // The tables that grow, from the bottom up, so that the rows above keep their places.
  Block last(4);
  if (!c.lastCommitments || c.lastCommitments->empty()) {
    last.row(
        Value{},
        text::format(text::Qbr::NoPreviousCommitments, c.language, c.quarter.previous().text()),
        Value{}, Value{});
  } else {
    for (const Commitment& k : *c.lastCommitments) {
      last.row(k.owner, k.what, k.due, k.kept);
    }
  }
  writeGrowing(out, last, layout::kLastCommitmentsRow);

  Block milestones(4);
  if (!c.hasPlan) {
    milestones.row(Value{}, said(text::Qbr::NoPlanSheet), Value{}, Value{});
  } else if (c.milestones.empty()) {
    milestones.row(Value{}, said(text::Qbr::NoMilestone), Value{}, Value{});
  }
  for (const Milestone& m : c.milestones) {
    milestones.row(m.due, m.milestone, m.owner, m.status);
  }
  writeGrowing(out, milestones, layout::kMilestonesRow);

  if (internal) {
    Block questions(2);
    for (const Warning w : c.warnings) {
      questions.row(warningInfo(w).title, questionToRaise(w, c.language));
    }
    if (c.warnings.empty()) {
      questions.row(text::get(text::WarningSign::NoneFires, c.language), std::string_view());
    }
    writeGrowing(out, questions, layout::kQuestionsRow);
  } else {
    removeRows(out, layout::kQuestionsHeadingRow, layout::kQuestionsRows);
  }

  // Internally the contract's titles and our course corrections; for the partner
  // the topics both companies work on.
  Block topics(2);
  if (c.warnings.empty()) {
    topics.row(
        internal ? text::get(text::WarningSign::NoneFires, c.language) : said(text::Qbr::NoTopics),
        std::string_view());
  }
  for (const Warning w : c.warnings) {
    if (internal) {
      topics.row(warningInfo(w).title, courseCorrection(w, c.language));
    } else {
      topics.row(jointTopic(w, c.language), jointAction(w, c.language));
    }
  }
  if (internal) {
    out.text("A30", fromUtf8(said(text::Qbr::WarningsHeadingInternal)));
    out.text("A31", fromUtf8(said(text::Qbr::WarningSignColumn)));
    out.text("B31", fromUtf8(said(text::Qbr::CourseCorrectionColumn)));
  }
  writeGrowing(out, topics, layout::kTopicsRow);

  // A partner whose revenue is not tracked gets no empty chart: its row goes.
  const bool revenue = std::any_of(c.history.begin(), c.history.end(), [](const HistoryEntry& e) {
    return e.revenueTarget || e.revenueActual || e.pipeline;
  });
  if (!revenue) {
    if (const Reference<css::drawing::XShape> chart =
            shapeNamed(document, out, layout::kRevenueChart);
        chart.is()) {
      Reference<css::drawing::XShapes>(
          Reference<css::drawing::XDrawPagesSupplier>(document, UNO_QUERY_THROW)
              ->getDrawPages()
              ->getByIndex(0),
          UNO_QUERY_THROW)
          ->remove(chart);
    }
    removeRows(out, layout::kRevenueChartRow, 1);
  }
  const sal_Int32 internalRemoved = internal ? 0 : layout::kInternalRows;
  const sal_Int32 removed = internalRemoved + (revenue ? 0 : 1);
  if (!internal) {
    removeRows(out, layout::kInternalRow, layout::kInternalRows);
    // Not printed, but the workbook may be sent as it is: the English
    // paragraph on the workings lists the warning signs' titles.
    Reference<css::sheet::XSheetOperation>(
        Reference<css::table::XCellRange>(work.sheet(), UNO_QUERY_THROW)
            ->getCellRangeByName(OUString::createFromAscii(layout::kLiveSummary)),
        UNO_QUERY_THROW)
        ->clearContents(css::sheet::CellFlags::VALUE | css::sheet::CellFlags::STRING |
                        css::sheet::CellFlags::FORMULA);
  }
  const auto grown = [](std::size_t n) {
    return std::max<sal_Int32>(1, static_cast<sal_Int32>(n)) - 1;
  };
  const sal_Int32 topicRows = grown(c.warnings.size());
  Shape shape;
  shape.charts = layout::kChartsRow - internalRemoved;
  if (revenue) {
    shape.revenueChart = layout::kRevenueChartRow - internalRemoved;
  }
  shape.summary = layout::kSummaryRow - removed;
  shape.secondPage = layout::kTopicsHeadingRow - removed;
  shape.lastRow = layout::kLastRow + topicRows + (internal ? topicRows : -layout::kQuestionsRows) +
                  grown(c.hasPlan ? c.milestones.size() : 1) +
                  grown(c.lastCommitments ? c.lastCommitments->size() : 1) - removed;
  return shape;
}

// The shapes of the review's sheet are on the document's draw page of the same index.
Reference<css::drawing::XShape> shapeNamed(const Reference<css::lang::XComponent>& document,
                                           const SheetWriter& out, const char* name) {
  const sal_Int16 sheet = Reference<css::sheet::XCellRangeAddressable>(out.sheet(), UNO_QUERY_THROW)
                              ->getRangeAddress()
                              .Sheet;
  const Reference<css::container::XIndexAccess> page(
      Reference<css::drawing::XDrawPagesSupplier>(document, UNO_QUERY_THROW)
          ->getDrawPages()
          ->getByIndex(sheet),
      UNO_QUERY_THROW);
  for (sal_Int32 i = 0; i < page->getCount(); ++i) {
    const Reference<css::container::XNamed> named(page->getByIndex(i), css::uno::UNO_QUERY);
    out.hold(named);  // every shape looked at: each is an object in the office now
    if (named.is() && named->getName().equalsAscii(name)) {
      return {named, UNO_QUERY_THROW};
    }
  }
  return {};
}

// Puts a chart on its row, over the part [from, to) of the printed width, once
// every row above has its final height: anchored to the row's first cell, so it
// moves with the table above it when someone edits the review.
void placeChart(const Reference<css::lang::XComponent>& document, const SheetWriter& out,
                const char* name, sal_Int32 row, double from, double to) {
  const Reference<css::drawing::XShape> shape = shapeNamed(document, out, name);
  if (!shape.is()) {
    return;  // a template edited by hand may have lost a chart
  }
  const Reference<css::beans::XPropertySet> first(out.sheet()->getCellByPosition(0, row),
                                                  UNO_QUERY_THROW);
  const Reference<css::beans::XPropertySet> last(
      out.sheet()->getCellByPosition(layout::kPrintedColumns - 1, row), UNO_QUERY_THROW);
  const auto topLeft = first->getPropertyValue("Position").get<css::awt::Point>();
  const auto width = last->getPropertyValue("Position").get<css::awt::Point>().X +
                     last->getPropertyValue("Size").get<css::awt::Size>().Width - topLeft.X;
  const auto height = first->getPropertyValue("Size").get<css::awt::Size>().Height;
  constexpr sal_Int32 kMargin = 150;  // 1/100 mm inside the row, so no border is covered
  const auto left = topLeft.X + static_cast<sal_Int32>(width * from);
  const auto right = topLeft.X + static_cast<sal_Int32>(width * to);
  Reference<css::beans::XPropertySet>(shape, UNO_QUERY_THROW)
      ->setPropertyValue("Anchor", Any(out.sheet()->getCellByPosition(0, row)));
  shape->setPosition(css::awt::Point(left + kMargin, topLeft.Y + kMargin));
  shape->setSize(css::awt::Size(right - left - (2 * kMargin), height - (2 * kMargin)));
}

// The charts draw the quarters filled in on the workings: D (the quarter) with the
// health (E), or with actual and pipeline (F, G) as bars and the year's target (H)
// as the line the chart makes of its last series.
void fitCharts(const Reference<css::lang::XComponent>& document, const SheetWriter& out,
               std::size_t points) {
  const sal_Int32 header = layout::kHistoryRow - 1;
  const sal_Int32 last = header + static_cast<sal_Int32>(std::max<std::size_t>(points, 1));
  const sal_Int32 j = layout::kHistoryColumn;
  const auto columns = [&](sal_Int32 from, sal_Int32 to) {
    return css::table::CellRangeAddress(layout::kWorkingsSheet, j + from, header, j + to, last);
  };
  const Reference<css::table::XTableCharts> charts =
      Reference<css::table::XTableChartsSupplier>(out.sheet(), UNO_QUERY_THROW)->getCharts();
  // A chart's table name is the office's own ("Object 1"); the name we give is its
  // shape's, which leads to it. Setting the ranges also ties a chart loaded from
  // the template to the workings again, whose data it would not show otherwise.
  const auto setRanges = [&](const char* name,
                             std::initializer_list<css::table::CellRangeAddress> list) {
    const Reference<css::drawing::XShape> shape = shapeNamed(document, out, name);
    if (!shape.is()) {
      return;
    }
    const auto chart = Reference<css::beans::XPropertySet>(shape, UNO_QUERY_THROW)
                           ->getPropertyValue("PersistName")
                           .get<OUString>();
    if (charts->hasByName(chart)) {
      const std::vector<css::table::CellRangeAddress> all(list);
      const Reference<css::table::XTableChart> table(charts->getByName(chart), UNO_QUERY_THROW);
      out.hold(table);
      table->setRanges(
          Sequence<css::table::CellRangeAddress>(all.data(), static_cast<sal_Int32>(all.size())));
    }
  };
  setRanges(layout::kDimensionsChart,
            {css::table::CellRangeAddress(layout::kWorkingsSheet, layout::kDimensionsColumn,
                                          layout::kDimensionsRow, layout::kDimensionsColumn + 2,
                                          layout::kDimensionsRow + 5)});
  setRanges(layout::kTrendChart, {columns(0, 0), columns(1, 1)});
  setRanges(layout::kRevenueChart, {columns(0, 0), columns(2, 4)});
}

Reference<css::beans::XPropertySet> pageStyle(const SheetWriter& out,
                                              const Reference<css::lang::XComponent>& document) {
  const OUString name = Reference<css::beans::XPropertySet>(out.sheet(), UNO_QUERY_THROW)
                            ->getPropertyValue("PageStyle")
                            .get<OUString>();
  return {Reference<css::container::XNameAccess>(
              Reference<css::style::XStyleFamiliesSupplier>(document, UNO_QUERY_THROW)
                  ->getStyleFamilies()
                  ->getByName("PageStyles"),
              UNO_QUERY_THROW)
              ->getByName(name),
          UNO_QUERY_THROW};
}

// The page header names both companies, the quarter and "page N of M"; the
// internal version says it is internal. The paper is the portfolio's, when set.
void setPageStyle(const SheetWriter& out, const Reference<css::lang::XComponent>& document,
                  const QbrContent& c) {
  const Reference<css::beans::XPropertySet> style = pageStyle(out, document);
  if (c.paper) {
    const bool a4 = *c.paper == portfolio::Paper::A4;
    style->setPropertyValue("Width", Any(sal_Int32{a4 ? 21000 : 21590}));
    style->setPropertyValue("Height", Any(sal_Int32{a4 ? 29700 : 27940}));
  }
  style->setPropertyValue("HeaderIsOn", Any(true));
  style->setPropertyValue("FooterIsOn", Any(false));
  const auto content = style->getPropertyValue("RightPageHeaderContent")
                           .get<Reference<css::sheet::XHeaderFooterContent>>();
  const auto said = [&c](text::Qbr id) { return fromUtf8(text::get(id, c.language)); };
  OUString companies = fromU16(c.partner);
  if (!c.ourCompany.empty()) {
    companies = fromU16(c.ourCompany) + fromUtf8(" \u00b7 ") + companies;
  }
  content->getLeftText()->setString(companies);
  OUString centre = fromUtf8(c.quarter.text());
  if (c.audience == Audience::Internal) {
    centre += fromUtf8(" \u00b7 ") + said(text::Qbr::InternalMark);
  }
  content->getCenterText()->setString(centre);
  const Reference<css::text::XText> right = content->getRightText();
  right->setString(said(text::Qbr::PagePrefix));
  const Reference<css::lang::XMultiServiceFactory> factory(document, UNO_QUERY_THROW);
  right->insertTextContent(
      right->getEnd(),
      Reference<css::text::XTextContent>(
          factory->createInstance("com.sun.star.text.TextField.PageNumber"), UNO_QUERY_THROW),
      false);
  right->insertString(right->getEnd(), said(text::Qbr::PageOf), false);
  right->insertTextContent(
      right->getEnd(),
      Reference<css::text::XTextContent>(
          factory->createInstance("com.sun.star.text.TextField.PageCount"), UNO_QUERY_THROW),
      false);
  style->setPropertyValue("RightPageHeaderContent", Any(content));
  style->setPropertyValue("LeftPageHeaderContent", Any(content));
}

// Two pages: the scorecard, the charts and the summary on the first, the topics,
// the plan and the commitments from the top of the second. Calc keeps a manual
// page break only at a fixed scale (fitting to a number of pages ignores it), so
// the scale is the largest at which each part fits its page and the review its
// width, measured on the rows' final heights.
void fitTwoPages(const SheetWriter& out, const Reference<css::lang::XComponent>& document,
                 sal_Int32 secondPage, sal_Int32 lastRow) {
  const Reference<css::beans::XPropertySet> style = pageStyle(out, document);
  const auto number = [&](const char* name) {
    return static_cast<double>(
        style->getPropertyValue(OUString::createFromAscii(name)).get<sal_Int32>());
  };
  const double height = number("Height") - number("TopMargin") - number("BottomMargin") -
                        number("HeaderHeight") - number("HeaderBodyDistance");
  const double width = number("Width") - number("LeftMargin") - number("RightMargin");
  const auto at = [&](sal_Int32 column, sal_Int32 row) {
    return Reference<css::beans::XPropertySet>(out.sheet()->getCellByPosition(column, row),
                                               UNO_QUERY_THROW)
        ->getPropertyValue("Position")
        .get<css::awt::Point>();
  };
  const double first = at(0, secondPage).Y - at(0, 0).Y;
  const double second = at(0, lastRow + 1).Y - at(0, secondPage).Y;
  const double wide = at(layout::kPrintedColumns, 0).X - at(0, 0).X;
  const double scale = std::min({1.0, height / first, height / second, width / wide});
  // A percent below what fits, for the rounding of row heights at a smaller scale.
  const auto percent =
      static_cast<sal_Int16>(scale >= 1.0 ? 100 : std::max(10.0, std::floor(scale * 100.0) - 1));
  style->setPropertyValue("ScaleToPagesX", Any(sal_Int16{0}));
  style->setPropertyValue("ScaleToPagesY", Any(sal_Int16{0}));
  style->setPropertyValue("PageScale", Any(percent));
  Reference<css::beans::XPropertySet>(rowsOf(out)->getByIndex(secondPage), UNO_QUERY_THROW)
      ->setPropertyValue("IsStartOfNewPage", Any(true));
}

void shapeForPrint(const SheetWriter& out, const Reference<css::lang::XComponent>& document,
                   const QbrContent& c, const Shape& shape) {
  // Every row but the charts', the summary's and the lines to fill in takes the
  // height its text needs: a wrapped milestone or topic is never cut off.
  std::vector<sal_Int32> fixed = {shape.charts};
  if (shape.revenueChart) {
    fixed.push_back(*shape.revenueChart);
  }
  fixed.push_back(shape.summary);
  fixed.push_back(shape.lastRow - kFillInRows + 1);  // the lines to fill in, to the end
  sal_Int32 first = 0;
  for (const sal_Int32 next : fixed) {
    const sal_Int32 last = next - 1;
    const sal_Int32 from = std::exchange(first, next + 1);
    if (last < from) {
      continue;
    }
    Reference<css::beans::XPropertySet>(
        Reference<css::table::XColumnRowRange>(
            Reference<css::table::XCellRange>(out.sheet(), UNO_QUERY_THROW)
                ->getCellRangeByPosition(0, from, 0, last),
            UNO_QUERY_THROW)
            ->getRows(),
        UNO_QUERY_THROW)
        ->setPropertyValue("OptimalHeight", Any(true));
  }
  placeChart(document, out, layout::kDimensionsChart, shape.charts, 0.0, 0.5);
  placeChart(document, out, layout::kTrendChart, shape.charts, 0.5, 1.0);
  if (shape.revenueChart) {
    placeChart(document, out, layout::kRevenueChart, *shape.revenueChart, 0.0, 1.0);
  }
  const css::table::CellRangeAddress printed(0, 0, 0, layout::kPrintedColumns - 1, shape.lastRow);
  Reference<css::sheet::XPrintAreas>(out.sheet(), UNO_QUERY_THROW)
      ->setPrintAreas(Sequence<css::table::CellRangeAddress>(&printed, 1));
  setPageStyle(out, document, c);
  fitTwoPages(out, document, shape.secondPage, shape.lastRow);
}

}  // namespace

namespace {

// A private folder for the office to store into, removed at the end.
class StoreFolder {
 public:
  StoreFolder() {
    std::string pattern = (std::filesystem::temp_directory_path() / "alliancecalc-store-XXXXXX");
    if (::mkdtemp(pattern.data()) == nullptr) {
      throw QbrError(fmt::format("No temporary folder could be made in {}: {}.",
                                 std::filesystem::temp_directory_path().string(),
                                 std::strerror(errno)));
    }
    path_ = pattern;
  }
  ~StoreFolder() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  StoreFolder(const StoreFolder&) = delete;
  StoreFolder& operator=(const StoreFolder&) = delete;
  [[nodiscard]] const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// Copies `from` into `to` (created or truncated) and flushes it to the disk;
// a full file system is NoSpace.
void copyFlushed(const std::filesystem::path& from, const std::filesystem::path& to,
                 const std::filesystem::path& folder) {
  std::ifstream in(from, std::ios::binary);
  const int fd = ::open(to.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (!in || fd < 0) {
    throw QbrError(fmt::format("{} could not be written: {}.", to.string(), std::strerror(errno)));
  }
  std::array<char, 1 << 16> buffer{};
  int error = 0;
  while (error == 0 && in) {
    in.read(buffer.data(), buffer.size());
    const auto count = static_cast<std::size_t>(in.gcount());
    for (std::size_t done = 0; done < count && error == 0;) {
      const ssize_t wrote = ::write(fd, buffer.data() + done, count - done);
      if (wrote < 0 && errno != EINTR) {
        error = errno;
      } else if (wrote > 0) {
        done += static_cast<std::size_t>(wrote);
      }
    }
  }
  if (error == 0 && ::fsync(fd) != 0) {
    error = errno;
  }
  ::close(fd);
  if (error == ENOSPC || error == EDQUOT) {
    throw NoSpace(folder);
  }
  if (error != 0) {
    throw QbrError(fmt::format("{} could not be written: {}.", to.string(), std::strerror(error)));
  }
}

}  // namespace

// The office stores into a private folder first: the temporary files it makes
// beside what it writes (lu*.tmp) then never land in the user's folder, even
// when we are killed mid-store. The result is copied to `path`.
void storeDocument(const Reference<css::frame::XStorable>& storable,
                   const std::filesystem::path& path, const char* filter,
                   const std::filesystem::path& folder) {
  const StoreFolder scratch;
  const std::filesystem::path written = scratch.path() / ("document" + path.extension().string());
  Sequence<css::beans::PropertyValue> properties(1);
  properties[0] = property("FilterName", Any(OUString::createFromAscii(filter)));
  storable->storeToURL(urlOf(written), properties);
  copyFlushed(written, path, folder);
}

std::optional<std::vector<Commitment>> readCommitments(
    const Reference<css::frame::XDesktop2>& desktop, const std::filesystem::path& review) {
  const std::optional<OUString> url = support::fileUrl(review);
  if (!url) {
    return std::nullopt;
  }
  try {
    const support::LoadedDocument document = support::LoadedDocument::load(
        Reference<css::frame::XComponentLoader>(desktop, UNO_QUERY_THROW), *url,
        {property("ReadOnly", Any(true))});
    const Reference<css::container::XNameAccess> names(
        Reference<css::beans::XPropertySet>(document.component(), UNO_QUERY_THROW)
            ->getPropertyValue("NamedRanges"),
        UNO_QUERY_THROW);
    const OUString name = OUString::createFromAscii(layout::kCommitmentsRange);
    if (!names->hasByName(name)) {
      return std::nullopt;
    }
    const Reference<css::sheet::XCellRangeData> cells(
        Reference<css::sheet::XCellRangeReferrer>(names->getByName(name), UNO_QUERY_THROW)
            ->getReferredCells(),
        UNO_QUERY_THROW);
    std::vector<Commitment> out;
    for (const Sequence<Any>& row : cells->getDataArray()) {
      std::array<Value, 4> v{};
      bool any = false;
      for (sal_Int32 i = 0; i < std::min<sal_Int32>(row.getLength(), 4); ++i) {
        double number = 0.0;
        OUString text;
        if (row[i] >>= text) {
          if (!text.trim().isEmpty()) {
            v.at(static_cast<std::size_t>(i)) = Value::ofText(std::u16string(support::u16(text)));
            any = true;
          }
        } else if (row[i] >>= number) {
          v.at(static_cast<std::size_t>(i)) = Value::ofNumber(number);
          any = true;
        }
      }
      if (any) {
        out.push_back({v[0], v[1], v[2], v[3]});
      }
    }
    return out;
  } catch (const support::LoadError&) {
    return std::nullopt;
  } catch (const css::uno::RuntimeException&) {
    throw;  // the office itself failed: the caller's to handle
  } catch (const css::uno::Exception&) {
    return std::nullopt;  // a file we cannot read as a review: no commitments from it
  }
}

QbrFiles writeQbr(const Reference<css::frame::XDesktop2>& desktop,
                  const std::filesystem::path& templateFile, const QbrContent& content,
                  const QbrOutput& output, const std::string& stem) {
  checkOutputDirectory(output.directory);
  StagedFile ods(output.directory / (stem + ".ods"), output.overwrite);
  std::optional<StagedFile> pdf;
  if (output.pdf) {
    pdf.emplace(output.directory / (stem + ".pdf"), output.overwrite);
  }

  // Nothing of the new document is kept but the files: it closes whatever happens.
  const support::LoadedDocument document = [&] {
    try {
      return support::LoadedDocument::load(
          Reference<css::frame::XComponentLoader>(desktop, UNO_QUERY_THROW), urlOf(templateFile),
          {property("AsTemplate", Any(true))});
    } catch (const support::LoadError& e) {
      throw QbrError(fmt::format("The QBR template {} could not be opened: {}.",
                                 templateFile.string(), e.what()));
    }
  }();
  const Reference<css::sheet::XSpreadsheetDocument> spreadsheet(document.component(),
                                                                UNO_QUERY_THROW);
  if (!spreadsheet->getSheets()->hasByName(layout::kSheet)) {
    throw QbrError(fmt::format("The QBR template {} has no sheet named {}.", templateFile.string(),
                               layout::kSheet));
  }
  const SheetWriter out(Reference<css::sheet::XSpreadsheet>(
                            spreadsheet->getSheets()->getByName(layout::kSheet), UNO_QUERY_THROW),
                        document);
  if (Reference<css::container::XIndexAccess>(spreadsheet->getSheets(), UNO_QUERY_THROW)
          ->getCount() <= layout::kWorkingsSheet) {
    throw QbrError(fmt::format("The QBR template {} has no sheet of workings after the sheet {}.",
                               templateFile.string(), layout::kSheet));
  }
  const SheetWriter work(
      Reference<css::sheet::XSpreadsheet>(
          Reference<css::container::XIndexAccess>(spreadsheet->getSheets(), UNO_QUERY_THROW)
              ->getByIndex(layout::kWorkingsSheet),
          UNO_QUERY_THROW),
      document);
  const Shape shape = fill(out, work, document.component(), content);
  fitCharts(document.component(), out, content.history.size());
  Reference<css::sheet::XCalculatable>(document.component(), UNO_QUERY_THROW)->calculateAll();
  // After the calculation: the rows that wrap text have their heights now.
  shapeForPrint(out, document.component(), content, shape);
  Reference<css::sheet::XPrintAreas>(work.sheet(), UNO_QUERY_THROW)
      ->setPrintAreas({});  // the workings are not printed

  const Reference<css::frame::XStorable> storable(document.component(), UNO_QUERY_THROW);
  storeDocument(storable, ods.temporaryPath(), "calc8", output.directory);
  if (pdf) {
    storeDocument(storable, pdf->temporaryPath(), "calc_pdf_Export", output.directory);
  }
  ods.commit();
  QbrFiles files{ods.finalPath(), std::nullopt};
  if (pdf) {
    pdf->commit();
    files.pdf = pdf->finalPath();
  }
  return files;
}

}  // namespace alliance::qbr
