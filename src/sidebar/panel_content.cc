#include "sidebar/panel_content.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "core/rounding.h"
#include "core/text.h"
#include "core/trend.h"
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

// "What changed (theirs, structure)": the side and kind as written, where given.
std::string changeTitle(const OpenChange& change, Language language) {
  std::string title = change.what.empty() ? format(Text::UndescribedChange, language,
                                                   std::to_string(change.row + 1))
                                          : toUtf8(change.what);
  std::string about = toUtf8(change.side);
  if (!change.kind.empty()) {
    about += (about.empty() ? "" : ", ") + toUtf8(change.kind);
  }
  return about.empty() ? title : fmt::format("{} ({})", title, about);
}

std::string openChangeLines(const PartnerCard& card, Language language) {
  std::string out = format(Text::OpenChanges, language, std::to_string(card.openChanges.size()));
  for (const OpenChange& change : card.openChanges) {
    const auto days = static_cast<std::uint64_t>(std::max(change.days, 0L));
    out += "\n" + alliance::text::formatPlural(Text::OpenChange, language, days,
                                               changeTitle(change, language), days);
  }
  return out;
}

std::string previousHealthLine(const PartnerCard& card, Language language) {
  const std::optional<TrendShown> trend = trendOf(card);
  if (!trend) {
    return card.previousHealth
               ? format(Text::PreviousHealth, language, scoreText(*card.previousHealth))
               : std::string();
  }
  const std::string slope = trendText(trend->pointsPerQuarter);
  const std::string quarters = std::to_string(trend->quarters);
  return card.previousHealth ? format(Text::PreviousHealthAndTrend, language,
                                      scoreText(*card.previousHealth), slope, quarters)
                             : format(Text::HealthTrend, language, slope, quarters);
}

}  // namespace

std::string scoreText(double score) { return formatScore(score); }

std::optional<TrendShown> trendOf(const PartnerCard& card) {
  const auto slope = healthTrend(card.healthByQuarter, kDefaultTrendQuarters);
  if (!slope) {
    return std::nullopt;
  }
  return TrendShown{*slope, std::min(card.healthByQuarter.size(), kDefaultTrendQuarters)};
}

std::string trendText(double pointsPerQuarter) {
  std::string out = formatScore(pointsPerQuarter);
  if (out.front() != '-' && out != formatScore(0.0)) {
    out.insert(out.begin(), '+');
  }
  return out;
}

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
  out.previousHealth = previousHealthLine(card, language);
  for (std::size_t d = 0; d < kDimensionCount; ++d) {
    if (const auto score = card.dimensions.get(kAllDimensions[d])) {
      const std::string whole = formatScore(*score, 0);
      out.dimensions[d] = {fmt::format("{} {}", dimensionName(d, language), whole),
                           std::stoi(whole), true};
    }
  }
  // The open changes follow what the scorecard says, whether it could be scored or not.
  const auto withOpenChanges = [&](std::string details) {
    if (!card.openChanges.empty()) {
      details += "\n\n" + openChangeLines(card, language);
    }
    return details;
  };
  if (card.problem) {
    out.health = text(Text::HealthNotAvailable, language);
    out.details = withOpenChanges(format(Text::CannotScore, language, *card.problem));
    return out;
  }
  out.status = card.status;
  out.health = format(Text::Health, language, scoreText(card.health.value_or(0.0)),
                      card.status ? statusWord(*card.status) : std::string_view());
  out.warningsHeading = format(Text::WarningSigns, language, std::to_string(card.warnings.count()));
  out.details = withOpenChanges(warningLines(card, language));
  if (card.action) {
    out.action = format(Text::PortfolioAction, language, actionWord(*card.action));
  }
  return out;
}

namespace {

std::string findingLines(const std::vector<qbr::Finding>& findings) {
  std::string out;
  for (const qbr::Finding& finding : findings) {
    out += fmt::format("\n{} {}: {}", qbr::severityWord(finding.severity),
                       qbr::findingPlace(finding), finding.message);
  }
  return out;
}

}  // namespace

std::string describeCheck(const qbr::WorkbookCheck& check, Language language) {
  if (check.findings.empty()) {
    return format(Text::CheckClean, language, std::to_string(check.partnerCount));
  }
  return format(Text::CheckSummary, language, std::to_string(check.errorCount()),
                std::to_string(check.warningCount())) +
         findingLines(check.findings);
}

std::string closeUndoTitle(const std::optional<portfolio::Quarter>& quarter, Language language) {
  return quarter ? format(Text::CloseQuarterUndo, language, quarter->text())
                 : std::string(text(Text::CloseQuarter, language));
}

std::string describeClose(const portfolio::QuarterClose& closed, Language language) {
  const std::size_t partners = closed.partners.size();
  return alliance::text::formatPlural(Text::QuarterClosed, language, partners, closed.closed.text(),
                                      partners, closed.next.text());
}

std::string describeCloseProblems(const std::vector<qbr::Finding>& problems, Language language) {
  return alliance::text::formatPlural(Text::CloseHasErrors, language, problems.size(),
                                      problems.size()) +
         findingLines(problems);
}

std::string describeCloseRefusal(const portfolio::CloseError& refusal,
                                 const std::optional<portfolio::Quarter>& quarter,
                                 Language language) {
  switch (refusal.refusal()) {
    case portfolio::CloseRefusal::NoQuarter:
      return std::string(text(Text::CloseNoQuarter, language));
    case portfolio::CloseRefusal::NoHistory:
      return std::string(text(Text::CloseNoHistory, language));
    case portfolio::CloseRefusal::AlreadyClosed:
      if (quarter) {
        return format(Text::CloseAlreadyClosed, language, quarter->text());
      }
      break;
    case portfolio::CloseRefusal::NoPartners:
      return std::string(text(Text::CloseNoPartners, language));
    case portfolio::CloseRefusal::Unscored:
      break;
  }
  // The model's own sentences (the partners that cannot be scored, and why).
  return format(Text::CloseRefused, language, refusal.what());
}

}  // namespace alliance::sidebar
