#include "survey/survey_report.h"

#include <com/sun/star/awt/FontSlant.hpp>
#include <com/sun/star/awt/Point.hpp>
#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/awt/Size.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/chart/XAxisYSupplier.hpp>
#include <com/sun/star/chart/XChartDocument.hpp>
#include <com/sun/star/chart/XDiagram.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XEmbeddedObjectSupplier.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/CellHoriJustify.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>
#include <com/sun/star/table/XTableColumns.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/util/XMergeable.hpp>
#include <com/sun/star/util/XNumberFormats.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>

#include "core/text.h"
#include "qbr/output_files.h"
#include "qbr/qbr_writer.h"
#include "support/chart_anchor.h"
#include "support/loaded_document.h"
#include "support/properties.h"
#include "support/ustring.h"
#include "text/catalog.h"

namespace alliance::survey {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace {

// Columns: the item, then ours' mean, count and spread, theirs' the same, the gap.
constexpr sal_Int32 kColumns = 8;
constexpr std::array<sal_Int32, kColumns> kWidths{7000, 1650, 900, 1650, 1650, 900, 1650, 1500};
// The radar chart's data, on screen beside the tables and outside the printed area.
constexpr sal_Int32 kChartDataColumn = 9;  // J:L
constexpr sal_Int32 kChartWidth = 16500;   // 1/100 mm
constexpr sal_Int32 kChartHeight = 10500;
constexpr double kBold = 150.0;  // css::awt::FontWeight::BOLD
constexpr double kTitleSize = 16.0;
constexpr sal_Int32 kHeadingBack = 0xDDE8F3;  // the templates' pale blue
constexpr sal_Int32 kLineHeight = 450;        // 1/100 mm a wrapped line takes

class Writer {
 public:
  Writer(const support::LoadedDocument& loaded, Language language)
      : loaded_(loaded), language_(language) {
    const Reference<css::container::XIndexAccess> sheets(
        Reference<css::sheet::XSpreadsheetDocument>(loaded.component(), UNO_QUERY_THROW)
            ->getSheets(),
        UNO_QUERY_THROW);
    sheet_.set(sheets->getByIndex(0), UNO_QUERY_THROW);
    formats_ = Reference<css::util::XNumberFormatsSupplier>(loaded.component(), UNO_QUERY_THROW)
                   ->getNumberFormats();
    locale_ = language == Language::English ? css::lang::Locale("en", "US", "")
                                            : css::lang::Locale("de", "DE", "");
    Reference<css::beans::XPropertySet>(loaded.component(), UNO_QUERY_THROW)
        ->setPropertyValue("CharLocale", Any(locale_));
  }

  [[nodiscard]] OUString said(text::Survey id) const {
    return support::fromUtf8(text::get(id, language_));
  }
  [[nodiscard]] const Reference<css::sheet::XSpreadsheet>& sheet() const { return sheet_; }
  [[nodiscard]] const support::LoadedDocument& loaded() const { return loaded_; }

