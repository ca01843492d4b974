#include "report/report_writer.h"

#include <com/sun/star/awt/FontSlant.hpp>
#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/awt/Point.hpp>
#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/awt/Size.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/chart/ChartDataRowSource.hpp>
#include <com/sun/star/chart/ChartLegendPosition.hpp>
#include <com/sun/star/chart/DataLabelPlacement.hpp>
#include <com/sun/star/chart/XAxisXSupplier.hpp>
#include <com/sun/star/chart/XAxisYSupplier.hpp>
#include <com/sun/star/chart/XChartDocument.hpp>
#include <com/sun/star/chart2/DataPointCustomLabelField.hpp>
#include <com/sun/star/chart2/DataPointCustomLabelFieldType.hpp>
#include <com/sun/star/chart2/DataPointLabel.hpp>
#include <com/sun/star/chart2/XChartDocument.hpp>
#include <com/sun/star/chart2/XChartTypeContainer.hpp>
#include <com/sun/star/chart2/XCoordinateSystemContainer.hpp>
#include <com/sun/star/chart2/XDataSeriesContainer.hpp>
#include <com/sun/star/chart2/data/XDataReceiver.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XEmbeddedObjectSupplier.hpp>
#include <com/sun/star/drawing/LineStyle.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XHeaderFooterContent.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/BorderLine2.hpp>
#include <com/sun/star/table/CellHoriJustify.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/table/CellVertJustify2.hpp>
#include <com/sun/star/table/TableBorder2.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableCharts.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/util/XMergeable.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/text.h"
#include "qbr/output_files.h"
#include "qbr/qbr_error.h"
#include "qbr/qbr_writer.h"
#include "support/chart_anchor.h"
#include "support/loaded_document.h"
#include "support/properties.h"
#include "support/ustring.h"
#include "text/catalog.h"

namespace alliance::report {

namespace {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;
using support::fromU16;
using support::fromUtf8;
using support::property;

// The 7.4 SDK's Sequence has no initializer-list constructor for us.
template <typename E>
Sequence<E> one(const E& element) {
  return Sequence<E>(&element, 1);
}

// Lengths in 1/100 mm, as the office takes them.
constexpr sal_Int32 kNameWidth = 4200;
constexpr sal_Int32 kNumberWidth = 1700;
constexpr sal_Int32 kActionWidth = 1900;  // "Exit review" on one line
constexpr sal_Int32 kCountWidth = 1600;
constexpr sal_Int32 kColumns = 9;           // A (names) and eight of numbers and words
constexpr sal_Int32 kLineHeight = 420;      // a header line, 8 pt bold, with room
constexpr sal_Int32 kNameLineHeight = 380;  // a line of names, 9 pt
constexpr sal_Int32 kChartRows = 22;
constexpr sal_Int32 kChartRowHeight = 450;
constexpr sal_Int32 kMargin = 1500;
// Names after this many in one group are counted, not listed: a group of a
// thousand partners would otherwise fill the pages on its own.
constexpr std::size_t kMaxNamesListed = 24;
// A line of names in the merged C:I cell, 9 pt: kept short of the width so
// that the office never wraps a line itself, which the row height would not show.
constexpr std::size_t kNameLineChars = 64;

// The chart's plot area and its names, as labelSides() estimates them (cm).
constexpr double kPlotWidth = 14.3;
constexpr double kPlotHeight = 6.5;
constexpr float kLabelPoints = 7.5F;
constexpr double kLabelCharWidth = 0.21;

constexpr sal_Int32 kGreen = 0xC6EFCE;
constexpr sal_Int32 kAmber = 0xFFEB9C;
constexpr sal_Int32 kRed = 0xFFC7CE;
constexpr sal_Int32 kGrey = 0xE7E6E6;
constexpr sal_Int32 kBlue = 0x1F4E79;
constexpr sal_Int32 kRiseColour = 0x1E7B34;
constexpr sal_Int32 kFallColour = 0xB4261A;
constexpr std::array<sal_Int32, 3> kBubbleColours = {0x2E9E4F, 0xE8A317, 0xD03B2E};

// The document locale of a language: de is de-DE.
css::lang::Locale documentLocale(Language language) {
  const OUString code = fromUtf8(languageCode(language));
  return {code, code.toAsciiUpperCase(), OUString()};
}

Any anyOf(std::optional<double> v) { return v ? Any(*v) : Any(OUString()); }
Any anyOf(std::string_view utf8) { return Any(fromUtf8(utf8)); }
Any anyOf(const std::u16string& text) { return Any(fromU16(text)); }
Any anyOf(std::size_t n) { return Any(static_cast<double>(n)); }

// The review's sheet, written row by row from the top.
class Sheet {
 public:
  Sheet(const support::LoadedDocument& document, const Reference<css::sheet::XSpreadsheet>& sheet,
        Language language)
      : loaded_(document),
        document_(document.component()),
        sheet_(sheet),
        range_(sheet, UNO_QUERY_THROW),
        language_(language) {}

  [[nodiscard]] sal_Int32 row() const { return row_; }
  void skip(sal_Int32 rows = 1) { row_ += rows; }

  // One row of cells from column A; text is written as text, never as a formula.
  template <typename... Cells>
  sal_Int32 put(const Cells&... cells) {
    Sequence<Any> values(static_cast<sal_Int32>(sizeof...(cells)));
    sal_Int32 i = 0;
    ((values[i++] = anyOf(cells)), ...);
    Reference<css::sheet::XCellRangeData>(cellRange(0, row_, values.getLength() - 1, row_),
                                          UNO_QUERY_THROW)
        ->setDataArray(Sequence<Sequence<Any>>(&values, 1));
    return row_++;
  }

