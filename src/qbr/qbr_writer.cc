#include "qbr/qbr_writer.h"

#include <fmt/format.h>
#include <com/sun/star/awt/Point.hpp>
#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/chart/XChartDocument.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/document/XEmbeddedObjectSupplier.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XTableChart.hpp>
#include <com/sun/star/table/XTableCharts.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <osl/file.hxx>

#include "core/text.h"
#include "qbr/output_files.h"
#include "qbr/qbr_layout.h"

namespace alliance::qbr {

namespace {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

OUString fromUtf8(std::string_view s) {
  return {s.data(), static_cast<sal_Int32>(s.size()), RTL_TEXTENCODING_UTF8};
}

OUString fromU16(std::u16string_view s) {
  return {reinterpret_cast<const sal_Unicode*>(s.data()), static_cast<sal_Int32>(s.size())};
}

OUString urlOf(const std::filesystem::path& path) {
  OUString url;
  if (osl::FileBase::getFileURLFromSystemPath(fromUtf8(path.string()), url) !=
      osl::FileBase::E_None) {
    throw QbrError(fmt::format("{} is not a usable file name.", path.string()));
  }
  return url;
}

css::beans::PropertyValue property(const char* name, const Any& value) {
  css::beans::PropertyValue p;
  p.Name = OUString::createFromAscii(name);
  p.Value = value;
  return p;
}

// Closes the new document whatever happens; nothing of it is kept but the files.
class OpenDocument {
 public:
  explicit OpenDocument(const Reference<css::lang::XComponent>& component)
      : component_(component) {}
  ~OpenDocument() {
    try {
      Reference<css::util::XCloseable>(component_, UNO_QUERY_THROW)->close(true);
    } catch (...) {  // NOLINT(bugprone-empty-catch): closing is best effort in a destructor
    }
  }
  OpenDocument(const OpenDocument&) = delete;
  OpenDocument& operator=(const OpenDocument&) = delete;
  [[nodiscard]] const Reference<css::lang::XComponent>& get() const { return component_; }

 private:
  Reference<css::lang::XComponent> component_;
};

class SheetWriter {
 public:
  explicit SheetWriter(const Reference<css::sheet::XSpreadsheet>& sheet) : sheet_(sheet) {}

  // setString: the cell holds exactly this text, even "=cmd|..." or "+1".
  void text(sal_Int32 column, sal_Int32 row, std::u16string_view value) const {
    Reference<css::text::XTextRange>(cell(column, row), UNO_QUERY_THROW)->setString(fromU16(value));
  }
  void text(const char* address, std::u16string_view value) const {
    Reference<css::text::XTextRange>(named(address), UNO_QUERY_THROW)->setString(fromU16(value));
  }
  void number(sal_Int32 column, sal_Int32 row, std::optional<double> value) const {
    if (value) {
      cell(column, row)->setValue(*value);
    }
  }
  void number(const char* address, std::optional<double> value) const {
    if (value) {
      named(address)->setValue(*value);
    }
  }
  void value(sal_Int32 column, sal_Int32 row, const Value& v) const {
    if (v.kind == Cell::Kind::Number) {
      cell(column, row)->setValue(v.number);
    } else if (v.kind == Cell::Kind::Text) {
      text(column, row, v.text);
    }
  }
  [[nodiscard]] Reference<css::table::XCell> named(const char* address) const {
    return Reference<css::table::XCellRange>(sheet_, UNO_QUERY_THROW)
        ->getCellRangeByName(OUString::createFromAscii(address))
        ->getCellByPosition(0, 0);
  }
  [[nodiscard]] const Reference<css::sheet::XSpreadsheet>& sheet() const { return sheet_; }

