#include "sidebar/panel_text.h"

#include <fmt/format.h>

#include <array>
#include <cstddef>

#include "core/text.h"

namespace alliance::sidebar {

namespace {

struct Entry {
  Text id;
  std::string_view english;
  std::string_view german;
};

// In the order of the Text enumeration (checked by a test).
constexpr std::array kTexts = {
    Entry{Text::NoPartnerTitle, "No partner at the cursor", "Kein Partner am Cursor"},
    Entry{Text::HintNoPartnerSheet,
          "This workbook holds no partners yet. To start, choose New alliance workbook below: "
          "it opens the partner portfolio template. Or write a header row with a Partner column "
          "and metric columns such as Trust and JBP, then one partner a row.",
          "Diese Arbeitsmappe enthält noch keine Partner. Wählen Sie zum Beginnen unten Neue "
          "Allianz-Arbeitsmappe: Sie öffnet die Vorlage für das Partnerportfolio. Oder schreiben "
          "Sie eine Kopfzeile mit einer Spalte Partner und Kennzahlenspalten wie Trust und JBP, "
          "darunter einen Partner je Zeile."},
    Entry{Text::HintNotOnPartnerRow,
          "Put the cursor on a partner's row in the sheet {0} to see that partner's scorecard "
          "here.",
          "Setzen Sie den Cursor in die Zeile eines Partners im Tabellenblatt {0}, um hier "
          "seine Scorecard zu sehen."},
    Entry{Text::UnnamedPartner, "(partner without a name)", "(Partner ohne Namen)"},
    Entry{Text::Health, "Health {0}: {1}", "Gesundheit {0}: {1}"},
    Entry{Text::HealthNotAvailable, "Health: not available", "Gesundheit: nicht verfügbar"},
    Entry{Text::PreviousHealth, "Last quarter {0}", "Letztes Quartal {0}"},
    Entry{Text::Strategy, "Strategy", "Strategie"},
    Entry{Text::Execution, "Execution", "Umsetzung"},
    Entry{Text::Commitment, "Commitment", "Engagement"},
    Entry{Text::Trust, "Trust", "Vertrauen"},
    Entry{Text::Governance, "Governance", "Steuerung"},
    Entry{Text::NotAvailable, "n/a", "k. A."},
    Entry{Text::WarningSigns, "Warning signs: {0}", "Warnsignale: {0}"},
    Entry{Text::NoWarningSign, "No warning sign fires.", "Kein Warnsignal."},
    Entry{Text::WhatToDo, "What to do: {0}", "Was zu tun ist: {0}"},
    Entry{Text::PortfolioAction, "Portfolio action: {0}", "Portfolio-Maßnahme: {0}"},
    Entry{Text::CannotScore, "The metrics cannot be scored. {0}",
          "Die Kennzahlen lassen sich nicht bewerten. {0}"},
    Entry{Text::ActionsHeading, "Actions", "Aktionen"},
    Entry{Text::NewWorkbook, "New alliance workbook", "Neue Allianz-Arbeitsmappe"},
    Entry{Text::QbrForPartner, "QBR for this partner", "QBR für diesen Partner"},
    Entry{Text::QbrForAll, "QBRs for all partners", "QBRs für alle Partner"},
    Entry{Text::CheckWorkbook, "Check workbook", "Arbeitsmappe prüfen"},
    Entry{Text::ResultsHeading, "Results", "Ergebnisse"},
    Entry{Text::ChooseQbrFolder, "Folder for the QBR workbooks",
          "Ordner für die QBR-Arbeitsmappen"},
    Entry{Text::QbrProgress, "Making QBR workbooks", "QBR-Arbeitsmappen werden erstellt"},
    Entry{Text::QbrWritten, "Wrote {0} of {1} QBR workbooks to {2}",
          "{0} von {1} QBR-Arbeitsmappen nach {2} geschrieben"},
    Entry{Text::QbrKept,
          "{0} exists and was kept: nothing is replaced. Move or delete it to make it again.",
          "{0} ist schon vorhanden und bleibt: Nichts wird ersetzt. Verschieben oder löschen Sie "
          "die Datei, um sie neu zu erstellen."},
    Entry{Text::QbrPartnerFailed, "{0}: {1}", "{0}: {1}"},
    Entry{Text::QbrNeedsPartner, "Put the cursor on a partner's row first.",
          "Setzen Sie den Cursor zuerst in die Zeile eines Partners."},
    Entry{Text::QbrNeedsPortfolio,
          "A QBR is made from a portfolio workbook with Portfolio, History and Plan sheets. {0}",
          "Ein QBR entsteht aus einer Portfolio-Arbeitsmappe mit den Blättern Portfolio, History "
          "und Plan. {0}"},
    Entry{Text::QbrNoQuarter,
          "The Settings sheet has no Current quarter, so the QBR cannot tell which quarter it "
          "reviews. Write one, like 2026-Q4, beside Current quarter.",
          "Das Blatt Settings nennt kein Current quarter, also weiß der QBR nicht, welches "
          "Quartal er betrachtet. Tragen Sie eines wie 2026-Q4 neben Current quarter ein."},
    Entry{Text::QbrNoFolder, "No folder chosen: nothing was written.",
          "Kein Ordner gewählt: Nichts wurde geschrieben."},
    Entry{Text::CheckClean, "No problems found: {0} partners checked.",
          "Keine Probleme gefunden: {0} Partner geprüft."},
    Entry{Text::CheckSummary, "{0} errors, {1} warnings:", "{0} Fehler, {1} Warnungen:"},
    Entry{Text::TemplateMissing, "The template {0} is missing from the extension.",
          "Die Vorlage {0} fehlt in der Erweiterung."},
    Entry{Text::NewWorkbookOpened, "Opened a new workbook from the template {0}.",
          "Neue Arbeitsmappe aus der Vorlage {0} geöffnet."},
    Entry{Text::PanelFailure, "The Alliance panel could not do this: {0}",
          "Das Allianz-Panel konnte das nicht ausführen: {0}"},
};

constexpr bool inEnumerationOrder() {
  for (std::size_t i = 0; i < kTexts.size(); ++i) {
    if (static_cast<std::size_t>(kTexts[i].id) != i) {
      return false;
    }
  }
  return kTexts.size() == static_cast<std::size_t>(Text::PanelFailure) + 1;
}
static_assert(inEnumerationOrder(), "every Text has exactly one entry, in enumeration order");

}  // namespace

Language languageForLocale(std::u16string_view tag) {
  return alliance::languageForLocale(toUtf8(tag));
}

std::string_view text(Text id, Language language) {
  const Entry& entry = kTexts.at(static_cast<std::size_t>(id));
  return language == Language::German ? entry.german : entry.english;
}

std::string format(Text id, Language language, std::string_view a0, std::string_view a1,
                   std::string_view a2) {
  return fmt::format(fmt::runtime(text(id, language)), a0, a1, a2);
}

}  // namespace alliance::sidebar
