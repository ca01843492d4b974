// Puts a partner's QBR content into a new workbook made from the QBR template
// and stores it as .ods and, on request, PDF.
#pragma once

#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/frame/XStorable.hpp>

#include <filesystem>
#include <optional>

#include "qbr/qbr_content.h"

namespace alliance::qbr {

struct QbrOutput {
  std::filesystem::path directory;
  bool pdf = false;
  bool overwrite = false;  // replace existing files
};

struct QbrFiles {
  std::filesystem::path ods;
  std::optional<std::filesystem::path> pdf;
};

// Stores the document at `path` with the office's export filter `filter`
// ("calc8", "calc_pdf_Export"). Throws NoSpace when it failed because the file
// system of `folder` is full, and the office's exception otherwise.
void storeDocument(const css::uno::Reference<css::frame::XStorable>& storable,
                   const std::filesystem::path& path, const char* filter,
                   const std::filesystem::path& folder);

// The commitments agreed at a review made from the QBR template (its named range
// Commitments: owner, commitment, due, side, kept), the rows that hold any.
// nullopt when the file cannot be read or has no such range.
[[nodiscard]] std::optional<std::vector<Commitment>> readCommitments(
    const css::uno::Reference<css::frame::XDesktop2>& desktop, const std::filesystem::path& review);

// Text from the portfolio is always written as text, never as a formula.
// Throws QbrError (an existing file, an unwritable folder) or a UNO exception.
// The files are named `stem`.ods and .pdf (see uniqueFileStems).
QbrFiles writeQbr(const css::uno::Reference<css::frame::XDesktop2>& desktop,
                  const std::filesystem::path& templateFile, const QbrContent& content,
                  const QbrOutput& output, const std::string& stem);

}  // namespace alliance::qbr
