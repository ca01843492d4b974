#include "office/document.h"

#include <com/sun/star/frame/XComponentLoader.hpp>

#include <fmt/format.h>

#include <fstream>
#include <optional>

#include "office/scratch_dir.h"
#include "support/ustring.h"

namespace alliance::office {

using support::fileUrl;

namespace {

using css::uno::Reference;

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
      std::filesystem::path target = scratch_->path() / file.filename();
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
    document_.emplace(support::LoadedDocument::load(loader, *url));
  } catch (const support::LoadError& e) {
    throw DocumentError(fmt::format("the office cannot open {}: {}", file.string(), e.what()));
  }
}

Document::~Document() = default;

const css::uno::Reference<css::lang::XComponent>& Document::component() const {
  return document_->component();
}

}  // namespace alliance::office
