// What a merged health check writes into the partner's portfolio row, decided
// in plain C++ from the portfolio model (the one rule for which rows are
// partners): trust, trust_gap and goal_alignment, in the columns whose headings
// name them. The command line and any other front only apply the edits.
#pragma once

#include <string>
#include <vector>

#include "portfolio/portfolio.h"
#include "portfolio/quarter_close.h"
#include "survey/aggregate.h"

namespace alliance::survey {

struct PortfolioUpdate {
  std::vector<portfolio::CellEdit> edits;
  // The metrics not written, each with why ("trust_gap: the portfolio has no Trust
  // gap column"; "goal_alignment: no goal rated by both sides").
  std::vector<std::string> notWritten;
};

// Throws portfolio::WorkbookError when the portfolio lists no such partner.
[[nodiscard]] PortfolioUpdate planPortfolioUpdate(const portfolio::Portfolio& portfolio,
                                                  std::u16string_view partner,
                                                  const SurveyResult& result);

}  // namespace alliance::survey
