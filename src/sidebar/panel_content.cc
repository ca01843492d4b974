#include "sidebar/panel_content.h"

#include <fmt/format.h>

#include <cmath>

#include "core/rounding.h"
#include "core/text.h"
#include "core/warnings.h"

namespace alliance::sidebar {

namespace {

std::string_view dimensionName(std::size_t d, Language language) {
  return alliance::text::get(dimensionText(kAllDimensions.at(d)), language);
}

std::string partnerTitle(const PartnerCard& card, Language language) {
  const std::string name = toUtf8(card.partner);
  return name.empty() ? std::string(text(Text::UnnamedPartner, language)) : name;
}

std::string warningLines(const PartnerCard& card, Language language) {
  if (card.warnings.empty()) {
    return std::string(alliance::text::get(alliance::text::WarningSign::NoneFires, language));
  }
  std::string out;
  for (const WarningInfo& info : warningTable()) {
    if (!card.warnings.contains(info.id)) {
      continue;
    }
    if (!out.empty()) {
      out += "\n\n";
    }
    out += fmt::format("{} {}\n{}", info.code, info.title,
                       format(Text::WhatToDo, language, courseCorrection(info.id, language)));
  }
  return out;
}

}  // namespace

std::string scoreText(double score) { return formatScore(score); }

std::uint32_t statusColour(Status status) {
  switch (status) {
    case Status::Green:
      return 0x2E7D32;
    case Status::Amber:
      return 0xE6A100;
    case Status::Red:
      return 0xC62828;
  }
  return 0x808080;
}

PanelContent describe(const CursorLookup& lookup, Language language) {
  PanelContent out;
  for (std::size_t d = 0; d < kDimensionCount; ++d) {
    out.dimensions[d].label =
        fmt::format("{} {}", dimensionName(d, language), text(Text::NotAvailable, language));
  }
  if (!lookup.card) {
    out.title = text(Text::NoPartnerTitle, language);
    out.details = lookup.reason == NoPartner::NotOnPartnerRow
                      ? format(Text::HintNotOnPartnerRow, language, toUtf8(lookup.portfolioSheet))
                      : std::string(text(Text::HintNoPartnerSheet, language));
    return out;
  }
  const PartnerCard& card = *lookup.card;
  out.hasPartner = true;
  out.title = partnerTitle(card, language);
  if (card.previousHealth) {
    out.previousHealth = format(Text::PreviousHealth, language, scoreText(*card.previousHealth));
  }
  for (std::size_t d = 0; d < kDimensionCount; ++d) {
    if (const auto score = card.dimensions.get(kAllDimensions[d])) {
      const std::string whole = formatScore(*score, 0);
      out.dimensions[d] = {fmt::format("{} {}", dimensionName(d, language), whole),
                           std::stoi(whole), true};
    }
  }
  if (card.problem) {
    out.health = text(Text::HealthNotAvailable, language);
    out.details = format(Text::CannotScore, language, *card.problem);
    return out;
  }
  out.status = card.status;
  out.health = format(Text::Health, language, scoreText(card.health.value_or(0.0)),
                      card.status ? statusWord(*card.status) : std::string_view());
  out.warningsHeading = format(Text::WarningSigns, language, std::to_string(card.warnings.count()));
  out.details = warningLines(card, language);
  if (card.action) {
    out.action = format(Text::PortfolioAction, language, actionWord(*card.action));
  }
  return out;
}

std::string describeCheck(const qbr::WorkbookCheck& check, Language language) {
  if (check.findings.empty()) {
    return format(Text::CheckClean, language, std::to_string(check.partnerCount));
  }
  std::string out = format(Text::CheckSummary, language, std::to_string(check.errorCount()),
                           std::to_string(check.warningCount()));
  for (const qbr::Finding& finding : check.findings) {
    out += fmt::format("\n{} {}: {}", qbr::severityWord(finding.severity),
                       qbr::findingPlace(finding), finding.message);
  }
  return out;
}

}  // namespace alliance::sidebar
