#include "qbr/qbr_text.h"

namespace alliance::qbr {

std::string templateFileName(std::string_view stem, std::string_view extension, Language language) {
  std::string name(stem);
  if (language != Language::English) {
    name += "-";
    name += languageCode(language);
  }
  name += extension;
  return name;
}

std::filesystem::path packagedTemplate(const std::filesystem::path& packageFolder,
                                       std::string_view stem, Language language) {
  const std::string file = templateFileName(stem, ".ots", language);
  if (language == Language::English) {
    return packageFolder / "templates" / "AllianceCalc" / file;
  }
  return packageFolder / "localized-templates" / std::string(languageCode(language)) /
         "AllianceCalc" / file;
}

}  // namespace alliance::qbr
