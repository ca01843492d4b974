#include "addin/function_catalog.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace alliance::addin {

namespace {

constexpr ParameterSpec kMetrics{
    "metrics",
    "The partner's metrics: a two-column block of names and values, or one row or column of "
    "values whose names are given in labels.",
    "Die Kennzahlen des Partners: ein zweispaltiger Block aus Namen und Werten oder eine Zeile "
    "oder Spalte mit Werten, deren Namen in labels stehen."};
constexpr ParameterSpec kLabels{
    "labels",
    "Optional. The metric names for a row or column of values, a range of the same size (for "
    "example the header row of a portfolio sheet). Leave it out for a two-column block.",
    "Optional. Die Namen der Kennzahlen zu einer Zeile oder Spalte mit Werten, ein Bereich "
    "derselben Größe (zum Beispiel die Kopfzeile eines Portfolioblatts). Bei einem "
    "zweispaltigen Block weglassen."};

constexpr std::array kHealthParams{
    kMetrics, kLabels,
    ParameterSpec{"weights",
                  "Optional. Five weights of 0 or more for strategy, execution, commitment, "
                  "trust and governance. Default 0.25; 0.30; 0.20; 0.15; 0.10.",
                  "Optional. Fünf Gewichte ab 0 für Strategie, Umsetzung, Engagement, "
                  "Vertrauen und Steuerung, in dieser Reihenfolge. Standard: 0,25; 0,30; 0,20; "
                  "0,15; 0,10."}};

constexpr std::array kDimensionParams{
    kMetrics,
    ParameterSpec{"name", "The dimension: strategy, execution, commitment, trust or governance.",
                  "Die Dimension, auf Englisch angegeben: strategy (Strategie), execution "
                  "(Umsetzung), commitment (Engagement), trust (Vertrauen) oder governance "
                  "(Steuerung)."},
    kLabels};

constexpr std::array kStatusParams{
    ParameterSpec{"health", "A health score from 0 to 100, for example from ALLIANCE_HEALTH.",
                  "Ein Health-Score von 0 bis 100, zum Beispiel aus ALLIANCE_HEALTH."},
    ParameterSpec{"green_at", "Optional. The lowest health that counts as Green. Default 70.",
                  "Optional. Der niedrigste Health-Score, der als Green (grün) gilt. "
                  "Standard: 70."},
    ParameterSpec{"amber_at", "Optional. The lowest health that counts as Amber. Default 50.",
                  "Optional. Der niedrigste Health-Score, der als Amber (gelb) gilt. "
                  "Standard: 50."}};

constexpr std::array kWarningsParams{
    kMetrics, kLabels,
    ParameterSpec{"separator", "Optional. The text put between two warning titles. Default \"; \".",
                  "Optional. Der Text zwischen zwei Warnsignalen. Standard: „; “."}};

constexpr std::array kMetricsOnlyParams{kMetrics, kLabels};

constexpr std::array kAlignmentParams{
    ParameterSpec{"ours", "Our company's ratings, for example of the goals or trust principles.",
                  "Die Bewertungen des eigenen Unternehmens, zum Beispiel der Ziele oder der "
                  "Vertrauensprinzipien."},
    ParameterSpec{"theirs", "The partner's ratings of the same items, a range of the same shape.",
                  "Die Bewertungen des Partners zu denselben Punkten, ein Bereich derselben "
                  "Form."},
    ParameterSpec{"scale_min", "Optional. The lowest rating on the scale. Default 1.",
                  "Optional. Die niedrigste Bewertung der Skala. Standard: 1."},
    ParameterSpec{"scale_max", "Optional. The highest rating on the scale. Default 5.",
                  "Optional. Die höchste Bewertung der Skala. Standard: 5."}};

constexpr std::array kMaturityParams{ParameterSpec{
    "answers",
    "Up to ten answers to the alliance programme checklist: yes, partial, no (or empty), or a "
    "number from 0 to 1.",
    "Bis zu zehn Antworten auf die Checkliste des Allianzprogramms: yes (ja), partial "
    "(teilweise), no (nein) oder leer, oder eine Zahl von 0 bis 1."}};

constexpr std::array kMaturityLevelParams{
    ParameterSpec{"score", "A maturity score from 0 to 10, for example from ALLIANCE_MATURITY.",
                  "Ein Reifegrad von 0 bis 10, zum Beispiel aus ALLIANCE_MATURITY."}};

constexpr std::array kActionParams{
    ParameterSpec{"health", "The partner's health score now, 0 to 100.",
                  "Der aktuelle Health-Score des Partners, 0 bis 100."},
    ParameterSpec{"previous_health", "Optional. The health score last quarter, 0 to 100.",
                  "Optional. Der Health-Score im Vorquartal, 0 bis 100."},
    ParameterSpec{"quarters_red", "Optional. How many quarters in a row the partner has been Red.",
                  "Optional. Wie viele Quartale in Folge der Partner auf Red (rot) stand."}};

constexpr std::array kQbrParams{
    kMetrics, kLabels,
    ParameterSpec{"previous_health",
                  "Optional. The health score last quarter, to report the change.",
                  "Optional. Der Health-Score im Vorquartal, um die Veränderung zu nennen."}};

constexpr std::array kAccountKeyParams{
    ParameterSpec{"name", "A company name, a web domain or address, or an e-mail address.",
                  "Ein Firmenname, eine Domain oder Webadresse oder eine E-Mail-Adresse."}};

constexpr ParameterSpec kOurAccounts{
    "ours", "Our accounts: a column (or any range) of company names, domains or e-mail addresses.",
    "Die eigenen Accounts: eine Spalte (oder ein beliebiger Bereich) mit Firmennamen, Domains "
    "oder E-Mail-Adressen."};
constexpr ParameterSpec kTheirAccounts{
    "theirs", "The partner's accounts, a range of any shape and size.",
    "Die Accounts des Partners, ein Bereich beliebiger Form und Größe."};
constexpr std::array kOverlapParams{kOurAccounts, kTheirAccounts};

constexpr std::array kMatchParams{
    ParameterSpec{"name", "The account to look for: a company name, domain or e-mail address.",
                  "Der gesuchte Account: ein Firmenname, eine Domain oder eine "
                  "E-Mail-Adresse."},
    ParameterSpec{"list", "The accounts to search, a range of any shape.",
                  "Die zu durchsuchenden Accounts, ein Bereich beliebiger Form."}};

constexpr std::array kHashParams{
    ParameterSpec{"name", "A company name, domain or e-mail address.",
                  "Ein Firmenname, eine Domain oder eine E-Mail-Adresse."},
    ParameterSpec{"secret",
                  "A secret text agreed with the partner; both sides must use the same one.",
                  "Ein mit dem Partner vereinbarter geheimer Text; beide Seiten müssen denselben "
                  "verwenden."}};

constexpr std::array<FunctionSpec, 16> kFunctions{{
    {"allianceHealth", "ALLIANCE_HEALTH",
     "Returns the health score of an alliance, 0 to 100: the weighted mean of its strategy, "
     "execution, commitment, trust and governance scores.",
     "Gibt den Health-Score einer Allianz von 0 bis 100 zurück: den gewichteten Mittelwert "
     "ihrer Werte für Strategie, Umsetzung, Engagement, Vertrauen und Steuerung.",
     kHealthParams},
    {"allianceDimension", "ALLIANCE_DIMENSION",
     "Returns one dimension's score, 0 to 100, or #N/A when none of its metrics is known.",
     "Gibt den Wert einer Dimension von 0 bis 100 zurück, oder #NV, wenn keine ihrer Kennzahlen "
     "bekannt ist.",
     kDimensionParams},
    {"allianceStatus", "ALLIANCE_STATUS",
     "Returns the status of a health score: Green, Amber or Red.",
     "Gibt den Status eines Health-Scores als englisches Wort zurück: Green (grün), Amber (gelb) "
     "oder Red (rot).",
     kStatusParams},
    {"allianceWarnings", "ALLIANCE_WARNINGS",
     "Returns the titles of the warning signs of a failing alliance that fire for this "
     "partner, or empty text when none fires.",
     "Gibt die englischen Titel der Warnsignale einer scheiternden Allianz zurück, die bei "
     "diesem Partner anschlagen, oder leeren Text, wenn keines anschlägt.",
     kWarningsParams},
    {"allianceWarningCount", "ALLIANCE_WARNING_COUNT",
     "Returns how many warning signs of a failing alliance fire for this partner.",
     "Gibt zurück, wie viele Warnsignale einer scheiternden Allianz bei diesem Partner "
     "anschlagen.",
     kMetricsOnlyParams},
    {"allianceAlignment", "ALLIANCE_ALIGNMENT",
     "Returns how closely two companies' ratings agree, from 0 (opposite) to 1 (the same). "
     "Items rated by one side only are skipped.",
     "Gibt zurück, wie gut die Bewertungen zweier Unternehmen übereinstimmen, von 0 "
     "(gegensätzlich) bis 1 (gleich). Punkte, die nur eine Seite bewertet hat, zählen nicht.",
     kAlignmentParams},
    {"allianceMaturity", "ALLIANCE_MATURITY",
     "Returns the alliance programme maturity score, 0 to 10, from the answers to the "
     "ten-question checklist.",
     "Gibt den Reifegrad des Allianzprogramms von 0 bis 10 zurück, ermittelt aus den Antworten "
     "auf die Checkliste mit zehn Fragen.",
     kMaturityParams},
    {"allianceMaturityLevel", "ALLIANCE_MATURITY_LEVEL",
     "Returns the maturity level of a checklist score: Ad hoc, Developing, Defined, Managed "
     "or Optimised.",
     "Gibt die Reifestufe zu einem Checklistenwert als englischen Begriff zurück: Ad hoc, "
     "Developing, Defined, Managed oder Optimised.",
     kMaturityLevelParams},
    {"allianceAction", "ALLIANCE_ACTION",
     "Returns the portfolio course correction for a partner: Grow, Sustain, Fix or Exit "
     "review.",
     "Gibt die Kurskorrektur im Portfolio für einen Partner als englischen Begriff zurück: Grow "
     "(ausbauen), Sustain (halten), Fix (in Ordnung bringen) oder Exit review (Ausstieg "
     "prüfen).",
     kActionParams},
    {"allianceQbrSummary", "ALLIANCE_QBR_SUMMARY",
     "Returns a one-paragraph summary of the partner for a quarterly business review.",
     "Gibt eine Zusammenfassung des Partners in einem Absatz für das Quarterly Business Review "
     "(QBR) zurück, auf Englisch.",
     kQbrParams},
    {"allianceCheck", "ALLIANCE_CHECK",
     "Returns OK, or a sentence explaining the first problem in the metrics: use it to find "
     "out why another function shows an error.",
     "Gibt OK zurück oder einen englischen Satz, der das erste Problem in den Kennzahlen "
     "erklärt: So finden Sie heraus, warum eine andere Funktion einen Fehler zeigt.",
     kMetricsOnlyParams},
    {"allianceAccountKey", "ALLIANCE_ACCOUNT_KEY",
     "Returns the matching key of a company name, domain, web address or e-mail address, so "
     "that \"ACME Inc.\" and \"Acme, Incorporated\" match. Free-mail addresses give empty text.",
     "Gibt den Abgleichschlüssel eines Firmennamens, einer Domain, einer Webadresse oder einer "
     "E-Mail-Adresse zurück, sodass „ACME Inc.“ und „Acme, Incorporated“ übereinstimmen. "
     "Adressen bei Freemail-Anbietern ergeben leeren Text.",
     kAccountKeyParams},
    {"allianceOverlap", "ALLIANCE_OVERLAP",
     "Returns how many distinct accounts the two lists have in common, matched by account key.",
     "Gibt zurück, wie viele verschiedene Accounts die beiden Listen gemeinsam haben, "
     "abgeglichen über den Account-Schlüssel.",
     kOverlapParams},
    {"allianceOverlapList", "ALLIANCE_OVERLAP_LIST",
     "Returns, as a column, the accounts of ours (as written there) that the partner's list "
     "also holds, each once, in the order of ours.",
     "Gibt als Spalte die Accounts aus ours (so geschrieben wie dort) zurück, die auch in der "
     "Liste des Partners stehen, jeden einmal, in der Reihenfolge von ours.",
     kOverlapParams},
    {"allianceMatch", "ALLIANCE_MATCH",
     "Returns the position in the list of the first account with the same key as name, or "
     "#N/A when there is none.",
     "Gibt die Position des ersten Accounts in der Liste zurück, der denselben Schlüssel wie "
     "name hat, oder #NV, wenn es keinen gibt.",
     kMatchParams},
    {"allianceAccountHash", "ALLIANCE_ACCOUNT_HASH",
     "Returns a hash of the account key under a shared secret (HMAC-SHA-256, hexadecimal), so "
     "two partners can compare account lists without showing them to each other.",
     "Gibt einen Hash des Account-Schlüssels unter einem gemeinsamen Geheimnis zurück "
     "(HMAC-SHA-256, hexadezimal), damit zwei Partner ihre Account-Listen vergleichen können, "
     "ohne sie einander zu zeigen.",
     kHashParams},
}};

bool equalsIgnoringAsciiCase(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::toupper(static_cast<unsigned char>(x)) ==
           std::toupper(static_cast<unsigned char>(y));
  });
}

}  // namespace

std::span<const FunctionSpec> functionCatalog() { return kFunctions; }

const FunctionSpec* findByMethod(std::string_view method) {
  const auto* it = std::find_if(kFunctions.begin(), kFunctions.end(),
                                [&](const FunctionSpec& f) { return f.method == method; });
  return it == kFunctions.end() ? nullptr : it;
}

const FunctionSpec* findByDisplayName(std::string_view displayName) {
  const auto* it = std::find_if(kFunctions.begin(), kFunctions.end(), [&](const FunctionSpec& f) {
    return equalsIgnoringAsciiCase(f.displayName, displayName);
  });
  return it == kFunctions.end() ? nullptr : it;
}

}  // namespace alliance::addin
