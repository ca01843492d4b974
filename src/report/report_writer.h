// Writes the portfolio review (report_content.h) into a new one-sheet workbook
// and stores it as PDF or ODS, through the QBR's safe storing: written under a
// temporary name beside the final one, renamed when complete, never over an
// existing file unless asked. The one entry point the command line and the
// sidebar share.
#pragma once

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "core/language.h"
#include "report/report_content.h"

namespace alliance::report {

enum class ReportFormat : std::uint8_t { Pdf, Ods };

// By the file's extension, in any letter case: .pdf, .ods; nullopt for any other.
[[nodiscard]] std::optional<ReportFormat> formatOf(const std::filesystem::path& file);

struct ReportRequest {
  std::filesystem::path output;  // absolute; its extension says the format
  bool overwrite = false;
  std::optional<Quarter> quarter;  // default: the current quarter on Settings
  Language language = kDefaultLanguage;
  std::u16string sourceName;  // the workbook's name, for the page footer; may be empty
};

// The language of a workbook's texts, as its document locale says (a workbook
// made from the German template is German): the catalogue's language for it,
// English otherwise. Never throws.
[[nodiscard]] Language documentLanguage(const css::uno::Reference<css::lang::XComponent>& document);

// Builds the content from the portfolio and writes it. Returns the file made.
// Throws qbr::FileExists (the file exists and overwriting was not asked for),
// qbr::NoSpace (the output folder's file system is full), qbr::QbrError (the
// folder cannot be used, the extension is not .pdf or .ods) or a UNO exception.
// Nothing half-written remains in any case.
std::filesystem::path writeReport(const css::uno::Reference<css::uno::XComponentContext>& context,
                                  const Portfolio& portfolio, const ReportRequest& request);
std::filesystem::path writeReport(const css::uno::Reference<css::uno::XComponentContext>& context,
                                  const ReportContent& content, const ReportRequest& request);

}  // namespace alliance::report
