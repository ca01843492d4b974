// Texts about one partner: the QBR summary paragraph and the input check.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/cell.h"
#include "core/language.h"
#include "core/metrics.h"
#include "core/scoring.h"

namespace alliance {

enum class SummaryAudience : std::uint8_t { Report, Partner };

// One paragraph: health (whole number) and status, the change against
// previousHealth when given, revenue attainment and pipeline coverage when
// known, the weakest dimension, and every warning title that fires.
// Throws InputError when no dimension is available or previousHealth is not 0..100.
[[nodiscard]] std::string qbrSummary(const MetricValues& values,
                                     std::optional<double> previousHealth,
                                     const Weights& weights = {});

// The same paragraph for people reading a QBR workbook in `language`: in German,
// the numbers are written the German way (67 %, 1,5-fach) and the status and the
// weakest dimension are German words; the warning titles stay the contract's
// names. ALLIANCE_QBR_SUMMARY always gives the English paragraph.
[[nodiscard]] std::string qbrSummary(const MetricValues& values,
                                     std::optional<double> previousHealth, const Weights& weights,
                                     Language language);
// With a portfolio's own status bands (Settings), as its QBRs show the status. For
// the partner, the paragraph ends with the number of topics instead of the
// warning signs' titles, which are our verdicts.
[[nodiscard]] std::string qbrSummary(const MetricValues& values,
                                     std::optional<double> previousHealth, const Weights& weights,
                                     const StatusBands& bands, Language language,
                                     SummaryAudience audience = SummaryAudience::Report);

// "OK", or one sentence naming the first problem of the input (which metric,
// what was found, what is expected). Never throws InputError.
[[nodiscard]] std::string checkMetrics(const CellGrid& metrics, const CellGrid* labels);

inline constexpr std::string_view kCheckOk = "OK";

}  // namespace alliance