  [[nodiscard]] Reference<css::beans::XPropertySet> cell(sal_Int32 column, sal_Int32 row) const {
    return {sheet_->getCellByPosition(column, row), UNO_QUERY_THROW};
  }
  // Text is set as text: a statement or comment starting with "=" stays what it is.
  void text(sal_Int32 column, sal_Int32 row, const OUString& value, bool bold = false) const {
    Reference<css::text::XTextRange>(sheet_->getCellByPosition(column, row), UNO_QUERY_THROW)
        ->setString(value);
    if (bold) {
      cell(column, row)->setPropertyValue("CharWeight", Any(static_cast<float>(kBold)));
    }
  }
  void number(sal_Int32 column, sal_Int32 row, double value, const char* format) const {
    sheet_->getCellByPosition(column, row)->setValue(value);
    cell(column, row)->setPropertyValue("NumberFormat", Any(formatKey(format)));
  }
  [[nodiscard]] sal_Int32 formatKey(const char* code) const {
    const OUString english = OUString::createFromAscii(code);
    if (language_ == Language::English) {
      const sal_Int32 key = formats_->queryKey(english, locale_, false);
      return key != -1 ? key : formats_->addNew(english, locale_);
    }
    return formats_->addNewConverted(english, css::lang::Locale("en", "US", ""), locale_);
  }
  [[nodiscard]] Reference<css::table::XCellRange> range(sal_Int32 left, sal_Int32 top,
                                                        sal_Int32 right, sal_Int32 bottom) const {
    return Reference<css::table::XCellRange>(sheet_, UNO_QUERY_THROW)
        ->getCellRangeByPosition(left, top, right, bottom);
  }
  // A text over columns first..last of one row, wrapped, the row as high as it needs.
  void paragraph(sal_Int32 row, const OUString& value, sal_Int32 first = 0,
                 sal_Int32 last = kColumns - 1, bool italic = false) const {
    text(first, row, value);
    const Reference<css::table::XCellRange> area = range(first, row, last, row);
    Reference<css::util::XMergeable>(area, UNO_QUERY_THROW)->merge(true);
    const Reference<css::beans::XPropertySet> props(area, UNO_QUERY_THROW);
    props->setPropertyValue("IsTextWrapped", Any(true));
    if (italic) {
      props->setPropertyValue("CharPosture", Any(css::awt::FontSlant_ITALIC));
    }
    sal_Int32 width = 0;
    for (sal_Int32 c = first; c <= last; ++c) {
      width += kWidths.at(static_cast<std::size_t>(c));
    }
    growRow(row, linesFor(value.getLength(), width));
  }
  // Calc sizes no row to a merged cell's text: about 1.8 mm a character.
  [[nodiscard]] static sal_Int32 linesFor(sal_Int32 characters, sal_Int32 width) {
    const sal_Int32 perLine = std::max<sal_Int32>((width - 200) / 180, 10);
    return std::max<sal_Int32>(1, (characters + perLine - 1) / perLine);
  }
  void growRow(sal_Int32 row, sal_Int32 lines) const {
    const Reference<css::beans::XPropertySet> r(rows()->getByIndex(row), UNO_QUERY_THROW);
    const sal_Int32 needed = (lines * kLineHeight) + 100;
    if (r->getPropertyValue("Height").get<sal_Int32>() < needed) {
      r->setPropertyValue("Height", Any(needed));
    }
  }
  [[nodiscard]] Reference<css::table::XTableRows> rows() const {
    return Reference<css::table::XColumnRowRange>(sheet_, UNO_QUERY_THROW)->getRows();
  }
  void headings(sal_Int32 row, const std::array<OUString, kColumns>& names) const {
    for (sal_Int32 c = 0; c < kColumns; ++c) {
      text(c, row, names.at(static_cast<std::size_t>(c)), true);
    }
    const Reference<css::beans::XPropertySet> props(range(0, row, kColumns - 1, row),
                                                    UNO_QUERY_THROW);
    props->setPropertyValue("CellBackColor", Any(kHeadingBack));
    props->setPropertyValue("IsTextWrapped", Any(true));
    // Centred over their numbers, so neighbouring headings do not run together.
    Reference<css::beans::XPropertySet>(range(1, row, kColumns - 1, row), UNO_QUERY_THROW)
        ->setPropertyValue("HoriJustify", Any(css::table::CellHoriJustify_CENTER));
  }

