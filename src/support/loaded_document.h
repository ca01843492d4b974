// A document loaded hidden into an office and closed, without saving, when it goes
// out of scope: whatever happens while it is read or filled, nothing of it stays
// open in the office. The office client, the overlap command and the QBR writer
// all load through it.
#pragma once

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/lang/XComponent.hpp>

#include <initializer_list>
#include <stdexcept>
#include <vector>

namespace alliance::support {

// The office refused to load a document; what() is its reason, in its words (or a
// sentence of ours when it gave none).
class LoadError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class LoadedDocument {
 public:
  // Loads `url` into a new hidden frame with macros never run; `extra` adds load
  // properties (a filter, AsTemplate, ReadOnly). Throws LoadError when the office
  // cannot open it, and lets every other UNO exception through.
  static LoadedDocument load(const css::uno::Reference<css::frame::XComponentLoader>& loader,
                             const rtl::OUString& url,
                             const std::vector<css::beans::PropertyValue>& extra = {});

  // Closes the document, discarding any change; best effort, never throws.
  ~LoadedDocument();
  LoadedDocument(LoadedDocument&& other) noexcept;
  LoadedDocument& operator=(LoadedDocument&& other) noexcept;
  LoadedDocument(const LoadedDocument&) = delete;
  LoadedDocument& operator=(const LoadedDocument&) = delete;

  [[nodiscard]] const css::uno::Reference<css::lang::XComponent>& component() const {
    return component_;
  }

  // Keeps a reference to one of the document's objects (a shape) until the
  // document is closed. LibreOffice 25.2 runs a client's release of an object
  // apart from, and at the same time as, its next call: a chart's shape that
  // dies while a recalculation notifies that chart takes the office down.
  // Let go after the close, a shape goes with its document instead.
  void holdUntilClosed(const css::uno::Reference<css::uno::XInterface>& object) const;

 private:
  explicit LoadedDocument(const css::uno::Reference<css::lang::XComponent>& component)
      : component_(component) {}
  void close() noexcept;

  css::uno::Reference<css::lang::XComponent> component_;
  mutable std::vector<css::uno::Reference<css::uno::XInterface>> held_;
};

}  // namespace alliance::support
