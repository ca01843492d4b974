#include "office/document.h"

#include <com/sun/star/frame/XComponentLoader.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "core/text.h"
#include "office/scratch_dir.h"
#include "portfolio/csv_format.h"
#include "support/properties.h"
#include "support/ustring.h"

namespace alliance::office {

using support::fileUrl;

namespace {

using css::uno::Reference;

constexpr const char* kCsvFilter = "Text - txt - csv (StarCalc)";

bool isCsv(const std::filesystem::path& file) {
  std::string extension = file.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension == ".csv";
}

// The office's import options for a .csv file: its separator and encoding as
// written, never the machine locale's guess. Refuses a file longer than a sheet,
// which the import would cut without a word.
std::vector<css::beans::PropertyValue> csvLoadProperties(const std::filesystem::path& copy,
                                                         const std::filesystem::path& file) {
  std::ifstream in(copy, std::ios::binary);
  std::string chunk(std::size_t{1} << 16, '\0');
  in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
  chunk.resize(static_cast<std::size_t>(in.gcount()));
  const portfolio::CsvFormat format = portfolio::sniffCsv(chunk);
  portfolio::CsvRowCounter rows;
  while (!chunk.empty()) {
    rows.add(chunk);
    chunk.resize(std::size_t{1} << 16);
    in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    chunk.resize(static_cast<std::size_t>(in.gcount()));
  }
  if (rows.rows() > portfolio::kMaxSheetRows) {
    throw DocumentError(
        fmt::format("cannot open {}: it has {} rows, more than the {} a sheet holds; split it into "
                    "files of fewer rows",
                    file.string(), rows.rows(), portfolio::kMaxSheetRows));
  }
  return {
      support::property("FilterName", css::uno::Any(rtl::OUString::createFromAscii(kCsvFilter))),
      support::property("FilterOptions",
                        css::uno::Any(support::fromUtf8(portfolio::csvFilterOptions(format))))};
}

}  // namespace

void Document::checkReadable(const std::filesystem::path& file) {
  std::error_code error;
  if (!std::filesystem::exists(file, error)) {
    throw DocumentError(fmt::format("cannot open the workbook {}: no such file", file.string()));
  }
  if (!std::filesystem::is_regular_file(file, error)) {
    throw DocumentError(fmt::format("cannot open the workbook {}: not a file", file.string()));
  }
  if (!std::ifstream(file, std::ios::binary)) {
    throw DocumentError(
        fmt::format("cannot open the workbook {}: it cannot be read", file.string()));
  }
}

Document::Document(const Office& office, const std::filesystem::path& file) {
  checkReadable(file);
  const std::filesystem::path copy = [&] {
    try {
      scratch_ = std::make_unique<ScratchDir>("alliancecalc-doc-");
      // A name of our own: the user's may not be UTF-8, which the office reads as
      // another name. The extension stays, as the office's type detection uses it.
      const std::string extension = file.extension().string();
      std::filesystem::path target =
          scratch_->path() / ("workbook" + (isUtf8(extension) ? extension : std::string()));
      std::filesystem::copy_file(file, target);
      // A read-only copy would open read-only, and then refuse our formulas.
      std::filesystem::permissions(target, std::filesystem::perms::owner_write,
                                   std::filesystem::perm_options::add);
      return target;
    } catch (const std::exception& e) {
      throw DocumentError(fmt::format("cannot open the workbook {}: {}", file.string(), e.what()));
    }
  }();

  const std::optional<rtl::OUString> url = fileUrl(copy);
  if (!url) {
    throw DocumentError(fmt::format("{} cannot be written as a file URL", copy.string()));
  }
  const Reference<css::frame::XComponentLoader> loader(office.desktop(), css::uno::UNO_QUERY_THROW);
  try {
    document_.emplace(support::LoadedDocument::load(
        loader, *url,
        isCsv(file) ? csvLoadProperties(copy, file) : std::vector<css::beans::PropertyValue>{}));
  } catch (const support::LoadError& e) {
    throw DocumentError(fmt::format("the office cannot open {}: {}", file.string(), e.what()));
  }
}

Document::~Document() = default;

const css::uno::Reference<css::lang::XComponent>& Document::component() const {
  return document_->component();
}

}  // namespace alliance::office
