// alliancecalc survey: the two-sided health check. `survey make` writes one
// rating workbook per respondent; `survey merge` reads them back, writes the
// perception-gap report and the partner's trust, trust_gap and goal_alignment.
#pragma once

#include <string>
#include <vector>

namespace alliance::cli {

int runSurvey(const std::vector<std::string>& args);

}  // namespace alliance::cli
