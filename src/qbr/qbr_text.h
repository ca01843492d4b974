// The fixed texts a QBR workbook gets from the generator, in every language the
// product writes. The template's own labels come from templates/make_qbr.py;
// warning titles and the words the functions compute stay the contract's English.
#pragma once

#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>

#include "core/language.h"

namespace alliance::qbr {

enum class QbrText : std::uint8_t {
  TitlePrefix,         // before "<partner>, <quarter>" in the title cell
  NoWarning,           // the warnings table when none fires
  NoPlanSheet,         // the milestones table when the portfolio has no Plan sheet
  NoMilestone,         // the milestones table when the plan holds none for the partner
  SummaryUnavailable,  // the summary cell when the paragraph cannot be written
};
inline constexpr std::size_t kQbrTextCount = 5;

struct QbrTextEntry {
  QbrText id;
  std::string_view english;
  std::string_view german;
};

// Every text in both languages, in enum order.
[[nodiscard]] std::span<const QbrTextEntry, kQbrTextCount> qbrTextTable();

[[nodiscard]] std::string_view qbrText(QbrText id, Language language);

// The file name of a template in a language: "qbr.fods" in English, "qbr-de.fods"
// in German. The German templates are generated from the same scripts as the
// English ones and keep their layout.
[[nodiscard]] std::string templateFileName(std::string_view stem, std::string_view extension,
                                           Language language);

// Where the installed package keeps a template (.ots) for a language: the English
// ones in templates/AllianceCalc, the German ones in
// localized-templates/de/AllianceCalc (the folder the office adds to its template
// folders when its user interface is German).
[[nodiscard]] std::filesystem::path packagedTemplate(const std::filesystem::path& packageFolder,
                                                     std::string_view stem, Language language);

}  // namespace alliance::qbr
