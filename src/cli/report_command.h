// alliancecalc report: the portfolio review for our own leadership, as PDF or ODS.
#pragma once

#include <string>
#include <vector>

namespace alliance::cli {

int runReport(const std::vector<std::string>& args);

}  // namespace alliance::cli
