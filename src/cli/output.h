// What `score` found for each partner, printed as a table or as JSON.
#pragma once

#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <vector>

namespace alliance::cli {

struct PartnerScore {
  std::string partner;
  std::optional<double> health;        // none when the row could not be scored
  std::string status;                  // Green, Amber, Red; empty without health
  std::string action;                  // Grow, Sustain, Fix, Exit review; empty without health
  std::vector<std::string> warnings;   // titles of the warning signs that fire
  std::optional<std::string> problem;  // why the row could not be scored
};

void printTable(std::ostream& out, std::span<const PartnerScore> scores);
void printJson(std::ostream& out, std::span<const PartnerScore> scores);

}  // namespace alliance::cli
