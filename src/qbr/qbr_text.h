// Where a QBR's template is, by language. The texts the generator writes into a
// review are the catalogue's (text::Qbr, po/); the template's own labels come from
// templates/make_qbr.py, from the same catalogue.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "core/language.h"

namespace alliance::qbr {

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
