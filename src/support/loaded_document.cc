#include "support/loaded_document.h"

#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/io/IOException.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include <utility>
#include <vector>

#include "support/properties.h"
#include "support/ustring.h"

namespace alliance::support {

LoadedDocument LoadedDocument::load(const css::uno::Reference<css::frame::XComponentLoader>& loader,
                                    const rtl::OUString& url,
                                    const std::vector<css::beans::PropertyValue>& extra) {
  std::vector<css::beans::PropertyValue> all{
      property("Hidden", css::uno::Any(true)),
      property("MacroExecutionMode", css::uno::Any(css::document::MacroExecMode::NEVER_EXECUTE))};
  all.insert(all.end(), extra.begin(), extra.end());
  const css::uno::Sequence<css::beans::PropertyValue> arguments(all.data(),
                                                                static_cast<sal_Int32>(all.size()));
  css::uno::Reference<css::lang::XComponent> component;
  try {
    component = loader->loadComponentFromURL(url, "_blank", 0, arguments);
  } catch (const css::lang::IllegalArgumentException& e) {
    throw LoadError(toUtf8(e.Message));
  } catch (const css::io::IOException& e) {
    throw LoadError(toUtf8(e.Message));
  }
  // A headless office answers null where a person would have seen a dialog.
  if (!component.is()) {
    throw LoadError("not a document it can read");
  }
  return LoadedDocument(component);
}

LoadedDocument::~LoadedDocument() { close(); }

LoadedDocument::LoadedDocument(LoadedDocument&& other) noexcept
    : component_(other.component_), held_(std::move(other.held_)) {
  other.component_.clear();
}

LoadedDocument& LoadedDocument::operator=(LoadedDocument&& other) noexcept {
  if (this != &other) {
    close();
    component_ = other.component_;
    held_ = std::move(other.held_);
    other.component_.clear();
  }
  return *this;
}

void LoadedDocument::close() noexcept {
  try {
    const css::uno::Reference<css::util::XCloseable> closeable(component_, css::uno::UNO_QUERY);
    if (closeable.is()) {
      closeable->close(true);
    } else if (component_.is()) {
      component_->dispose();
    }
  } catch (...) {  // NOLINT(bugprone-empty-catch): the office may already be gone
  }
  component_.clear();
  held_.clear();  // after the close: see holdUntilClosed
}

void LoadedDocument::holdUntilClosed(
    const css::uno::Reference<css::uno::XInterface>& object) const {
  if (object.is()) {
    held_.push_back(object);
  }
}

}  // namespace alliance::support
