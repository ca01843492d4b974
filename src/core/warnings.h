// The warning signs of a failing alliance: the ten of contract section 3 and the
// three of version 2 (section 7), with the course correction recommended for each
// (a text of the catalogue, po/).
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "core/language.h"
#include "core/metrics.h"
#include "text/catalog.h"

namespace alliance {

enum class Warning : std::uint8_t {
  MapIncomplete,       // W01
  NoExecSignoff,       // W02
  GoalsMisaligned,     // W03
  AccountConflicts,    // W04
  NoSalesSponsor,      // W05
  ResourcesWithdrawn,  // W06
  ManagerChurn,        // W07
  GovernanceLapsed,    // W08
  RevenueBehind,       // W09
  NoExitPlan,          // W10
  TrustGap,            // W11
  UnansweredChange,    // W12
  HealthDeclining,     // W13
};
inline constexpr std::size_t kWarningCount = 13;

struct WarningInfo {
  Warning id;
  std::string_view code;               // "W01"
  std::string_view title;              // contract text, never translated
  text::WarningSign courseCorrection;  // what to do about it, in the catalogue
};

// The course correction in a language. Titles have no translation: they are the
// contract's names of the warning signs, as ALLIANCE_WARNINGS shows them in any office.
[[nodiscard]] std::string_view courseCorrection(Warning w, Language language);

// What a review meant for the partner says about a warning sign: the topic both
// companies work on (never the contract's verdict), what both do about it, and
// for our own preparation the question to raise in the meeting.
[[nodiscard]] std::string_view jointTopic(Warning w, Language language);
[[nodiscard]] std::string_view jointAction(Warning w, Language language);
[[nodiscard]] std::string_view questionToRaise(Warning w, Language language);

// In code order.
[[nodiscard]] std::span<const WarningInfo, kWarningCount> warningTable();
[[nodiscard]] const WarningInfo& warningInfo(Warning w);

// The warnings that fire, as a set iterated in code order.
class WarningSet {
 public:
  [[nodiscard]] bool contains(Warning w) const { return (bits_ & bit(w)) != 0; }
  [[nodiscard]] int count() const;
  [[nodiscard]] bool empty() const { return bits_ == 0; }
  void add(Warning w) { bits_ |= bit(w); }

 private:
  static constexpr std::uint16_t bit(Warning w) {
    return static_cast<std::uint16_t>(1U << static_cast<unsigned>(w));
  }
  std::uint16_t bits_ = 0;
  static_assert(kWarningCount <= 16, "one bit a warning");
};

// Each rule is checked only when its inputs are known.
[[nodiscard]] WarningSet evaluateWarnings(const MetricValues& values);

// Titles of the warnings that fire, in code order, joined by `separator`.
[[nodiscard]] std::string joinWarningTitles(WarningSet warnings, std::string_view separator);

}  // namespace alliance
