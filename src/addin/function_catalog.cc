#include "addin/function_catalog.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace alliance::addin {

namespace {

using text::Function;
using P = text::Parameter;

constexpr ParameterSpec kMetrics{"metrics", P::Metrics};
constexpr ParameterSpec kLabels{"labels", P::Labels};

constexpr std::array kHealthParams{kMetrics, kLabels, ParameterSpec{"weights", P::Weights}};
constexpr std::array kDimensionParams{kMetrics, ParameterSpec{"name", P::DimensionName}, kLabels};
constexpr std::array kStatusParams{ParameterSpec{"health", P::StatusHealth},
                                   ParameterSpec{"green_at", P::GreenAt},
                                   ParameterSpec{"amber_at", P::AmberAt}};
constexpr std::array kWarningsParams{kMetrics, kLabels, ParameterSpec{"separator", P::Separator}};
constexpr std::array kWarningCountParams{kMetrics, kLabels};
constexpr std::array kAlignmentParams{
    ParameterSpec{"ours", P::RatingsOurs}, ParameterSpec{"theirs", P::RatingsTheirs},
    ParameterSpec{"scale_min", P::ScaleMin}, ParameterSpec{"scale_max", P::ScaleMax}};
constexpr std::array kMaturityParams{ParameterSpec{"answers", P::Answers}};
constexpr std::array kMaturityLevelParams{ParameterSpec{"score", P::MaturityScore}};
constexpr std::array kActionParams{ParameterSpec{"health", P::ActionHealth},
                                   ParameterSpec{"previous_health", P::ActionPreviousHealth},
                                   ParameterSpec{"quarters_red", P::QuartersRed}};
constexpr std::array kTrendParams{ParameterSpec{"history", P::History},
                                  ParameterSpec{"quarters", P::TrendQuarters}};
constexpr std::array kQbrSummaryParams{kMetrics, kLabels,
                                       ParameterSpec{"previous_health", P::SummaryPreviousHealth}};
constexpr std::array kCheckParams{kMetrics, kLabels};
constexpr std::array kAccountKeyParams{ParameterSpec{"name", P::AccountKeyName}};
constexpr std::array kOverlapParams{ParameterSpec{"ours", P::OurAccounts},
                                    ParameterSpec{"theirs", P::TheirAccounts}};
constexpr std::array kOverlapListParams{ParameterSpec{"ours", P::OurAccounts},
                                        ParameterSpec{"theirs", P::TheirAccounts}};
constexpr std::array kMatchParams{ParameterSpec{"name", P::MatchName},
                                  ParameterSpec{"list", P::MatchList}};
constexpr std::array kAccountHashParams{ParameterSpec{"name", P::HashName},
                                        ParameterSpec{"secret", P::Secret}};

constexpr std::array<FunctionSpec, 17> kFunctions{{
    {"allianceHealth", "ALLIANCE_HEALTH", Function::Health, kHealthParams},
    {"allianceDimension", "ALLIANCE_DIMENSION", Function::Dimension, kDimensionParams},
    {"allianceStatus", "ALLIANCE_STATUS", Function::Status, kStatusParams},
    {"allianceWarnings", "ALLIANCE_WARNINGS", Function::Warnings, kWarningsParams},
    {"allianceWarningCount", "ALLIANCE_WARNING_COUNT", Function::WarningCount, kWarningCountParams},
    {"allianceAlignment", "ALLIANCE_ALIGNMENT", Function::Alignment, kAlignmentParams},
    {"allianceMaturity", "ALLIANCE_MATURITY", Function::Maturity, kMaturityParams},
    {"allianceMaturityLevel", "ALLIANCE_MATURITY_LEVEL", Function::MaturityLevel,
     kMaturityLevelParams},
    {"allianceAction", "ALLIANCE_ACTION", Function::Action, kActionParams},
    {"allianceTrend", "ALLIANCE_TREND", Function::Trend, kTrendParams},
    {"allianceQbrSummary", "ALLIANCE_QBR_SUMMARY", Function::QbrSummary, kQbrSummaryParams},
    {"allianceCheck", "ALLIANCE_CHECK", Function::Check, kCheckParams},
    {"allianceAccountKey", "ALLIANCE_ACCOUNT_KEY", Function::AccountKey, kAccountKeyParams},
    {"allianceOverlap", "ALLIANCE_OVERLAP", Function::Overlap, kOverlapParams},
    {"allianceOverlapList", "ALLIANCE_OVERLAP_LIST", Function::OverlapList, kOverlapListParams},
    {"allianceMatch", "ALLIANCE_MATCH", Function::Match, kMatchParams},
    {"allianceAccountHash", "ALLIANCE_ACCOUNT_HASH", Function::AccountHash, kAccountHashParams},
}};

bool equalsIgnoringAsciiCase(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::toupper(static_cast<unsigned char>(x)) ==
           std::toupper(static_cast<unsigned char>(y));
  });
}

}  // namespace

std::span<const FunctionSpec> functionCatalog() { return kFunctions; }

const FunctionSpec* findByMethod(std::string_view method) {
  const auto* it = std::find_if(kFunctions.begin(), kFunctions.end(),
                                [&](const FunctionSpec& f) { return f.method == method; });
  return it == kFunctions.end() ? nullptr : it;
}

const FunctionSpec* findByDisplayName(std::string_view displayName) {
  const auto* it = std::find_if(kFunctions.begin(), kFunctions.end(), [&](const FunctionSpec& f) {
    return equalsIgnoringAsciiCase(f.displayName, displayName);
  });
  return it == kFunctions.end() ? nullptr : it;
}

}  // namespace alliance::addin
