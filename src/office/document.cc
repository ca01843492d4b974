#include "office/document.h"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/io/IOException.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include <fmt/format.h>

#include <fstream>
#include <optional>

#include "office/scratch_dir.h"
#include "support/ustring.h"

namespace alliance::office {

using support::fileUrl;
using support::fromUtf8;
using support::toUtf8;

namespace {

using css::uno::Reference;

css::beans::PropertyValue property(const char* name, const css::uno::Any& value) {
  css::beans::PropertyValue p;
  p.Name = rtl::OUString::createFromAscii(name);
  p.Value = value;
  return p;
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

  css::uno::Sequence<css::beans::PropertyValue> properties(2);
  properties.getArray()[0] = property("Hidden", css::uno::Any(true));
  properties.getArray()[1] =
      property("MacroExecutionMode", css::uno::Any(css::document::MacroExecMode::NEVER_EXECUTE));
  const std::optional<rtl::OUString> url = fileUrl(copy);
  if (!url) {
    throw DocumentError(fmt::format("{} cannot be written as a file URL", copy.string()));
  }
  Reference<css::frame::XComponentLoader> loader(office.desktop(), css::uno::UNO_QUERY_THROW);
  try {
    component_ = loader->loadComponentFromURL(*url, "_blank", 0, properties);
  } catch (const css::lang::IllegalArgumentException& e) {
    throw DocumentError(
        fmt::format("the office cannot open {}: {}", file.string(), toUtf8(e.Message)));
  } catch (const css::io::IOException& e) {
    throw DocumentError(
        fmt::format("the office cannot open {}: {}", file.string(), toUtf8(e.Message)));
  }
  // A headless office answers null where a person would have seen a dialog.
  if (!component_.is()) {
    throw DocumentError(
        fmt::format("the office cannot open {}: not a document it can read", file.string()));
  }
}

Document::~Document() {
  try {
    Reference<css::util::XCloseable> closeable(component_, css::uno::UNO_QUERY);
    if (closeable.is()) {
      closeable->close(true);
    } else if (component_.is()) {
      component_->dispose();
    }
  } catch (...) {
    // Closing is best effort: the office may already be gone.
  }
  component_.clear();
}

}  // namespace alliance::office