  [[nodiscard]] Reference<css::beans::XPropertySet> cells(sal_Int32 firstColumn, sal_Int32 firstRow,
                                                          sal_Int32 lastColumn,
                                                          sal_Int32 lastRow) const {
    return {cellRange(firstColumn, firstRow, lastColumn, lastRow), UNO_QUERY_THROW};
  }
  [[nodiscard]] Reference<css::table::XCellRange> cellRange(sal_Int32 firstColumn,
                                                            sal_Int32 firstRow,
                                                            sal_Int32 lastColumn,
                                                            sal_Int32 lastRow) const {
    return range_->getCellRangeByPosition(firstColumn, firstRow, lastColumn, lastRow);
  }

  void heading(std::string_view text) {
    const sal_Int32 r = put(text);
    const auto p = cells(0, r, 0, r);
    p->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
    p->setPropertyValue("CharHeight", Any(11.0F));
    p->setPropertyValue("CharColor", Any(kBlue));
  }
  // A table's header row: bold on grey, wrapped, with a line below.
  void header(sal_Int32 r, sal_Int32 lastColumn) const {
    const auto p = cells(0, r, lastColumn, r);
    p->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
    p->setPropertyValue("CharHeight", Any(8.0F));
    p->setPropertyValue("CellBackColor", Any(kGrey));
    p->setPropertyValue("IsTextWrapped", Any(true));
    p->setPropertyValue("VertJustify", Any(css::table::CellVertJustify2::CENTER));
    rowHeight(r, 2 * kLineHeight + 60);
  }
  void pageBreak() {
    Reference<css::beans::XPropertySet>(rows()->getByIndex(row_), UNO_QUERY_THROW)
        ->setPropertyValue("IsStartOfNewPage", Any(true));
    breakRow_ = row_;
  }
  [[nodiscard]] sal_Int32 breakRow() const { return breakRow_; }
  // The rows' total height, 1/100 mm.
  [[nodiscard]] sal_Int32 height(sal_Int32 firstRow, sal_Int32 lastRow) const {
    sal_Int32 total = 0;
    for (sal_Int32 r = firstRow; r <= lastRow; ++r) {
      total += Reference<css::beans::XPropertySet>(rows()->getByIndex(r), UNO_QUERY_THROW)
                   ->getPropertyValue("Height")
                   .get<sal_Int32>();
    }
    return total;
  }
  void removePageBreaks(sal_Int32 lastRow) const {
    Reference<css::beans::XPropertySet>(
        Reference<css::table::XColumnRowRange>(cellRange(0, 0, 0, lastRow), UNO_QUERY_THROW)
            ->getRows(),
        UNO_QUERY_THROW)
        ->setPropertyValue("IsStartOfNewPage", Any(false));
  }
  void rowHeight(sal_Int32 r, sal_Int32 height) const {
    Reference<css::beans::XPropertySet>(rows()->getByIndex(r), UNO_QUERY_THROW)
        ->setPropertyValue("Height", Any(height));
  }
  void columnWidth(sal_Int32 c, sal_Int32 width) const {
    Reference<css::beans::XPropertySet>(
        Reference<css::table::XColumnRowRange>(sheet_, UNO_QUERY_THROW)
            ->getColumns()
            ->getByIndex(c),
        UNO_QUERY_THROW)
        ->setPropertyValue("Width", Any(width));
  }
  void format(sal_Int32 firstColumn, sal_Int32 firstRow, sal_Int32 lastColumn, sal_Int32 lastRow,
              const char* englishCode) const {
    if (lastRow < firstRow) {
      return;
    }
    cells(firstColumn, firstRow, lastColumn, lastRow)
        ->setPropertyValue("NumberFormat", Any(numberFormat(englishCode)));
  }
  void merge(sal_Int32 firstColumn, sal_Int32 r, sal_Int32 lastColumn) const {
    Reference<css::util::XMergeable>(cellRange(firstColumn, r, lastColumn, r), UNO_QUERY_THROW)
        ->merge(true);
  }
  [[nodiscard]] Reference<css::table::XCell> cell(sal_Int32 column, sal_Int32 r) const {
    return range_->getCellByPosition(column, r);
  }
  [[nodiscard]] std::string_view said(text::Report id) const { return text::get(id, language_); }
  [[nodiscard]] Language language() const { return language_; }
  [[nodiscard]] const Reference<css::sheet::XSpreadsheet>& sheet() const { return sheet_; }
  [[nodiscard]] const Reference<css::lang::XComponent>& document() const { return document_; }
  [[nodiscard]] const support::LoadedDocument& loaded() const { return loaded_; }

 private:
  [[nodiscard]] Reference<css::table::XTableRows> rows() const {
    return Reference<css::table::XColumnRowRange>(sheet_, UNO_QUERY_THROW)->getRows();
  }
  // A format given in English notation, in the review's language (1.234,5 in German).
  [[nodiscard]] sal_Int32 numberFormat(const char* englishCode) const {
    const Reference<css::util::XNumberFormats> formats =
        Reference<css::util::XNumberFormatsSupplier>(document_, UNO_QUERY_THROW)
            ->getNumberFormats();
    const css::lang::Locale english("en", "US", "");
    const OUString code = OUString::createFromAscii(englishCode);
    if (language_ == Language::English) {
      const sal_Int32 key = formats->queryKey(code, english, false);
      return key != -1 ? key : formats->addNew(code, english);
    }
    return formats->addNewConverted(code, english, documentLocale(language_));
  }

