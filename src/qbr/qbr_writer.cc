#include "qbr/qbr_writer.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableChart.hpp>
#include <com/sun/star/table/XTableCharts.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <osl/file.hxx>

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
  explicit SheetWriter(const Reference<css::sheet::XSpreadsheet>& sheet) : sheet_(sheet) {}

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

 private:
  Reference<css::sheet::XSpreadsheet> sheet_;
};

Any anyOf(const Value& v) {
  if (v.kind == Cell::Kind::Number) {
    return Any(v.number);
  }
  return Any(v.kind == Cell::Kind::Text ? fromU16(v.text) : OUString());
}

Any anyOf(std::optional<double> v) { return v ? Any(*v) : Any(OUString()); }

Any anyOf(std::string_view utf8) { return Any(fromUtf8(utf8)); }

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

void fill(const SheetWriter& out, const QbrContent& c) {
  const std::string quarter = c.quarter.text();
  const std::u16string quarter16(quarter.begin(), quarter.end());
  const auto said = [&c](text::Qbr id) { return text::get(id, c.language); };
  out.text(layout::kTitle,
           fromUtf8(said(text::Qbr::TitlePrefix)) + fromU16(c.partner) + ", " + fromUtf8(quarter));
  out.text(layout::kPartner, c.partner);
  out.text(layout::kQuarter, quarter16);
  out.number(layout::kPreviousHealth, c.previousHealth);
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
  metrics.writeTo(out, layout::kMetricValuesColumn, layout::kMetricValuesRow);

  // Up to thirteen signs may fire and the template keeps ten rows: rows are inserted
  // below them for the rest, so that the strategic map, the milestones and the
  // commitments move down instead of being written over.
  const auto extra =
      std::max<sal_Int32>(0, static_cast<sal_Int32>(c.warnings.size()) - layout::kWarningRows);
  if (extra > 0) {
    Reference<css::table::XColumnRowRange>(out.sheet(), UNO_QUERY_THROW)
        ->getRows()
        ->insertByIndex(layout::kWarningsRow + layout::kWarningRows, extra);
    Reference<css::beans::XPropertySet>(
        Reference<css::table::XCellRange>(out.sheet(), UNO_QUERY_THROW)
            ->getCellRangeByPosition(1, layout::kWarningsRow, 1,
                                     layout::kWarningsRow + layout::kWarningRows + extra - 1),
        UNO_QUERY_THROW)
        ->setPropertyValue("IsTextWrapped", Any(true));
  }
  Block warnings(2);
  if (c.warnings.empty()) {
    warnings.row(text::get(text::WarningSign::NoneFires, c.language), std::string_view());
  }
  // The title is the contract's name in every language, as ALLIANCE_WARNINGS gives it.
  for (const Warning w : c.warnings) {
    warnings.row(warningInfo(w).title, courseCorrection(w, c.language));
  }
  warnings.writeTo(out, 0, layout::kWarningsRow);

  Block milestones(4);
  if (!c.hasPlan) {
    milestones.row(said(text::Qbr::NoPlanSheet), Value{}, Value{}, Value{});
  } else if (c.milestones.empty()) {
    milestones.row(said(text::Qbr::NoMilestone), Value{}, Value{}, Value{});
  }
  for (const Milestone& m : c.milestones) {
    milestones.row(m.milestone, m.owner, m.due, m.status);
  }
  milestones.writeTo(out, 0, layout::kMilestonesRow + extra);

  out.text(layout::kSummary, fromUtf8(c.summary));

  // The portfolio's weights and bands, read by the review's health and status formulas.
  Block scoring(1);
  for (const double w : c.weights.w) {
    scoring.row(std::optional<double>(w));
  }
  scoring.row(std::optional<double>(c.bands.greenAt));
  scoring.row(std::optional<double>(c.bands.amberAt));
  scoring.writeTo(out, layout::kScoringColumn, layout::kScoringRow);

  Block history(5);
  for (const portfolio::HistoryEntry& p : c.history) {
    history.row(std::string_view(p.quarter.text()), p.health, p.revenueTarget, p.revenueActual,
                p.pipeline);
  }
  history.writeTo(out, layout::kHistoryColumn, layout::kHistoryRow);
}

// The template's chart of revenue target, actual and pipeline over the quarters
// (J: quarter, L..N: the series), narrowed to the quarters filled in.
void fitChart(const SheetWriter& out, std::size_t points) {
  const sal_Int32 header = layout::kHistoryRow - 1;
  const sal_Int32 last = header + static_cast<sal_Int32>(points);
  Sequence<css::table::CellRangeAddress> ranges(2);
  ranges[0] =
      css::table::CellRangeAddress(0, layout::kHistoryColumn, header, layout::kHistoryColumn, last);
  ranges[1] = css::table::CellRangeAddress(0, layout::kHistoryColumn + 2, header,
                                           layout::kHistoryColumn + 4, last);
  const Reference<css::table::XTableCharts> charts =
      Reference<css::table::XTableChartsSupplier>(out.sheet(), UNO_QUERY_THROW)->getCharts();
  // A template edited by hand may have lost the chart's name: then its only chart.
  const OUString name = OUString::createFromAscii(layout::kChart);
  const Sequence<OUString> names = charts->getElementNames();
  if (charts->hasByName(name) || names.getLength() == 1) {
    const Any chart = charts->getByName(charts->hasByName(name) ? name : names[0]);
    Reference<css::table::XTableChart>(chart, UNO_QUERY_THROW)->setRanges(ranges);
  }
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
      spreadsheet->getSheets()->getByName(layout::kSheet), UNO_QUERY_THROW));
  fill(out, content);
  if (!content.history.empty()) {
    fitChart(out, content.history.size());
  }
  Reference<css::sheet::XCalculatable>(document.component(), UNO_QUERY_THROW)->calculateAll();

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
