// One partner's scores as every front shows them: the sheet's formulas compute
// the same with the same Settings, and the sidebar, `alliancecalc score` and the
// QBRs take them from here, so a partner has one health, one status and one set
// of warnings wherever it is shown.
#pragma once

#include <optional>
#include <string>

#include "core/metrics.h"
#include "core/programme.h"
#include "core/scoring.h"
#include "core/warnings.h"
#include "portfolio/portfolio.h"

namespace alliance::portfolio {

struct Scorecard {
  std::u16string partner;
  // Why the partner cannot be scored (a full sentence): invalid metrics (the
  // sentence ALLIANCE_CHECK gives), no metric filled in, or unusable Settings.
  std::optional<std::string> problem;
  MetricValues values;
  DimensionScores dimensions;
  std::optional<double> health;  // rounded as the functions return it
  std::optional<Status> status;
  WarningSet warnings;
  std::optional<double> previousHealth;
  std::optional<double> quartersRed;
  std::optional<Action> action;
  // Why there is no action although there is a health: Previous health or
  // Quarters red cannot be read (the sheet's ALLIANCE_ACTION shows an error).
  std::optional<std::string> actionProblem;

  [[nodiscard]] bool scored() const { return health.has_value(); }
};

// The partner's row with the portfolio's Settings. Never throws for anything in
// the workbook.
[[nodiscard]] Scorecard scorePartner(const Portfolio& portfolio, const PartnerRow& partner);

// Metrics read elsewhere (a scorecard sheet's block), scored with `settings`.
[[nodiscard]] Scorecard scoreMetrics(const PortfolioSettings& settings, const MetricValues& values,
                                     std::optional<double> previousHealth,
                                     std::optional<double> quartersRed);

}  // namespace alliance::portfolio
