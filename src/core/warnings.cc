#include "core/warnings.h"

#include <bit>

#include "core/compare.h"

namespace alliance {

namespace {

constexpr std::array<WarningInfo, kWarningCount> kWarnings = {{
    {Warning::MapIncomplete, "W01", "Strategic map incomplete",
     "Complete the Shared Strategic Map together with the partner, starting with the value "
     "proposition to the customer and the target account base, and walk both leadership teams "
     "through it.",
     "Vervollständigen Sie die gemeinsame strategische Landkarte zusammen mit dem Partner, "
     "beginnend mit dem Nutzenversprechen für den Kunden und den Zielkunden, und gehen Sie "
     "sie mit beiden Führungsteams durch."},
    {Warning::NoExecSignoff, "W02", "No executive sign-off",
     "Take the strategic map to both companies' executive sponsors and get their sign-off "
     "before committing more people or money.",
     "Legen Sie die strategische Landkarte den Executive Sponsors beider Unternehmen vor "
     "und holen Sie deren Freigabe ein, bevor Sie weitere Mitarbeiter oder Mittel "
     "einsetzen."},
    {Warning::GoalsMisaligned, "W03", "Goals misaligned",
     "Rate each goal with the partner side by side, discuss the largest gaps openly, and agree "
     "the few measurable goals that both companies will fund.",
     "Bewerten Sie jedes Ziel gemeinsam mit dem Partner, sprechen Sie die größten "
     "Abweichungen offen an und einigen Sie sich auf wenige messbare Ziele, die beide "
     "Unternehmen finanzieren."},
    {Warning::AccountConflicts, "W04", "Account conflicts",
     "Agree who leads on each shared account and the rules of engagement for joint customers, "
     "so that the two sales forces stop competing for the same deals.",
     "Legen Sie für jeden gemeinsamen Account fest, wer die Führung hat, und vereinbaren "
     "Sie Spielregeln für gemeinsame Kunden, damit die beiden Vertriebsteams nicht länger "
     "um dieselben Geschäfte konkurrieren."},
    {Warning::NoSalesSponsor, "W05", "No sales executive sponsor",
     "Name a sales executive sponsor for every joint initiative; without one, joint deals "
     "stall in the field.",
     "Benennen Sie für jede gemeinsame Initiative einen Sponsor aus der Vertriebsleitung; "
     "ohne ihn kommen gemeinsame Geschäfte im Vertrieb nicht voran."},
    {Warning::ResourcesWithdrawn, "W06", "Resources withdrawn",
     "Restore the people and budget that were committed, or reset the plan openly to what the "
     "resources in place can deliver; quiet cuts are the most common way alliances die.",
     "Stellen Sie die zugesagten Mitarbeiter und Mittel wieder bereit oder passen Sie den "
     "Plan offen an das an, was die vorhandenen Ressourcen leisten können; stille Kürzungen "
     "sind der häufigste Grund, an dem Allianzen scheitern."},
    {Warning::ManagerChurn, "W07", "Alliance manager churn",
     "Keep the alliance manager in the role for the coming quarters and plan hand-overs with "
     "the partner; frequent changes are both a symptom and a cause of failure.",
     "Lassen Sie den Allianzmanager in den kommenden Quartalen in seiner Rolle und planen "
     "Sie Übergaben gemeinsam mit dem Partner; häufige Wechsel sind zugleich Symptom und "
     "Ursache des Scheiterns."},
    {Warning::GovernanceLapsed, "W08", "Governance lapsed",
     "Document the joint business plan and put the next quarterly business review in both "
     "sides' calendars: inspect what you expect.",
     "Dokumentieren Sie den gemeinsamen Geschäftsplan und tragen Sie das nächste Quarterly "
     "Business Review in die Kalender beider Seiten ein: Was nicht überprüft wird, "
     "geschieht nicht."},
    {Warning::RevenueBehind, "W09", "Revenue behind plan",
     "Review the joint pipeline deal by deal with the partner, find where joint selling "
     "stalls, and agree a recovery plan with owners and dates.",
     "Gehen Sie die gemeinsame Pipeline mit dem Partner Geschäft für Geschäft durch, finden "
     "Sie heraus, wo der gemeinsame Vertrieb ins Stocken gerät, und vereinbaren Sie einen "
     "Aufholplan mit Verantwortlichen und Terminen."},
    {Warning::NoExitPlan, "W10", "No exit plan",
     "Agree an exit plan while the relationship is good, so that both sides could part "
     "without harming customers or each other.",
     "Vereinbaren Sie einen Ausstiegsplan, solange die Beziehung gut ist, damit sich beide "
     "Seiten trennen könnten, ohne Kunden oder einander zu schaden."},
}};

}  // namespace

std::span<const WarningInfo, kWarningCount> warningTable() { return kWarnings; }

const WarningInfo& warningInfo(Warning w) { return kWarnings[static_cast<std::size_t>(w)]; }

std::string_view courseCorrection(Warning w, Language language) {
  const WarningInfo& info = warningInfo(w);
  return language == Language::German ? info.courseCorrectionDe : info.courseCorrection;
}

int WarningSet::count() const { return std::popcount(bits_); }

WarningSet evaluateWarnings(const MetricValues& v) {
  WarningSet out;
  const auto fireIf = [&out](Warning w, bool condition) {
    if (condition) {
      out.add(w);
    }
  };
  const auto isNo = [&v](Metric m) { return v.find(m) == 0.0; };

  if (const auto map = v.find(Metric::MapElements)) {
    fireIf(Warning::MapIncomplete, below(*map, 8.0));
  }
  fireIf(Warning::NoExecSignoff, isNo(Metric::ExecSignoff));
  if (const auto goals = v.find(Metric::GoalAlignment)) {
    fireIf(Warning::GoalsMisaligned, below(*goals, 0.6));
  }
  if (const auto conflicts = v.find(Metric::AccountConflicts)) {
    fireIf(Warning::AccountConflicts, above(*conflicts, 0.0));
  }
  fireIf(Warning::NoSalesSponsor, isNo(Metric::SalesSponsor));
  const auto committed = v.find(Metric::ResourcesCommitted);
  const auto inPlace = v.find(Metric::ResourcesActual);
  if (committed && inPlace) {
    fireIf(Warning::ResourcesWithdrawn, below(*inPlace, 0.8 * *committed));
  }
  if (const auto changes = v.find(Metric::ManagerChanges)) {
    fireIf(Warning::ManagerChurn, atLeast(*changes, 2.0));
  }
  const auto days = v.find(Metric::DaysSinceQbr);
  fireIf(Warning::GovernanceLapsed, isNo(Metric::Jbp) || (days && above(*days, 100.0)));
  const auto target = v.find(Metric::RevenueTarget);
  const auto actual = v.find(Metric::RevenueActual);
  if (target && actual) {
    fireIf(Warning::RevenueBehind, below(*actual / *target, 0.7));
  }
  fireIf(Warning::NoExitPlan, isNo(Metric::ExitPlan));
  return out;
}

std::string joinWarningTitles(WarningSet warnings, std::string_view separator) {
  std::string out;
  for (const WarningInfo& info : kWarnings) {
    if (!warnings.contains(info.id)) {
      continue;
    }
    if (!out.empty()) {
      out.append(separator);
    }
    out.append(info.title);
  }
  return out;
}

}  // namespace alliance
