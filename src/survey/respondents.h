// Who receives a health check's workbooks, read from a respondents list: a sheet
// (a .ods or .xlsx the manager keeps) or a .csv file, both opened by the office
// and read as the portfolio model's plain values, so one rule reads both.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

#include "portfolio/workbook.h"
#include "survey/response.h"

namespace alliance::survey {

struct Respondent {
  Side side = Side::Ours;
  std::size_t number = 1;  // 1, 2, ... within the side
  // From a respondents list: for the person sending the files only, never
  // written into the workbook.
  std::string name;
  std::string email;
};

// The most respondents on one side, as `survey make --ours N` allows.
inline constexpr std::size_t kMaxRespondentsPerSide = 500;

// A list that cannot be used; the message names the sheet and cell.
class RespondentsError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The list's respondents, numbered within their side in the list's order.
// The sheet is the one named "Respondents" (German "Befragte") or else the first.
// A first row naming the columns (Name, E-mail, Side; German Name, E-Mail,
// Seite) says where each is; without one the columns are A, B and C. A side is
// ours (our, us, we, wir) or theirs (partner, they); empty rows are passed over.
[[nodiscard]] std::vector<Respondent> respondentsFrom(const portfolio::Workbook& list);

}  // namespace alliance::survey
