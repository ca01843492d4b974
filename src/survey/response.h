// One returned health check workbook, read from the portfolio model's plain
// values (no UNO): its ids, side, ratings and comments, or why it is refused.
// Each refusal names the file and the cell, so the person merging can ask the
// respondent about exactly that.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "portfolio/workbook.h"
#include "survey/survey_layout.h"

namespace alliance::survey {

enum class Side : std::uint8_t { Ours, Theirs };
inline constexpr std::size_t kSides = 2;
[[nodiscard]] constexpr std::size_t sideIndex(Side s) { return s == Side::Ours ? 0 : 1; }

struct Response {
  std::string file;  // as named on the command line
  std::u16string surveyId;
  std::u16string respondentId;
  std::u16string partner;
  std::u16string quarter;
  std::u16string language;
  Side side = Side::Ours;
  std::array<std::optional<int>, kItemCount> ratings;
  std::array<std::u16string, kItemCount> statements;  // as the workbook shows them
  std::array<std::u16string, kItemCount> comments;    // trimmed; empty when none
};

struct Refusal {
  std::string file;
  std::string cell;  // "'Health check'!C14", "Survey!B2"; empty when the file as a whole
  std::string message;
};

// The file's workbook read as a health check, or why it cannot be merged: not a
// health check (no Survey sheet, another format), a rating that is not a whole
// number 1..5 (the first such cell is named), ids missing.
[[nodiscard]] std::variant<Response, Refusal> readResponse(const portfolio::Workbook& workbook,
                                                           const std::string& file);

struct Accepted {
  std::vector<Response> responses;
  std::vector<Refusal> refusals;
};

// Checks the responses against each other and the partner asked for: a file of
// another partner's survey, a file of another survey of this partner (the
// survey most files share counts; on a tie the first file's), and a respondent
// returned twice (the first file counts) are refused. Order is kept.
[[nodiscard]] Accepted checkTogether(std::vector<Response> responses, std::u16string_view partner);

// "Survey!B3" style names, quoted as Calc quotes a sheet name with a space.
[[nodiscard]] std::string cellOn(std::u16string_view sheet, std::size_t column, std::size_t row);

}  // namespace alliance::survey