  const support::LoadedDocument& loaded_;
  Reference<css::lang::XComponent> document_;
  Reference<css::sheet::XSpreadsheet> sheet_;
  Reference<css::table::XCellRange> range_;
  Language language_;
  sal_Int32 row_ = 0;
  sal_Int32 breakRow_ = 0;
};

void colourStatus(const Sheet& s, sal_Int32 column, sal_Int32 r, std::optional<Status> status) {
  if (status) {
    constexpr std::array<sal_Int32, 3> kColours = {kGreen, kAmber, kRed};
    s.cells(column, r, column, r)
        ->setPropertyValue("CellBackColor", Any(kColours.at(static_cast<std::size_t>(*status))));
  }
}

void outline(const Sheet& s, sal_Int32 firstRow, sal_Int32 lastColumn, sal_Int32 lastRow) {
  css::table::BorderLine2 line;
  line.Color = 0xBFBFBF;
  line.LineWidth = 18;
  line.OuterLineWidth = 18;
  css::table::TableBorder2 border;
  border.TopLine = border.BottomLine = border.LeftLine = border.RightLine = line;
  border.HorizontalLine = border.VerticalLine = line;
  border.IsTopLineValid = border.IsBottomLineValid = border.IsLeftLineValid = true;
  border.IsRightLineValid = border.IsHorizontalLineValid = border.IsVerticalLineValid = true;
  s.cells(0, firstRow, lastColumn, lastRow)->setPropertyValue("TableBorder2", Any(border));
}

// Names joined by "; " and broken into lines that fit the merged cell; the
// number of lines is the row's height.
std::pair<std::u16string, sal_Int32> nameLines(const ReportContent& c,
                                               const std::vector<std::size_t>& group,
                                               Language language) {
  std::vector<std::u16string> names;
  for (std::size_t k = 0; k < group.size() && k < kMaxNamesListed; ++k) {
    names.push_back(c.partners.at(group[k]).name);
  }
  if (group.size() > kMaxNamesListed) {
    const std::string more =
        text::format(text::Report::MoreNames, language, group.size() - kMaxNamesListed);
    names.push_back(u"… " + std::u16string(support::u16(fromUtf8(more))));
  }
  std::u16string out;
  std::size_t lineLength = 0;
  sal_Int32 lines = 1;
  for (std::size_t k = 0; k < names.size(); ++k) {
    const std::u16string piece = names[k] + (k + 1 < names.size() ? u";" : u"");
    if (lineLength > 0 && lineLength + 1 + piece.size() > kNameLineChars) {
      out += u'\n';
      ++lines;
      lineLength = 0;
    } else if (lineLength > 0) {
      out += u' ';
      ++lineLength;
    }
    // A name longer than a line wraps inside itself: count its lines too.
    const std::size_t extra = piece.size() / kNameLineChars;
    lines += static_cast<sal_Int32>(extra);
    out += piece;
    lineLength = extra > 0 ? piece.size() % kNameLineChars : lineLength + piece.size();
  }
  return {out, lines};
}

// "Partners by status" and "by action": a row per group with its count and names.
void groupTable(Sheet& s, std::string_view title, std::string_view column,
                const std::vector<std::pair<std::string, const std::vector<std::size_t>*>>& groups,
                const ReportContent& c, bool colourByStatus) {
  s.heading(title);
  const sal_Int32 head = s.put(column, s.said(text::Report::Count), s.said(text::Report::Partners));
  s.merge(2, head, kColumns - 1);
  s.header(head, kColumns - 1);
  for (std::size_t g = 0; g < groups.size(); ++g) {
    const auto& [word, members] = groups[g];
    const auto [names, lines] = nameLines(c, *members, s.language());
    const sal_Int32 r = s.put(std::string_view(word), members->size(), names);
    s.merge(2, r, kColumns - 1);
    s.cells(2, r, kColumns - 1, r)->setPropertyValue("IsTextWrapped", Any(true));
    s.cells(0, r, kColumns - 1, r)
        ->setPropertyValue("VertJustify", Any(css::table::CellVertJustify2::TOP));
    s.rowHeight(r, lines * kNameLineHeight + 100);
    if (colourByStatus && g < 3) {
      colourStatus(s, 0, r, static_cast<Status>(g));
    }
  }
  outline(s, head, kColumns - 1, s.row() - 1);
  s.skip();
}

void totalsTable(Sheet& s, const ReportContent& c) {
  // The revenue figures' currency, as Settings names it.
  s.heading(c.currency ? fmt::format("{} ({})", s.said(text::Report::Totals), *c.currency)
                       : std::string(s.said(text::Report::Totals)));
  const sal_Int32 head =
      s.put(s.said(text::Report::Partners), s.said(text::Report::Scored),
            s.said(text::Report::AverageHealth), s.said(text::Report::RevenueTarget),
            s.said(text::Report::RevenueActual), s.said(text::Report::Attainment),
            s.said(text::Report::Pipeline));
  s.header(head, 6);
  const Totals& t = c.totals;
  const sal_Int32 r = s.put(
      t.partners, t.scored, t.averageHealth, std::optional<double>(t.revenueTarget),
      std::optional<double>(t.revenueActual), t.attainment, std::optional<double>(t.pipeline));
  s.cells(0, r, 6, r)->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
  // Totals of a large portfolio are long numbers: smaller type rather than ###.
  s.cells(0, r, 6, r)->setPropertyValue("ShrinkToFit", Any(true));
  s.format(2, r, 2, r, "0.0");
  s.format(3, r, 4, r, "#,##0");
  s.format(5, r, 5, r, "0%");
  s.format(6, r, 6, r, "#,##0");
  s.rowHeight(r, kLineHeight + 120);
  outline(s, head, 6, r);
  const sal_Int32 note = s.put(s.said(text::Report::AttainmentNote));
  s.cells(0, note, 0, note)->setPropertyValue("CharPosture", Any(css::awt::FontSlant_ITALIC));
  s.cells(0, note, 0, note)->setPropertyValue("CharHeight", Any(8.0F));
  s.skip();
}

void moversTable(Sheet& s, const ReportContent& c) {
  s.heading(s.said(text::Report::Movers));
  if (c.risers.empty() && c.fallers.empty()) {
    s.put(s.said(text::Report::NoMovers));
    s.skip();
    return;
  }
  const sal_Int32 head = s.put(s.said(text::Report::Partner), s.said(text::Report::LastQuarter),
                               s.said(text::Report::Health), s.said(text::Report::Change),
                               s.said(text::Report::Status), s.said(text::Report::Action));
  s.header(head, 5);
  const auto line = [&s, &c](std::size_t i) {
    const PartnerLine& p = c.partners.at(i);
    const sal_Int32 r = s.put(p.name, p.previousHealth, p.health, p.change(),
                              p.status ? statusWord(*p.status) : std::string_view(),
                              p.action ? actionWord(*p.action) : std::string_view());
    colourStatus(s, 4, r, p.status);
    s.cells(3, r, 3, r)
        ->setPropertyValue("CharColor", Any(*p.change() > 0 ? kRiseColour : kFallColour));
    s.cells(0, r, 0, r)->setPropertyValue("IsTextWrapped", Any(true));
    return r;
  };
  const sal_Int32 first = s.row();
  for (const std::size_t i : c.risers) {
    line(i);
  }
  for (const std::size_t i : c.fallers) {
    line(i);
  }
  s.format(1, first, 2, s.row() - 1, "0.0");
  s.format(3, first, 3, s.row() - 1, "+0.0;-0.0;0.0");
  s.cells(3, first, 3, s.row() - 1)
      ->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
  outline(s, head, 5, s.row() - 1);
  s.skip();
}

// "… and 12 more" below a table that lists only `listed` of `total`.
void more(Sheet& s, std::size_t total, std::size_t listed) {
  if (total > listed) {
    const sal_Int32 r =
        s.put("… " + text::format(text::Report::MoreNames, s.language(), total - listed));
    s.cells(0, r, 0, r)->setPropertyValue("CharPosture", Any(css::awt::FontSlant_ITALIC));
  }
}

void exitTable(Sheet& s, const ReportContent& c) {
  s.heading(s.said(text::Report::ExitReview));
  if (c.exitReview.empty()) {
    s.put(s.said(text::Report::NoExitReview));
    s.skip();
    return;
  }
  const sal_Int32 head = s.put(s.said(text::Report::Partner), s.said(text::Report::Health),
                               s.said(text::Report::Status), s.said(text::Report::QuartersRed),
                               s.said(text::Report::Warnings), s.said(text::Report::RevenueTarget),
                               s.said(text::Report::RevenueActual), s.said(text::Report::Pipeline));
  s.header(head, 7);
  const sal_Int32 first = s.row();
  for (std::size_t k = 0; k < c.exitReview.size() && k < kMaxExitListed; ++k) {
    const PartnerLine& p = c.partners.at(c.exitReview[k]);
    const sal_Int32 r =
        s.put(p.name, p.health, p.status ? statusWord(*p.status) : std::string_view(),
              p.quartersRed, p.warningCount, p.revenueTarget, p.revenueActual, p.pipeline);
    colourStatus(s, 2, r, p.status);
    s.cells(0, r, 0, r)->setPropertyValue("IsTextWrapped", Any(true));
  }
  s.format(1, first, 1, s.row() - 1, "0.0");
  s.format(5, first, 7, s.row() - 1, "#,##0");
  s.cells(1, first, 7, s.row() - 1)->setPropertyValue("ShrinkToFit", Any(true));
  outline(s, head, 7, s.row() - 1);
  more(s, c.exitReview.size(), kMaxExitListed);
  s.skip();
}

// The partner table, and beside it, outside the printed columns, the chart's data:
// health (x), then revenue (y) and pipeline (size) of the partners of each status,
// one series a status.
struct PartnerTable {
  sal_Int32 head = 0;
  sal_Int32 dataLast = 0;                 // the chart data's last row
  std::vector<sal_Int32> pointOfPartner;  // the partner's row in the data, from 0; -1: none
};
constexpr sal_Int32 kDataColumn = kColumns + 1;  // K, after an empty J
constexpr sal_Int32 kDataColumns = 7;

PartnerTable partnerTable(Sheet& s, const ReportContent& c) {
  // The second page: the partners, then the chart.
  s.pageBreak();
  s.heading(
      c.tablePartners.size() == c.partners.size()
          ? std::string(s.said(text::Report::AllPartners))
          : text::format(text::Report::LargestPartners, s.language(), c.tablePartners.size()));
  PartnerTable t;
  t.head = s.put(s.said(text::Report::Partner), s.said(text::Report::Status),
                 s.said(text::Report::Action), s.said(text::Report::Health),
                 s.said(text::Report::RevenueActual), s.said(text::Report::Pipeline),
                 s.said(text::Report::RevenueTarget), s.said(text::Report::Attainment),
                 s.said(text::Report::Change));
  s.header(t.head, kColumns - 1);
  const sal_Int32 first = s.row();
  for (const std::size_t i : c.tablePartners) {
    const PartnerLine& p = c.partners.at(i);
    const sal_Int32 r =
        s.put(p.name, p.status ? statusWord(*p.status) : s.said(text::Report::NotScored),
              p.action ? actionWord(*p.action) : std::string_view(), p.health, p.revenueActual,
              p.pipeline, p.revenueTarget, p.attainment(), p.change());
    colourStatus(s, 1, r, p.status);
  }
  const sal_Int32 last = s.row() - 1;
  if (last >= first) {
    s.cells(0, first, 0, last)->setPropertyValue("IsTextWrapped", Any(true));
    s.cells(1, first, 2, last)->setPropertyValue("IsTextWrapped", Any(true));
    s.format(3, first, 3, last, "0.0");
    s.format(4, first, 6, last, "#,##0");
    s.format(7, first, 7, last, "0%");
    s.format(8, first, 8, last, "+0.0;-0.0;0.0");
    s.cells(3, first, 8, last)->setPropertyValue("ShrinkToFit", Any(true));
    // Wrapped names grow their rows; the office measures them.
    Reference<css::beans::XPropertySet>(
        Reference<css::table::XColumnRowRange>(s.cellRange(0, first, kColumns - 1, last),
                                               UNO_QUERY_THROW)
            ->getRows(),
        UNO_QUERY_THROW)
        ->setPropertyValue("OptimalHeight", Any(true));
  }
  outline(s, t.head, kColumns - 1, last);
  more(s, c.partners.size(), c.tablePartners.size());
  s.skip();

  // The chart's data, written in one call.
  std::vector<Sequence<Any>> rows;
  Sequence<Any> header(kDataColumns);
  header[0] = anyOf(s.said(text::Report::Health));
  for (const Status st : {Status::Green, Status::Amber, Status::Red}) {
    const auto at = 1 + 2 * static_cast<sal_Int32>(st);
    // The series takes its name (the legend's) from the size column's heading.
    header[at] = anyOf(statusWord(st));
    header[at + 1] = anyOf(statusWord(st));
  }
  rows.push_back(header);
  t.pointOfPartner.assign(c.partners.size(), -1);
  for (std::size_t i = 0; i < c.partners.size(); ++i) {
    const PartnerLine& p = c.partners[i];
    if (!p.health || !p.status || !p.revenueActual) {
      continue;
    }
    Sequence<Any> row(kDataColumns);
    for (Any& cell : row) {
      cell = anyOf(std::string_view());
    }
    row[0] = anyOf(p.health);
    const auto at = 1 + 2 * static_cast<sal_Int32>(*p.status);
    row[at] = anyOf(p.revenueActual);
    row[at + 1] = anyOf(p.pipeline);
    t.pointOfPartner[i] = static_cast<sal_Int32>(rows.size()) - 1;
    rows.push_back(row);
  }
  t.dataLast = t.head + static_cast<sal_Int32>(rows.size()) - 1;
  Reference<css::sheet::XCellRangeData>(
      s.cellRange(kDataColumn, t.head, kDataColumn + kDataColumns - 1, t.dataLast), UNO_QUERY_THROW)
      ->setDataArray(Sequence<Sequence<Any>>(rows.data(), static_cast<sal_Int32>(rows.size())));
  const auto data = s.cells(kDataColumn, t.head, kDataColumn + kDataColumns - 1, t.dataLast);
  data->setPropertyValue("CharColor", Any(sal_Int32{0x808080}));
  // The chart's axes show the data's formats.
  s.format(kDataColumn, t.head + 1, kDataColumn, t.dataLast, "0");
  s.format(kDataColumn + 1, t.head + 1, kDataColumn + kDataColumns - 1, t.dataLast, "#,##0");
  s.cells(kDataColumn, t.head, kDataColumn + kDataColumns - 1, t.head)
      ->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
  return t;
}

// Text fields (page number, page count) are made by the document.
Reference<css::text::XTextContent> field(const Sheet& s, const char* service) {
  return {Reference<css::lang::XMultiServiceFactory>(s.document(), UNO_QUERY_THROW)
              ->createInstance(OUString::createFromAscii(service)),
          UNO_QUERY_THROW};
}

// "Page {0} of {1}" with the page number and count as fields, in any word order.
void pageOf(const Sheet& s, const Reference<css::text::XText>& text) {
  text->setString(OUString());
  const std::string_view pattern = s.said(text::Report::PageOf);
  std::size_t at = 0;
  while (at < pattern.size()) {
    const std::size_t open = pattern.find('{', at);
    if (open == std::string_view::npos || open + 2 >= pattern.size() || pattern[open + 2] != '}') {
      text->insertString(text->getEnd(), fromUtf8(pattern.substr(at)), false);
      break;
    }
    text->insertString(text->getEnd(), fromUtf8(pattern.substr(at, open - at)), false);
    text->insertTextContent(
        text->getEnd(),
        field(s, pattern[open + 1] == '0' ? "com.sun.star.text.TextField.PageNumber"
                                          : "com.sun.star.text.TextField.PageCount"),
        false);
    at = open + 3;
  }
}

// The office's locale, for the paper: Letter where it is US or Canadian English.
bool letterPaper(const Reference<css::uno::XComponentContext>& context) {
  try {
    const Reference<css::lang::XMultiServiceFactory> provider =
        css::configuration::theDefaultProvider::get(context);
    const auto read = [&provider](const char* path, const char* name) {
      const Sequence<Any> args =
          one(Any(property("nodepath", Any(OUString::createFromAscii(path)))));
      const Reference<css::container::XNameAccess> node(
          provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                                args),
          UNO_QUERY_THROW);
      OUString value;
      node->getByName(OUString::createFromAscii(name)) >>= value;
      return value;
    };
    OUString locale = read("/org.openoffice.Setup/L10N", "ooSetupSystemLocale");
    if (locale.isEmpty()) {
      locale = read("/org.openoffice.System/L10N", "Locale");
    }
    return locale == "en-US" || locale == "en-CA" || locale == "en_US" || locale == "en_CA";
  } catch (const css::uno::Exception&) {
    return false;  // A4, the paper of every other locale
  }
}

void setUpPages(const Sheet& s, const Reference<css::uno::XComponentContext>& context,
                const ReportContent& c, const std::u16string& sourceName, sal_Int32 lastRow) {
  const OUString styleName = Reference<css::beans::XPropertySet>(s.sheet(), UNO_QUERY_THROW)
                                 ->getPropertyValue("PageStyle")
                                 .get<OUString>();
  const Reference<css::beans::XPropertySet> style(
      Reference<css::container::XNameAccess>(
          Reference<css::style::XStyleFamiliesSupplier>(s.document(), UNO_QUERY_THROW)
              ->getStyleFamilies()
              ->getByName("PageStyles"),
          UNO_QUERY_THROW)
          ->getByName(styleName),
      UNO_QUERY_THROW);
  const bool letter = letterPaper(context);
  style->setPropertyValue("IsLandscape", Any(false));
  style->setPropertyValue(
      "Size", Any(letter ? css::awt::Size(21590, 27940) : css::awt::Size(21000, 29700)));
  for (const char* margin : {"LeftMargin", "RightMargin"}) {
    style->setPropertyValue(OUString::createFromAscii(margin), Any(kMargin));
  }
  style->setPropertyValue("TopMargin", Any(sal_Int32{1200}));
  style->setPropertyValue("BottomMargin", Any(sal_Int32{1200}));
  style->setPropertyValue("CenterHorizontally", Any(true));
  style->setPropertyValue("PrintGrid", Any(false));
  // One page wide (the office scales down only when needed), as tall as the
  // breaks say: the summary on the first page, every partner and the chart on the
  // second.
  style->setPropertyValue("ScaleToPagesX", Any(sal_Int16{1}));
  style->setPropertyValue("ScaleToPagesY", Any(sal_Int16{0}));

  // Our header and footer instead of the office's "Sheet1" and "Page 1".
  style->setPropertyValue("HeaderIsOn", Any(true));
  style->setPropertyValue("HeaderIsShared", Any(true));
  const Reference<css::sheet::XHeaderFooterContent> header(
      style->getPropertyValue("RightPageHeaderContent"), UNO_QUERY_THROW);
  header->getLeftText()->setString(fromUtf8(s.said(text::Report::Title)));
  header->getCenterText()->setString(c.quarter ? fromUtf8(c.quarter->text()) : OUString());
  pageOf(s, header->getRightText());
  style->setPropertyValue("RightPageHeaderContent", Any(header));
  style->setPropertyValue("FooterIsOn", Any(!sourceName.empty()));
  if (!sourceName.empty()) {
    const Reference<css::sheet::XHeaderFooterContent> footer(
        style->getPropertyValue("RightPageFooterContent"), UNO_QUERY_THROW);
    footer->getLeftText()->setString(fromUtf8(
        text::format(text::Report::Source, s.language(), support::toUtf8(fromU16(sourceName)))));
    footer->getCenterText()->setString(OUString());
    footer->getRightText()->setString(OUString());
    style->setPropertyValue("RightPageFooterContent", Any(footer));
  }

  const Sequence<css::table::CellRangeAddress> area =
      one(css::table::CellRangeAddress(0, 0, 0, kColumns - 1, lastRow));
  Reference<css::sheet::XPrintAreas>(s.sheet(), UNO_QUERY_THROW)->setPrintAreas(area);

  // Either part longer than a page (a large portfolio): two pages tall, scaled
  // down, without the break before the partner table, which scaling ignores anyway.
  // Measured from the rows' heights: the office lays pages out only when printing.
  const auto length = [&style](const char* name) {
    return style->getPropertyValue(OUString::createFromAscii(name)).get<sal_Int32>();
  };
  const sal_Int32 page =
      (letter ? 27940 : 29700) - length("TopMargin") - length("BottomMargin") -
      length("HeaderHeight") - length("HeaderBodyDistance") -
      (sourceName.empty() ? 0 : length("FooterHeight") + length("FooterBodyDistance"));
  if (s.height(0, s.breakRow() - 1) > page || s.height(s.breakRow(), lastRow) > page) {
    s.removePageBreaks(lastRow);
    style->setPropertyValue("ScaleToPagesY", Any(sal_Int16{2}));
  }
}

// One series a status (Green, Amber, Red, as the data's columns are), in the
// status's colour, and the names of the partner table's partners beside their bubbles.
void styleSeries(const Reference<css::uno::XComponentContext>& context,
                 const Reference<css::chart2::XChartDocument>& chart, const ReportContent& c,
                 const PartnerTable& table) {
  const Sequence<Reference<css::chart2::XCoordinateSystem>> coords =
      Reference<css::chart2::XCoordinateSystemContainer>(chart->getFirstDiagram(), UNO_QUERY_THROW)
          ->getCoordinateSystems();
  if (coords.getLength() == 0) {
    return;
  }
  const Sequence<Reference<css::chart2::XChartType>> types =
      Reference<css::chart2::XChartTypeContainer>(coords[0], UNO_QUERY_THROW)->getChartTypes();
  if (types.getLength() == 0) {
    return;
  }
  const Sequence<Reference<css::chart2::XDataSeries>> series =
      Reference<css::chart2::XDataSeriesContainer>(types[0], UNO_QUERY_THROW)->getDataSeries();
  for (sal_Int32 k = 0; k < series.getLength() && k < 3; ++k) {
    // No transparency: the PDF export draws transparent bubbles grey.
    const Reference<css::beans::XPropertySet> properties(series[k], UNO_QUERY_THROW);
    properties->setPropertyValue("Color", Any(kBubbleColours.at(static_cast<std::size_t>(k))));
    properties->setPropertyValue("BorderStyle", Any(css::drawing::LineStyle_SOLID));
    properties->setPropertyValue("BorderColor", Any(sal_Int32{0xFFFFFF}));
  }
  const std::vector<LabelSide> sides = labelSides(c, kPlotWidth, kPlotHeight, kLabelCharWidth);
  for (const std::size_t i : c.tablePartners) {
    const PartnerLine& p = c.partners.at(i);
    const sal_Int32 point = table.pointOfPartner.at(i);
    const auto k = p.status ? static_cast<sal_Int32>(*p.status) : -1;
    if (point < 0 || k < 0 || k >= series.getLength()) {
      continue;  // no bubble
    }
    const Reference<css::beans::XPropertySet> properties = series[k]->getDataPointByIndex(point);
    // The partner's name beside its bubble, as a custom label.
    const Reference<css::chart2::XDataPointCustomLabelField> name =
        css::chart2::DataPointCustomLabelField::create(context);
    name->setFieldType(css::chart2::DataPointCustomLabelFieldType_TEXT);
    name->setString(fromU16(p.name));
    // The text of a custom label has its own size: the point's is not applied to it.
    name->setPropertyValue("CharHeight", Any(kLabelPoints));
    properties->setPropertyValue("CustomLabelFields", Any(one(name)));
    css::chart2::DataPointLabel label;
    label.ShowCustomLabel = true;
    properties->setPropertyValue("Label", Any(label));
    constexpr std::array<sal_Int32, 4> kPlacements = {
        css::chart::DataLabelPlacement::RIGHT, css::chart::DataLabelPlacement::LEFT,
        css::chart::DataLabelPlacement::TOP, css::chart::DataLabelPlacement::BOTTOM};
    properties->setPropertyValue("LabelPlacement",
                                 Any(kPlacements.at(static_cast<std::size_t>(sides.at(i)))));
    properties->setPropertyValue("CharHeight", Any(kLabelPoints));
  }
}

void bubbleChart(Sheet& s, const Reference<css::uno::XComponentContext>& context,
                 const ReportContent& c, const PartnerTable& table) {
  // Rows of a fixed height hold the chart, below everything written.
  const sal_Int32 top = s.row();
  for (sal_Int32 r = top; r < top + kChartRows; ++r) {
    s.rowHeight(r, kChartRowHeight);
  }
  s.skip(kChartRows);
  if (table.dataLast <= table.head) {
    return;  // no partner with a bubble, no chart
  }
  const css::awt::Point at = Reference<css::beans::XPropertySet>(s.cell(0, top), UNO_QUERY_THROW)
                                 ->getPropertyValue("Position")
                                 .get<css::awt::Point>();
  const css::awt::Rectangle rect(
      at.X, at.Y + 100, kNameWidth + kCountWidth + kActionWidth + (kColumns - 3) * kNumberWidth,
      kChartRows * kChartRowHeight - 200);
  const Sequence<css::table::CellRangeAddress> data = one(css::table::CellRangeAddress(
      0, kDataColumn, table.head, kDataColumn + kDataColumns - 1, table.dataLast));
  const Reference<css::table::XTableCharts> charts =
      Reference<css::table::XTableChartsSupplier>(s.sheet(), UNO_QUERY_THROW)->getCharts();
  const OUString chartName("PortfolioBubbles");
  charts->addNewByName(chartName, rect, data, true, false);
  const Reference<css::lang::XComponent> embedded =
      Reference<css::document::XEmbeddedObjectSupplier>(charts->getByName(chartName),
                                                        UNO_QUERY_THROW)
          ->getEmbeddedObject();
  const Reference<css::chart::XChartDocument> chart(embedded, UNO_QUERY_THROW);
  chart->setDiagram(Reference<css::chart::XDiagram>(
      Reference<css::lang::XMultiServiceFactory>(chart, UNO_QUERY_THROW)
          ->createInstance("com.sun.star.chart.BubbleDiagram"),
      UNO_QUERY_THROW));
  // The bubble chart reads the columns again: x, then y and size of each series.
  const Reference<css::chart2::data::XDataReceiver> receiver(embedded, UNO_QUERY_THROW);
  const Any range = s.cells(kDataColumn, table.head, kDataColumn + kDataColumns - 1, table.dataLast)
                        ->getPropertyValue("AbsoluteName");
  receiver->setArguments(support::properties(
      {property("CellRangeRepresentation", range),
       property("DataRowSource", Any(css::chart::ChartDataRowSource_COLUMNS)),
       property("FirstCellAsLabel", Any(true)), property("HasCategories", Any(false))}));

  const Reference<css::beans::XPropertySet> chartProperties(chart, UNO_QUERY_THROW);
  chartProperties->setPropertyValue("HasMainTitle", Any(true));
  chartProperties->setPropertyValue("HasLegend", Any(true));
  Reference<css::beans::XPropertySet>(chart->getLegend(), UNO_QUERY_THROW)
      ->setPropertyValue("Alignment", Any(css::chart::ChartLegendPosition_BOTTOM));
  Reference<css::beans::XPropertySet>(chart->getTitle(), UNO_QUERY_THROW)
      ->setPropertyValue("String", Any(fromUtf8(s.said(text::Report::ChartTitle))));
  Reference<css::beans::XPropertySet>(chart->getTitle(), UNO_QUERY_THROW)
      ->setPropertyValue("CharHeight", Any(11.0F));
  const Reference<css::chart::XDiagram> diagram = chart->getDiagram();
  const Reference<css::beans::XPropertySet> axes(diagram, UNO_QUERY_THROW);
  axes->setPropertyValue("HasXAxisTitle", Any(true));
  axes->setPropertyValue("HasYAxisTitle", Any(true));
  Reference<css::beans::XPropertySet>(
      Reference<css::chart::XAxisXSupplier>(diagram, UNO_QUERY_THROW)->getXAxisTitle(),
      UNO_QUERY_THROW)
      ->setPropertyValue("String", Any(fromUtf8(s.said(text::Report::Health))));
  Reference<css::beans::XPropertySet>(
      Reference<css::chart::XAxisYSupplier>(diagram, UNO_QUERY_THROW)->getYAxisTitle(),
      UNO_QUERY_THROW)
      ->setPropertyValue(
          "String",
          Any(fromUtf8(
              c.currency ? fmt::format("{} ({})", s.said(text::Report::RevenueActual), *c.currency)
                         : s.said(text::Report::RevenueActual))));
  // Health runs 0 to 100 whatever the partners' spread, so charts of two quarters compare.
  const Reference<css::beans::XPropertySet> x(
      Reference<css::chart::XAxisXSupplier>(diagram, UNO_QUERY_THROW)->getXAxis(), UNO_QUERY_THROW);
  x->setPropertyValue("AutoMin", Any(false));
  x->setPropertyValue("Min", Any(0.0));
  x->setPropertyValue("AutoMax", Any(false));
  x->setPropertyValue("Max", Any(100.0));
  x->setPropertyValue("AutoStepMain", Any(false));
  x->setPropertyValue("StepMain", Any(10.0));
  const Reference<css::chart2::XChartDocument> model(embedded, UNO_QUERY_THROW);
  Reference<css::beans::XPropertySet>(model->getFirstDiagram()->getWall(), UNO_QUERY_THROW)
      ->setPropertyValue("FillColor", Any(sal_Int32{0xFAFAFA}));
  styleSeries(context, model, c, table);

  // Anchored to its first cell (the review's sheet is the document's only one).
  support::anchorNewestShape(s.loaded(), s.cell(0, top), css::awt::Point(rect.X, rect.Y));
}

void fill(Sheet& s, const Reference<css::uno::XComponentContext>& context, const ReportContent& c,
          const std::u16string& sourceName) {
  s.columnWidth(0, kNameWidth);
  s.columnWidth(1, kCountWidth);
  s.columnWidth(2, kActionWidth);
  for (sal_Int32 col = 3; col < kColumns; ++col) {
    s.columnWidth(col, kNumberWidth);
  }
  // 9 pt everywhere but the titles: eight columns of numbers fit a portrait page.
  s.cells(0, 0, kColumns - 1, 1000)->setPropertyValue("CharHeight", Any(9.0F));

  const std::string title =
      c.quarter ? text::format(text::Report::TitleQuarter, c.language, c.quarter->text())
                : std::string(s.said(text::Report::Title));
  const sal_Int32 titleRow = s.put(std::string_view(title));
  s.cells(0, titleRow, 0, titleRow)->setPropertyValue("CharHeight", Any(16.0F));
  s.cells(0, titleRow, 0, titleRow)
      ->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
  s.cells(0, titleRow, 0, titleRow)->setPropertyValue("CharColor", Any(kBlue));
  s.rowHeight(titleRow, 900);
  const sal_Int32 subtitle = s.put(s.said(text::Report::Subtitle));
  s.merge(0, subtitle, kColumns - 1);
  s.cells(0, subtitle, kColumns - 1, subtitle)->setPropertyValue("IsTextWrapped", Any(true));
  s.cells(0, subtitle, kColumns - 1, subtitle)
      ->setPropertyValue("CharPosture", Any(css::awt::FontSlant_ITALIC));
  s.rowHeight(subtitle, 2 * kLineHeight + 60);
  s.skip();

  totalsTable(s, c);

  std::vector<std::pair<std::string, const std::vector<std::size_t>*>> statuses;
  for (const Status st : {Status::Green, Status::Amber, Status::Red}) {
    statuses.emplace_back(statusWord(st), &c.byStatus.at(static_cast<std::size_t>(st)));
  }
  if (!c.unscored.empty()) {
    statuses.emplace_back(s.said(text::Report::NotScored), &c.unscored);
  }
  groupTable(s, s.said(text::Report::ByStatus), s.said(text::Report::Status), statuses, c, true);

  std::vector<std::pair<std::string, const std::vector<std::size_t>*>> actions;
  for (const Action a : {Action::Grow, Action::Sustain, Action::Fix, Action::ExitReview}) {
    actions.emplace_back(actionWord(a), &c.byAction.at(static_cast<std::size_t>(a)));
  }
  groupTable(s, s.said(text::Report::ByAction), s.said(text::Report::Action), actions, c, false);

  moversTable(s, c);
  exitTable(s, c);
  const PartnerTable table = partnerTable(s, c);
  bubbleChart(s, context, c, table);
  setUpPages(s, context, c, sourceName, s.row() - 1);
}

}  // namespace

