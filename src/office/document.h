// A document opened hidden in an office, closed without saving at the end.
#pragma once

#include <com/sun/star/lang/XComponent.hpp>

#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>

#include "office/office.h"
#include "support/loaded_document.h"

namespace alliance::office {

// The document cannot be opened.
class DocumentError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class Document {
 public:
  // Throws DocumentError unless `file` is a regular file we can read.
  static void checkReadable(const std::filesystem::path& file);

  // Opens a private copy of `file`, hidden, with macros disabled: the office
  // then never writes to the original nor leaves a lock file beside it.
  // Throws DocumentError.
  Document(const Office& office, const std::filesystem::path& file);
  // Closes the document, discarding any change.
  ~Document();
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  [[nodiscard]] const css::uno::Reference<css::lang::XComponent>& component() const;

 private:
  // The copy outlives the document loaded from it (members go in reverse order).
  std::unique_ptr<ScratchDir> scratch_;
  std::optional<support::LoadedDocument> document_;
};

}  // namespace alliance::office
