#include "core/warnings.h"

#include <array>
#include <bit>

#include "core/compare.h"

namespace alliance {

namespace {

// The course corrections are texts of the catalogue (po/), named by the code.
constexpr std::array<WarningInfo, kWarningCount> kWarnings = {{
    {Warning::MapIncomplete, "W01", "Strategic map incomplete",
     text::WarningSign::CourseCorrectionW01},
    {Warning::NoExecSignoff, "W02", "No executive sign-off",
     text::WarningSign::CourseCorrectionW02},
    {Warning::GoalsMisaligned, "W03", "Goals misaligned", text::WarningSign::CourseCorrectionW03},
    {Warning::AccountConflicts, "W04", "Account conflicts", text::WarningSign::CourseCorrectionW04},
    {Warning::NoSalesSponsor, "W05", "No sales executive sponsor",
     text::WarningSign::CourseCorrectionW05},
    {Warning::ResourcesWithdrawn, "W06", "Resources withdrawn",
     text::WarningSign::CourseCorrectionW06},
    {Warning::ManagerChurn, "W07", "Alliance manager churn",
     text::WarningSign::CourseCorrectionW07},
    {Warning::GovernanceLapsed, "W08", "Governance lapsed", text::WarningSign::CourseCorrectionW08},
    {Warning::RevenueBehind, "W09", "Revenue behind plan", text::WarningSign::CourseCorrectionW09},
    {Warning::NoExitPlan, "W10", "No exit plan", text::WarningSign::CourseCorrectionW10},
    {Warning::TrustGap, "W11", "Trust perception gap", text::WarningSign::CourseCorrectionW11},
    {Warning::UnansweredChange, "W12", "Unanswered relationship change",
     text::WarningSign::CourseCorrectionW12},
    {Warning::HealthDeclining, "W13", "Health declining", text::WarningSign::CourseCorrectionW13},
}};

}  // namespace

std::span<const WarningInfo, kWarningCount> warningTable() { return kWarnings; }

const WarningInfo& warningInfo(Warning w) { return kWarnings[static_cast<std::size_t>(w)]; }

std::string_view courseCorrection(Warning w, Language language) {
  return text::get(warningInfo(w).courseCorrection, language);
}

namespace {

// In code order, like kWarnings.
constexpr std::array<text::WarningSign, kWarningCount> kTopics{
    text::WarningSign::TopicW01, text::WarningSign::TopicW02, text::WarningSign::TopicW03,
    text::WarningSign::TopicW04, text::WarningSign::TopicW05, text::WarningSign::TopicW06,
    text::WarningSign::TopicW07, text::WarningSign::TopicW08, text::WarningSign::TopicW09,
    text::WarningSign::TopicW10, text::WarningSign::TopicW11, text::WarningSign::TopicW12,
    text::WarningSign::TopicW13};
constexpr std::array<text::WarningSign, kWarningCount> kJointActions{
    text::WarningSign::JointW01, text::WarningSign::JointW02, text::WarningSign::JointW03,
    text::WarningSign::JointW04, text::WarningSign::JointW05, text::WarningSign::JointW06,
    text::WarningSign::JointW07, text::WarningSign::JointW08, text::WarningSign::JointW09,
    text::WarningSign::JointW10, text::WarningSign::JointW11, text::WarningSign::JointW12,
    text::WarningSign::JointW13};
constexpr std::array<text::WarningSign, kWarningCount> kQuestions{
    text::WarningSign::QuestionW01, text::WarningSign::QuestionW02, text::WarningSign::QuestionW03,
    text::WarningSign::QuestionW04, text::WarningSign::QuestionW05, text::WarningSign::QuestionW06,
    text::WarningSign::QuestionW07, text::WarningSign::QuestionW08, text::WarningSign::QuestionW09,
    text::WarningSign::QuestionW10, text::WarningSign::QuestionW11, text::WarningSign::QuestionW12,
    text::WarningSign::QuestionW13};

}  // namespace

std::string_view jointTopic(Warning w, Language language) {
  return text::get(kTopics.at(static_cast<std::size_t>(w)), language);
}

std::string_view jointAction(Warning w, Language language) {
  return text::get(kJointActions.at(static_cast<std::size_t>(w)), language);
}

std::string_view questionToRaise(Warning w, Language language) {
  return text::get(kQuestions.at(static_cast<std::size_t>(w)), language);
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
  // Version 2: only a workbook that gives these metrics can see these signs.
  if (const auto gap = v.find(Metric::TrustGap)) {
    fireIf(Warning::TrustGap, atLeast(*gap, 1.0));
  }
  if (const auto open = v.find(Metric::OpenChanges)) {
    fireIf(Warning::UnansweredChange, above(*open, 0.0));
  }
  if (const auto declining = v.find(Metric::QuartersDeclining)) {
    fireIf(Warning::HealthDeclining, atLeast(*declining, 2.0));
  }
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
