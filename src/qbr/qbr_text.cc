#include "qbr/qbr_text.h"

#include <array>

namespace alliance::qbr {

namespace {

constexpr std::array<QbrTextEntry, kQbrTextCount> kTexts = {{
    {QbrText::TitlePrefix, "Quarterly business review: ", "Quartals-Review: "},
    {QbrText::NoWarning, "No warning sign fires.", "Kein Warnsignal schlägt an."},
    {QbrText::NoPlanSheet, "The portfolio has no Plan sheet.",
     "Das Portfolio hat kein Blatt \xE2\x80\x9EPlan\xE2\x80\x9C."},
    {QbrText::NoMilestone, "No milestone recorded for this partner.",
     "Für diesen Partner ist kein Meilenstein erfasst."},
    {QbrText::SummaryUnavailable,
     "No summary: the health last quarter is not a number from 0 to 100.",
     "Keine Zusammenfassung: Der Health-Score des Vorquartals liegt nicht zwischen 0 und 100."},
}};

}  // namespace

std::span<const QbrTextEntry, kQbrTextCount> qbrTextTable() { return kTexts; }

std::string_view qbrText(QbrText id, Language language) {
  const QbrTextEntry& entry = kTexts[static_cast<std::size_t>(id)];
  return language == Language::German ? entry.german : entry.english;
}

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
