// Every text the Alliance sidebar shows, in English and German, in one table.
// The language follows the office's user interface (languageForLocale). Warning
// titles, status words (Green, Amber, Red) and actions (Grow, ...) are the
// contract's words, shown as the sheet's formulas show them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/language.h"

namespace alliance::sidebar {

using alliance::Language;

// The office's locale tag as a language: "de", "de-DE", "de_AT" -> German; anything
// else, empty included -> English (alliance::languageForLocale).
[[nodiscard]] Language languageForLocale(std::u16string_view tag);

enum class Text : std::uint8_t {
  NoPartnerTitle,
  HintNoPartnerSheet,
  HintNotOnPartnerRow,  // {0}: the portfolio sheet
  UnnamedPartner,
  Health,  // {0}: the score, {1}: the status word
  HealthNotAvailable,
  PreviousHealth,  // {0}: last quarter's score
  Strategy,
  Execution,
  Commitment,
  Trust,
  Governance,
  NotAvailable,
  WarningSigns,  // {0}: how many fire
  NoWarningSign,
  WhatToDo,         // {0}: the course correction
  PortfolioAction,  // {0}: Grow, Sustain, Fix or Exit review
  CannotScore,      // {0}: the reason, a sentence
  ActionsHeading,
  NewWorkbook,
  QbrForPartner,
  QbrForAll,
  CheckWorkbook,
  ResultsHeading,
  ChooseQbrFolder,
  QbrProgress,
  QbrWritten,        // {0}: files written, {1}: partners asked for, {2}: the folder
  QbrKept,           // {0}: the file
  QbrPartnerFailed,  // {0}: partner, {1}: why
  QbrNeedsPartner,
  QbrNeedsPortfolio,  // {0}: why
  QbrNoQuarter,
  QbrNoFolder,
  CheckClean,         // {0}: partners checked
  CheckSummary,       // {0}: errors, {1}: warnings
  TemplateMissing,    // {0}: the template file
  NewWorkbookOpened,  // {0}: the template's name
  PanelFailure,       // {0}: what went wrong
};

// The text in that language; placeholders {0}, {1}, ... as listed above.
[[nodiscard]] std::string_view text(Text id, Language language);

// The text with its placeholders filled in.
[[nodiscard]] std::string format(Text id, Language language, std::string_view a0 = {},
                                 std::string_view a1 = {}, std::string_view a2 = {});

}  // namespace alliance::sidebar
