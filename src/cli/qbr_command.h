// alliancecalc qbr: QBR workbooks (and PDFs) for one partner or all partners.
#pragma once

#include <string>
#include <vector>

namespace alliance::cli {

int runQbr(const std::vector<std::string>& args);

}  // namespace alliance::cli
