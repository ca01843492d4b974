// Everything one partner's QBR workbook shows, decided in plain C++ from the
// portfolio: the writer only puts it into cells.
#pragma once

#include <array>
#include <cstdint>
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

// Who a review is for. The partner's executive reads the review both companies
// look at together: no internal verdicts (action, quarters red), the warning
// signs as joint topics. Our own preparation adds the verdicts, our course
// corrections and the questions to raise.
enum class Audience : std::uint8_t { Partner, Internal };

// One commitment agreed at a review: who, what, by when, and whether it was kept
// (or, in this meeting's table, which side), as written there.
struct Commitment {
  Value owner;
  Value what;
  Value due;
  Value kept;
};
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
  Audience audience = Audience::Partner;
  // From the portfolio's Settings: the page header's first company, the currency
  // of the revenue figures, the paper (nullopt: the office's own).
  std::u16string ourCompany;
  std::optional<std::string> currency;
  std::optional<portfolio::Paper> paper;
  // The commitments of last quarter's review, when one was found (the generator
  // reads it); nullopt: none was.
  std::optional<std::vector<Commitment>> lastCommitments;
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
                                  Quarter quarter, Language language,
                                  Audience audience = Audience::Partner);
[[nodiscard]] QbrContent buildQbr(const Portfolio& portfolio, const PartnerRow& partner,
                                  Quarter quarter);

}  // namespace alliance::qbr
