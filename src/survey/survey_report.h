// The perception-gap report of a merged health check: a workbook (and a PDF on
// request) with each item's mean, count and spread on both sides and the gap,
// the five largest gaps first, a radar chart of the twelve principles for both
// sides, and the comments grouped by side without names.
#pragma once

#include <com/sun/star/frame/XDesktop2.hpp>

#include <filesystem>
#include <optional>
#include <string>

#include "core/language.h"
#include "survey/aggregate.h"

namespace alliance::survey {

struct ReportRequest {
  std::u16string partner;
  std::u16string quarter;
  Language language = kDefaultLanguage;
  std::filesystem::path ods;                 // never over an existing file
  std::optional<std::filesystem::path> pdf;  // also exported as PDF when set
};

// Throws qbr::QbrError (a file exists, the folder cannot be written,
// qbr::NoSpace) or a UNO exception; a file is complete or absent.
void writeReport(const css::uno::Reference<css::frame::XDesktop2>& desktop,
                 const SurveyResult& result, const ReportRequest& request);

}  // namespace alliance::survey
