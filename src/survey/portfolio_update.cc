#include "survey/portfolio_update.h"

#include <fmt/format.h>

#include <optional>
#include <utility>

#include "core/metrics.h"
#include "core/text.h"

namespace alliance::survey {

PortfolioUpdate planPortfolioUpdate(const portfolio::Portfolio& portfolio,
                                    std::u16string_view partner, const SurveyResult& result) {
  const portfolio::PartnerRow* row = portfolio.findPartner(partner);
  if (row == nullptr) {
    throw portfolio::WorkbookError(
        fmt::format("the portfolio lists no partner {}", toUtf8(portfolio::trimmed(partner))));
  }
  PortfolioUpdate out;
  const std::array<std::pair<Metric, std::optional<double>>, 3> values{{
      {Metric::Trust, result.trust},
      {Metric::TrustGap, result.trustGap},
      {Metric::GoalAlignment, result.goalAlignment},
  }};
  for (const auto& [metric, value] : values) {
    const std::string name(metricInfo(metric).name);
    if (!value) {
      out.notWritten.push_back(fmt::format("{}: not known, as {}", name,
                                           metric == Metric::GoalAlignment
                                               ? "no goal was rated by both sides"
                                               : "no trust principle was rated by both sides"));
      continue;
    }
    std::optional<std::size_t> column;
    for (const portfolio::MetricColumn& c : portfolio.metricColumns) {
      if (c.metric == metric) {
        column = c.column;
      }
    }
    if (!column) {
      out.notWritten.push_back(
          fmt::format("{}: the portfolio has no column for it (headed {})", name, name));
      continue;
    }
    out.edits.push_back(
        {portfolio.sheetName, row->row, *column, portfolio::Value::ofNumber(*value)});
  }
  return out;
}

}  // namespace alliance::survey
