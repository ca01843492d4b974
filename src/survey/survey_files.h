// Makes the respondents' workbooks of a health check: one copy of the health
// check template per respondent, with the partner, the quarter, the side, the
// goals and the ids the merge reads filled in, each stored under a name that can
// be sent as it is. The command line's `survey make` and the sidebar's action
// for the partner at the cursor both call makeSurveys().
#pragma once

#include <com/sun/star/frame/XDesktop2.hpp>

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "core/language.h"
#include "portfolio/quarter.h"
#include "survey/respondents.h"
#include "survey/response.h"

namespace alliance::survey {

struct SurveyRequest {
  std::u16string partner;
  portfolio::Quarter quarter;
  Language language = kDefaultLanguage;
  std::vector<std::u16string> goals;  // at most kGoalItems; unnamed rows stay for the respondent
  std::vector<Respondent> respondents;
  std::filesystem::path directory;
  std::u16string surveyId;  // newSurveyId()
};

// Sixteen random hexadecimal digits: tells this survey's files from any other's.
[[nodiscard]] std::u16string newSurveyId();

// "ours-1", "theirs-2": the respondent's id on the hidden sheet.
[[nodiscard]] std::u16string respondentId(const Respondent& respondent);

// "<partner> health check <quarter> - ours 1" (German: "- wir 1", "- Partner 1"),
// the partner's name made safe for a file name as the QBRs' names are.
[[nodiscard]] std::string surveyFileStem(std::u16string_view partner,
                                         const portfolio::Quarter& quarter,
                                         const Respondent& respondent, Language language);

// "<partner> perception gap <quarter>": the merged report's name.
[[nodiscard]] std::string reportFileStem(std::u16string_view partner, std::string_view quarter);

// The files makeSurveys() writes, in the order of the respondents.
[[nodiscard]] std::vector<std::filesystem::path> surveyFiles(const SurveyRequest& request);

// Writes every respondent's workbook. Refuses (qbr::FileExists) before writing
// any when one of the files exists: nothing is ever overwritten. Each file is
// written under a temporary name and renamed when complete. Throws qbr::QbrError
// (the template cannot be opened, the folder cannot be written, qbr::NoSpace) or
// a UNO exception.
std::vector<std::filesystem::path> makeSurveys(
    const css::uno::Reference<css::frame::XDesktop2>& desktop,
    const std::filesystem::path& templateFile, const SurveyRequest& request);

}  // namespace alliance::survey