std::optional<ReportFormat> formatOf(const std::filesystem::path& file) {
  std::string extension = file.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(), [](char ch) {
    return ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch;
  });
  if (extension == ".pdf") {
    return ReportFormat::Pdf;
  }
  if (extension == ".ods") {
    return ReportFormat::Ods;
  }
  return std::nullopt;
}

Language documentLanguage(const Reference<css::lang::XComponent>& document) {
  try {
    const Reference<css::beans::XPropertySet> properties(document, UNO_QUERY);
    css::lang::Locale locale;
    if (properties.is() && (properties->getPropertyValue("CharLocale") >>= locale)) {
      return languageForLocale(support::toUtf8(locale.Language));
    }
  } catch (const css::uno::Exception&) {
    // A document without a locale is written in the default language.
  }
  return kDefaultLanguage;
}

std::filesystem::path writeReport(const Reference<css::uno::XComponentContext>& context,
                                  const Portfolio& portfolio, const ReportRequest& request) {
  return writeReport(context, buildReport(portfolio, request.quarter, request.language), request);
}

std::filesystem::path writeReport(const Reference<css::uno::XComponentContext>& context,
                                  const ReportContent& content, const ReportRequest& request) {
  const std::optional<ReportFormat> format = formatOf(request.output);
  if (!format) {
    throw qbr::QbrError(fmt::format("{} does not end in .pdf or .ods.", request.output.string()));
  }
  const std::filesystem::path folder = request.output.parent_path();
  qbr::checkOutputDirectory(folder);
  qbr::StagedFile staged(request.output, request.overwrite);

  const Reference<css::frame::XDesktop2> desktop = css::frame::Desktop::create(context);
  const support::LoadedDocument document = support::LoadedDocument::load(
      Reference<css::frame::XComponentLoader>(desktop, UNO_QUERY_THROW), "private:factory/scalc");
  const Reference<css::sheet::XSpreadsheetDocument> spreadsheet(document.component(),
                                                                UNO_QUERY_THROW);
  const Reference<css::container::XIndexAccess> sheets(spreadsheet->getSheets(), UNO_QUERY_THROW);
  const Reference<css::sheet::XSpreadsheet> first(sheets->getByIndex(0), UNO_QUERY_THROW);
  Reference<css::container::XNamed>(first, UNO_QUERY_THROW)
      ->setName(fromUtf8(text::get(text::Report::Title, content.language)));
  if (content.language != Language::English) {
    Reference<css::beans::XPropertySet>(document.component(), UNO_QUERY_THROW)
        ->setPropertyValue("CharLocale", Any(documentLocale(content.language)));
  }
  Sheet sheet(document, first, content.language);
  fill(sheet, context, content, request.sourceName);

  const Reference<css::frame::XStorable> storable(document.component(), UNO_QUERY_THROW);
  qbr::storeDocument(storable, staged.temporaryPath(),
                     *format == ReportFormat::Pdf ? "calc_pdf_Export" : "calc8", folder);
  staged.commit();
  return staged.finalPath();
}

}  // namespace alliance::report
