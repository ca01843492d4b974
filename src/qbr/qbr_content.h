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
#include "portfolio/portfolio.h"
#include "portfolio/scorecard.h"

namespace alliance::qbr {

using portfolio::HistoryEntry;
using portfolio::Milestone;
using portfolio::PartnerRow;
using portfolio::Portfolio;
using portfolio::Quarter;
using portfolio::Value;

inline constexpr std::size_t kMaxHistoryPoints = 8;
inline constexpr std::size_t kMaxMilestones = 12;

struct QbrContent {
  std::u16string partner;
  Quarter quarter;
  // As written in the portfolio, in metric order: the sixteen the review's metric block
  // (H5:H20 of the QBR template) holds and its live formulas score.
  std::array<Value, kScoredMetricCount> metrics;
  // The partner's scores as every front shows them (portfolio/scorecard.h), with
  // the portfolio's Settings; the writer copies weights and bands into the
  // review so its live formulas show the same numbers.
  double health = 0.0;
  Status status = Status::Red;
  DimensionScores dimensions;
  Weights weights;
  StatusBands bands;
  std::optional<double> previousHealth;
  std::array<std::optional<double>, kDimensionCount> previousDimensions;
  std::optional<double> quartersRed;
  std::vector<Warning> warnings;      // in code order
  std::vector<HistoryEntry> history;  // oldest first, this quarter last
  std::vector<Milestone> milestones;
  bool hasPlan = false;
  Language language = kDefaultLanguage;  // of the fixed texts and course corrections
  // The summary paragraph, written as text in the review's language with the
  // portfolio's weights and bands (ALLIANCE_QBR_SUMMARY knows neither).
  std::string summary;
};

// Throws QbrError when the partner cannot be scored (the scorecard's problem:
// the sentence ALLIANCE_CHECK gives, or unusable Settings) or the portfolio has
// no History sheet.
// The review's fixed texts, course corrections and summary are in `language`;
// the three-argument form writes English.
[[nodiscard]] QbrContent buildQbr(const Portfolio& portfolio, const PartnerRow& partner,
                                  Quarter quarter, Language language);
[[nodiscard]] QbrContent buildQbr(const Portfolio& portfolio, const PartnerRow& partner,
                                  Quarter quarter);

}  // namespace alliance::qbr