 private:
  const support::LoadedDocument& loaded_;
  Language language_;
  Reference<css::sheet::XSpreadsheet> sheet_;
  Reference<css::util::XNumberFormats> formats_;
  css::lang::Locale locale_;
};

std::array<OUString, kColumns> tableHeadings(const Writer& w, text::Survey first) {
  return {w.said(first),
          w.said(text::Survey::OursMean),
          w.said(text::Survey::OursCount),
          w.said(text::Survey::OursSpread),
          w.said(text::Survey::TheirsMean),
          w.said(text::Survey::TheirsCount),
          w.said(text::Survey::TheirsSpread),
          w.said(text::Survey::Gap)};
}

// A goal the respondents left unnamed still shows the template's prompt, which
// is written in brackets: it is shown as "Goal 2" instead.
OUString statementOf(const Writer& w, const ItemResult& item) {
  const std::u16string_view text = item.statement;
  if (item.place.section == Section::Goals &&
      (text.empty() || (text.front() == u'(' && text.back() == u')'))) {
    return w.said(text::Survey::GoalNumber)
        .replaceAll("{0}", OUString::number(item.place.index + 1));
  }
  return support::fromU16(text);
}

void itemRow(const Writer& w, sal_Int32 row, const ItemResult& item) {
  w.text(0, row, statementOf(w, item));
  for (std::size_t s = 0; s < kSides; ++s) {
    const Stats& stats = item.sides.at(s);
    const auto column = static_cast<sal_Int32>(1 + (3 * s));
    w.number(column + 1, row, static_cast<double>(stats.count), "0");
    if (stats.count > 0) {
      w.number(column, row, stats.mean, "0.00");
      w.number(column + 2, row, stats.spread, "0.00");
    }
  }
  if (item.gap) {
    w.number(7, row, *item.gap, "+0.00;-0.00;0.00");
  }
  w.cell(0, row)->setPropertyValue("IsTextWrapped", Any(true));
}

// Goals nobody named or rated are left out; every principle and map element is shown.
bool shown(const ItemResult& item) {
  return item.place.section != Section::Goals || item.sides[0].count + item.sides[1].count > 0;
}

constexpr std::array<text::Survey, kTrustItems> kShortNames{
    text::Survey::Principle1,  text::Survey::Principle2,  text::Survey::Principle3,
    text::Survey::Principle4,  text::Survey::Principle5,  text::Survey::Principle6,
    text::Survey::Principle7,  text::Survey::Principle8,  text::Survey::Principle9,
    text::Survey::Principle10, text::Survey::Principle11, text::Survey::Principle12};

void radarChart(const Writer& w, const SurveyResult& result, sal_Int32 anchorRow) {
  // The chart's data: short names, so the radar's labels stay readable.
  const sal_Int32 top = anchorRow;
  w.text(kChartDataColumn + 1, top, w.said(text::Survey::OursSeries), true);
  w.text(kChartDataColumn + 2, top, w.said(text::Survey::TheirsSeries), true);
  for (std::size_t i = 0; i < kTrustItems; ++i) {
    const auto row = static_cast<sal_Int32>(top + 1 + static_cast<sal_Int32>(i));
    w.text(kChartDataColumn, row, w.said(kShortNames.at(i)));
    for (std::size_t s = 0; s < kSides; ++s) {
      const Stats& stats = result.items[i].sides.at(s);
      if (stats.count > 0) {
        w.number(kChartDataColumn + 1 + static_cast<sal_Int32>(s), row, stats.mean, "0.00");
      }
    }
  }
  const Reference<css::beans::XPropertySet> anchor = w.cell(0, anchorRow);
  const auto position = anchor->getPropertyValue("Position").get<css::awt::Point>();
  const css::table::CellRangeAddress data(0, kChartDataColumn, top, kChartDataColumn + 2,
                                          top + static_cast<sal_Int32>(kTrustItems));
  const Reference<css::table::XTableCharts> charts =
      Reference<css::table::XTableChartsSupplier>(w.sheet(), UNO_QUERY_THROW)->getCharts();
  const OUString name("TrustRadar");
  charts->addNewByName(
      name, css::awt::Rectangle(position.X + 100, position.Y + 100, kChartWidth, kChartHeight),
      css::uno::Sequence<css::table::CellRangeAddress>(&data, 1), true, true);
  const Reference<css::chart::XChartDocument> chart(
      Reference<css::document::XEmbeddedObjectSupplier>(charts->getByName(name), UNO_QUERY_THROW)
          ->getEmbeddedObject(),
      UNO_QUERY_THROW);
  // Anchored to the cell it stands on, so it moves with the rows above it when
  // someone edits the report (its sheet is the report's only one).
  support::anchorNewestShape(w.loaded(), anchor,
                             css::awt::Point(position.X + 100, position.Y + 100));
  chart->setDiagram(Reference<css::chart::XDiagram>(
      Reference<css::lang::XMultiServiceFactory>(chart, UNO_QUERY_THROW)
          ->createInstance("com.sun.star.chart.NetDiagram"),
      UNO_QUERY_THROW));
  const Reference<css::beans::XPropertySet> chartProps(chart, UNO_QUERY_THROW);
  chartProps->setPropertyValue("HasMainTitle", Any(true));
  Reference<css::beans::XPropertySet>(chart->getTitle(), UNO_QUERY_THROW)
      ->setPropertyValue("String", Any(w.said(text::Survey::ChartTitle)));
  chartProps->setPropertyValue("HasLegend", Any(true));
  // The whole rating scale, so the two sides' shapes compare at a glance.
  const Reference<css::beans::XPropertySet> axis(
      Reference<css::chart::XAxisYSupplier>(chart->getDiagram(), UNO_QUERY_THROW)->getYAxis(),
      UNO_QUERY_THROW);
  axis->setPropertyValue("Min", Any(0.0));
  axis->setPropertyValue("Max", Any(5.0));
  axis->setPropertyValue("StepMain", Any(1.0));
  // Whole numbers on the scale, as the ratings are given.
  const Reference<css::util::XNumberFormats> formats =
      Reference<css::util::XNumberFormatsSupplier>(chart, UNO_QUERY_THROW)->getNumberFormats();
  const css::lang::Locale english("en", "US", "");
  sal_Int32 whole = formats->queryKey("0", english, false);
  if (whole == -1) {
    whole = formats->addNew("0", english);
  }
  axis->setPropertyValue("LinkNumberFormatToSource", Any(false));
  axis->setPropertyValue("NumberFormat", Any(whole));
}

// The first row wholly below the chart standing at anchorRow: rows are added up
// by their heights (at most 200, whatever a row reports).
sal_Int32 rowBelowChart(const Writer& w, sal_Int32 anchorRow) {
  sal_Int32 covered = 0;
  sal_Int32 row = anchorRow;
  while (covered < kChartHeight + 400 && row < anchorRow + 200) {
    const Reference<css::beans::XPropertySet> r(w.rows()->getByIndex(row), UNO_QUERY_THROW);
    covered += std::max<sal_Int32>(r->getPropertyValue("Height").get<sal_Int32>(), 100);
    ++row;
  }
  return row;
}

void write(const Writer& w, const SurveyResult& result, const ReportRequest& request) {
  Reference<css::container::XNamed>(w.sheet(), UNO_QUERY_THROW)
      ->setName(w.said(text::Survey::ReportSheet));
  const Reference<css::table::XTableColumns> columns =
      Reference<css::table::XColumnRowRange>(w.sheet(), UNO_QUERY_THROW)->getColumns();
  for (sal_Int32 c = 0; c < kColumns; ++c) {
    Reference<css::beans::XPropertySet>(columns->getByIndex(c), UNO_QUERY_THROW)
        ->setPropertyValue("Width", Any(kWidths.at(static_cast<std::size_t>(c))));
  }
  Reference<css::beans::XPropertySet>(columns->getByIndex(kChartDataColumn), UNO_QUERY_THROW)
      ->setPropertyValue("Width", Any(sal_Int32(4500)));

  sal_Int32 row = 0;
  const std::string title = text::format(text::Survey::ReportTitle, request.language,
                                         toUtf8(request.partner), toUtf8(request.quarter));
  w.text(0, row, support::fromUtf8(title), true);
  w.cell(0, row)->setPropertyValue("CharHeight", Any(static_cast<float>(kTitleSize)));
  w.growRow(row, 2);
  row += 1;
  w.paragraph(row++, w.said(text::Survey::ReportIntro), 0, kColumns - 1, true);
  w.text(0, row++,
         support::fromUtf8(text::format(text::Survey::Respondents, request.language,
                                        result.respondents[0], result.respondents[1])));
  for (std::size_t s = 0; s < kSides; ++s) {
    if (!result.anonymous.at(s) && result.respondents.at(s) > 0) {
      const std::string_view side = text::get(
          s == 0 ? text::Survey::OursComments : text::Survey::TheirsComments, request.language);
      w.paragraph(row++, support::fromUtf8(
                             text::format(text::Survey::NotAnonymous, request.language, side)));
      w.cell(0, row - 1)->setPropertyValue("CharColor", Any(sal_Int32(0xA00000)));
    }
  }
  row += 1;

  w.text(0, row++, w.said(text::Survey::Summary), true);
  const std::array<std::pair<text::Survey, std::optional<double>>, 5> summary{{
      {text::Survey::TrustOurs, result.trustBySide[0]},
      {text::Survey::TrustTheirs, result.trustBySide[1]},
      {text::Survey::Trust, result.trust},
      {text::Survey::TrustGap, result.trustGap},
      {text::Survey::GoalAlignment, result.goalAlignment},
  }};
  for (const auto& [label, value] : summary) {
    w.text(0, row, w.said(label));
    if (value) {
      w.number(1, row, *value, "0.00");
    } else {
      w.text(1, row, w.said(text::Survey::NotKnown));
    }
    ++row;
  }
  row += 1;

  w.text(0, row++, w.said(text::Survey::LargestGaps), true);
  w.headings(row++, tableHeadings(w, text::Survey::Item));
  for (const std::size_t item : result.largestGaps) {
    itemRow(w, row++, result.items[item]);
  }
  row += 1;

  const std::array<std::pair<Section, text::Survey>, 3> sections{{
      {Section::Trust, text::Survey::TrustSection},
      {Section::Map, text::Survey::MapSection},
      {Section::Goals, text::Survey::GoalsSection},
  }};
  for (const auto& [section, heading] : sections) {
    w.headings(row++, tableHeadings(w, heading));
    for (const ItemResult& item : result.items) {
      if (item.place.section == section && shown(item)) {
        itemRow(w, row++, item);
      }
    }
    row += 1;
  }
  radarChart(w, result, row);
  row = rowBelowChart(w, row);

  // The comments start a page: a heading left alone under the chart reads badly.
  Reference<css::beans::XPropertySet>(w.rows()->getByIndex(row), UNO_QUERY_THROW)
      ->setPropertyValue("IsStartOfNewPage", Any(true));
  w.text(0, row++, w.said(text::Survey::Comments), true);
  for (std::size_t s = 0; s < kSides; ++s) {
    w.text(0, row++, w.said(s == 0 ? text::Survey::OursComments : text::Survey::TheirsComments),
           true);
    if (result.comments.at(s).empty()) {
      w.text(0, row++, w.said(text::Survey::NoComments));
    }
    for (const Comment& c : result.comments.at(s)) {
      const OUString statement = statementOf(w, result.items[c.item]);
      w.text(0, row, statement);
      w.cell(0, row)->setPropertyValue("IsTextWrapped", Any(true));
      w.paragraph(row, support::fromU16(c.text), 1, kColumns - 1);
      w.growRow(row, Writer::linesFor(statement.getLength(), kWidths[0]));
      ++row;
    }
    row += 1;
  }

  // Printed one page wide, tables and chart, without the chart's data beside them.
  const css::table::CellRangeAddress printed(0, 0, 0, kColumns - 1, row);
  Reference<css::sheet::XPrintAreas>(w.sheet(), UNO_QUERY_THROW)
      ->setPrintAreas(css::uno::Sequence<css::table::CellRangeAddress>(&printed, 1));
  Reference<css::beans::XPropertySet>(w.range(0, 0, kColumns - 1, row), UNO_QUERY_THROW)
      ->setPropertyValue("VertJustify", Any(sal_Int32(1)));  // CellVertJustify2::TOP
}

}  // namespace

void writeReport(const Reference<css::frame::XDesktop2>& desktop, const SurveyResult& result,
                 const ReportRequest& request) {
  qbr::checkOutputDirectory(request.ods.parent_path());
  qbr::StagedFile ods(request.ods, false);
  std::optional<qbr::StagedFile> pdf;
  if (request.pdf) {
    pdf.emplace(*request.pdf, false);
  }
  const support::LoadedDocument document = support::LoadedDocument::load(
      Reference<css::frame::XComponentLoader>(desktop, UNO_QUERY_THROW), "private:factory/scalc");
  const Writer writer(document, request.language);
  write(writer, result, request);
  const Reference<css::beans::XPropertySet> page(
      Reference<css::container::XNameAccess>(
          Reference<css::style::XStyleFamiliesSupplier>(document.component(), UNO_QUERY_THROW)
              ->getStyleFamilies()
              ->getByName("PageStyles"),
          UNO_QUERY_THROW)
          ->getByName("Default"),
      UNO_QUERY_THROW);
  page->setPropertyValue("ScaleToPagesX", Any(sal_Int16(1)));
  page->setPropertyValue("ScaleToPagesY", Any(sal_Int16(0)));
  const Reference<css::frame::XStorable> storable(document.component(), UNO_QUERY_THROW);
  qbr::storeDocument(storable, ods.temporaryPath(), "calc8", request.ods.parent_path());
  if (pdf) {
    qbr::storeDocument(storable, pdf->temporaryPath(), "calc_pdf_Export",
                       request.pdf->parent_path());
  }
  ods.commit();
  if (pdf) {
    pdf->commit();
  }
}

}  // namespace alliance::survey