 private:
  [[nodiscard]] Reference<css::table::XCell> cell(sal_Int32 column, sal_Int32 row) const {
    return sheet_->getCellByPosition(column, row);
  }
  Reference<css::sheet::XSpreadsheet> sheet_;
};

void fill(const SheetWriter& out, const QbrContent& c) {
  const std::u16string quarter = [&] {
    const std::string q = c.quarter.text();
    return std::u16string(q.begin(), q.end());
  }();
  out.text(layout::kTitle, u"Quarterly business review: " + c.partner + u", " + quarter);
  out.text(layout::kPartner, c.partner);
  out.text(layout::kQuarter, quarter);
  out.number(layout::kPreviousHealth, c.previousHealth);
  for (std::size_t d = 0; d < kDimensionCount; ++d) {
    out.number(layout::kPreviousDimensionsColumn,
               layout::kPreviousDimensionsRow + static_cast<sal_Int32>(d), c.previousDimensions[d]);
  }
  out.number(layout::kQuartersRed, c.quartersRed);
  for (std::size_t m = 0; m < kMetricCount; ++m) {
    out.value(layout::kMetricValuesColumn, layout::kMetricValuesRow + static_cast<sal_Int32>(m),
              c.metrics[m]);
  }

  sal_Int32 row = layout::kWarningsRow;
  if (c.warnings.empty()) {
    out.text(0, row, u"No warning sign fires.");
  }
  for (const Warning w : c.warnings) {
    const WarningInfo& info = warningInfo(w);
    out.text(0, row, std::u16string(info.title.begin(), info.title.end()));
    const OUString correction = fromUtf8(info.courseCorrection);
    out.text(1, row,
             {reinterpret_cast<const char16_t*>(correction.getStr()),
              static_cast<std::size_t>(correction.getLength())});
    ++row;
  }

  row = layout::kMilestonesRow;
  if (!c.hasPlan) {
    out.text(0, row, u"The portfolio has no Plan sheet.");
  } else if (c.milestones.empty()) {
    out.text(0, row, u"No milestone recorded for this partner.");
  }
  for (const Milestone& m : c.milestones) {
    out.value(0, row, m.milestone);
    out.value(1, row, m.owner);
    out.value(2, row, m.due);
    out.value(3, row, m.status);
    ++row;
  }

  row = layout::kHistoryRow;
  for (const QuarterPoint& p : c.history) {
    const std::string q = p.quarter.text();
    out.text(layout::kHistoryColumn, row, std::u16string(q.begin(), q.end()));
    out.number(layout::kHistoryColumn + 1, row, p.health);
    out.number(layout::kHistoryColumn + 2, row, p.revenueTarget);
    out.number(layout::kHistoryColumn + 3, row, p.revenueActual);
    out.number(layout::kHistoryColumn + 4, row, p.pipeline);
    ++row;
  }
}

// Revenue target, actual and pipeline over the quarters (J: quarter, L..N: the series).
void addChart(const SheetWriter& out, std::size_t points) {
  const sal_Int32 header = layout::kHistoryRow - 1;
  const sal_Int32 last = header + static_cast<sal_Int32>(points);
  Sequence<css::table::CellRangeAddress> ranges(2);
  ranges[0] =
      css::table::CellRangeAddress(0, layout::kHistoryColumn, header, layout::kHistoryColumn, last);
  ranges[1] = css::table::CellRangeAddress(0, layout::kHistoryColumn + 2, header,
                                           layout::kHistoryColumn + 4, last);
  css::awt::Point anchor;
  Reference<css::beans::XPropertySet>(out.named(layout::kChartAnchor), UNO_QUERY_THROW)
      ->getPropertyValue("Position") >>= anchor;
  const css::awt::Rectangle area(anchor.X, anchor.Y, 16000, 8000);  // 1/100 mm
  const Reference<css::table::XTableCharts> charts =
      Reference<css::table::XTableChartsSupplier>(out.sheet(), UNO_QUERY_THROW)->getCharts();
  const OUString name("QuarterlyRevenue");
  charts->addNewByName(name, area, ranges, true, true);

  const Reference<css::document::XEmbeddedObjectSupplier> embedded(charts->getByName(name),
                                                                   UNO_QUERY_THROW);
  const Reference<css::chart::XChartDocument> chart(embedded->getEmbeddedObject(), UNO_QUERY_THROW);
  Reference<css::beans::XPropertySet>(chart, UNO_QUERY_THROW)
      ->setPropertyValue("HasMainTitle", Any(true));
  Reference<css::beans::XPropertySet>(chart->getTitle(), UNO_QUERY_THROW)
      ->setPropertyValue("String", Any(OUString("Revenue against target, and pipeline")));
}

}  // namespace

QbrFiles writeQbr(const Reference<css::frame::XDesktop2>& desktop,
                  const std::filesystem::path& templateFile, const QbrContent& content,
                  const QbrOutput& output) {
  checkOutputDirectory(output.directory);
  const std::string stem = fileStem(content.partner, content.quarter);
  StagedFile ods(output.directory / (stem + ".ods"), output.overwrite);
  std::optional<StagedFile> pdf;
  if (output.pdf) {
    pdf.emplace(output.directory / (stem + ".pdf"), output.overwrite);
  }

  Sequence<css::beans::PropertyValue> load(3);
  load[0] = property("Hidden", Any(true));
  load[1] = property("AsTemplate", Any(true));
  load[2] = property("MacroExecutionMode", Any(css::document::MacroExecMode::NEVER_EXECUTE));
  const OpenDocument document(
      desktop->loadComponentFromURL(urlOf(templateFile), "_blank", 0, load));
  if (!document.get().is()) {
    throw QbrError(fmt::format("The QBR template {} could not be opened.", templateFile.string()));
  }
  const Reference<css::sheet::XSpreadsheetDocument> spreadsheet(document.get(), UNO_QUERY_THROW);
  if (!spreadsheet->getSheets()->hasByName(layout::kSheet)) {
    throw QbrError(fmt::format("The QBR template {} has no sheet named {}.", templateFile.string(),
                               layout::kSheet));
  }
  const SheetWriter out(Reference<css::sheet::XSpreadsheet>(
      spreadsheet->getSheets()->getByName(layout::kSheet), UNO_QUERY_THROW));
  fill(out, content);
  if (!content.history.empty()) {
    addChart(out, content.history.size());
  }
  Reference<css::sheet::XCalculatable>(document.get(), UNO_QUERY_THROW)->calculateAll();

  const Reference<css::frame::XStorable> storable(document.get(), UNO_QUERY_THROW);
  Sequence<css::beans::PropertyValue> asOds(1);
  asOds[0] = property("FilterName", Any(OUString("calc8")));
  storable->storeToURL(urlOf(ods.temporaryPath()), asOds);
  if (pdf) {
    Sequence<css::beans::PropertyValue> asPdf(1);
    asPdf[0] = property("FilterName", Any(OUString("calc_pdf_Export")));
    storable->storeToURL(urlOf(pdf->temporaryPath()), asPdf);
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
