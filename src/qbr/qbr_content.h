// Everything one partner's QBR workbook shows, decided in plain C++ from the
// portfolio: the writer only puts it into cells.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/language.h"
#include "core/metrics.h"
#include "core/scoring.h"
#include "core/warnings.h"
#include "qbr/portfolio.h"

namespace alliance::qbr {

inline constexpr std::size_t kMaxHistoryPoints = 8;
inline constexpr std::size_t kMaxMilestones = 12;

struct QuarterPoint {
  Quarter quarter;
  std::optional<double> health;
  std::optional<double> revenueTarget;
  std::optional<double> revenueActual;
  std::optional<double> pipeline;
};

struct QbrContent {
  std::u16string partner;
  Quarter quarter;
  std::array<Value, kMetricCount> metrics;  // as written in the portfolio, in metric order
  double health = 0.0;                      // the core's numbers, as the workbook will show
  DimensionScores dimensions;
  std::optional<double> previousHealth;
  std::array<std::optional<double>, kDimensionCount> previousDimensions;
  std::optional<double> quartersRed;
  std::vector<Warning> warnings;      // in code order
  std::vector<QuarterPoint> history;  // oldest first, this quarter last
  std::vector<Milestone> milestones;
  bool hasPlan = false;
  Language language = kDefaultLanguage;  // of the fixed texts and course corrections
  // The summary paragraph written as text, for a language other than English.
  // ALLIANCE_QBR_SUMMARY (the template's live formula) gives the contract's English
  // paragraph only, so an English workbook keeps the formula and this stays empty.
  std::optional<std::string> summary;
};

// Throws InputError when the partner's metrics are invalid (the sentence
// ALLIANCE_CHECK gives), QbrError when the History contradicts itself.
// The review's fixed texts, course corrections and summary are in `language`;
// the three-argument form writes English.
[[nodiscard]] QbrContent buildQbr(const Portfolio& portfolio, const PartnerRow& partner,
                                  Quarter quarter, Language language);
[[nodiscard]] QbrContent buildQbr(const Portfolio& portfolio, const PartnerRow& partner,
                                  Quarter quarter);

}  // namespace alliance::qbr
