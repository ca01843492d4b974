#include "addin/function_catalog.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace alliance::addin {

namespace {

constexpr ParameterSpec kMetrics{
    "metrics",
    "The partner's metrics: a two-column block of names and values, or one row or column of "
    "values whose names are given in labels."};
constexpr ParameterSpec kLabels{
    "labels",
    "Optional. The metric names for a row or column of values, a range of the same size (for "
    "example the header row of a portfolio sheet). Leave it out for a two-column block."};

constexpr std::array kHealthParams{
    kMetrics, kLabels,
    ParameterSpec{"weights",
                  "Optional. Five weights of 0 or more for strategy, execution, commitment, "
                  "trust and governance. Default 0.25; 0.30; 0.20; 0.15; 0.10."}};

constexpr std::array kDimensionParams{
    kMetrics,
    ParameterSpec{"name", "The dimension: strategy, execution, commitment, trust or governance."},
    kLabels};

constexpr std::array kStatusParams{
    ParameterSpec{"health", "A health score from 0 to 100, for example from ALLIANCE_HEALTH."},
    ParameterSpec{"green_at", "Optional. The lowest health that counts as Green. Default 70."},
    ParameterSpec{"amber_at", "Optional. The lowest health that counts as Amber. Default 50."}};

constexpr std::array kWarningsParams{
    kMetrics, kLabels,
    ParameterSpec{"separator",
                  "Optional. The text put between two warning titles. Default \"; \"."}};

constexpr std::array kMetricsOnlyParams{kMetrics, kLabels};

constexpr std::array kAlignmentParams{
    ParameterSpec{"ours", "Our company's ratings, for example of the goals or trust principles."},
    ParameterSpec{"theirs", "The partner's ratings of the same items, a range of the same shape."},
    ParameterSpec{"scale_min", "Optional. The lowest rating on the scale. Default 1."},
    ParameterSpec{"scale_max", "Optional. The highest rating on the scale. Default 5."}};

constexpr std::array kMaturityParams{ParameterSpec{
    "answers",
    "Up to ten answers to the alliance programme checklist: yes, partial, no (or empty), or a "
    "number from 0 to 1."}};

constexpr std::array kMaturityLevelParams{
    ParameterSpec{"score", "A maturity score from 0 to 10, for example from ALLIANCE_MATURITY."}};

constexpr std::array kActionParams{
    ParameterSpec{"health", "The partner's health score now, 0 to 100."},
    ParameterSpec{"previous_health", "Optional. The health score last quarter, 0 to 100."},
    ParameterSpec{"quarters_red",
                  "Optional. How many quarters in a row the partner has been Red."}};

constexpr std::array kQbrParams{
    kMetrics, kLabels,
    ParameterSpec{"previous_health",
                  "Optional. The health score last quarter, to report the change."}};

constexpr std::array kAccountKeyParams{
    ParameterSpec{"name", "A company name, a web domain or address, or an e-mail address."}};

constexpr ParameterSpec kOurAccounts{
    "ours", "Our accounts: a column (or any range) of company names, domains or e-mail addresses."};
constexpr ParameterSpec kTheirAccounts{"theirs",
                                       "The partner's accounts, a range of any shape and size."};
constexpr std::array kOverlapParams{kOurAccounts, kTheirAccounts};

constexpr std::array kMatchParams{
    ParameterSpec{"name", "The account to look for: a company name, domain or e-mail address."},
    ParameterSpec{"list", "The accounts to search, a range of any shape."}};

constexpr std::array kHashParams{
    ParameterSpec{"name", "A company name, domain or e-mail address."},
    ParameterSpec{"secret",
                  "A secret text agreed with the partner; both sides must use the same one."}};

constexpr std::array<FunctionSpec, 16> kFunctions{{
    {"allianceHealth", "ALLIANCE_HEALTH",
     "Returns the health score of an alliance, 0 to 100: the weighted mean of its strategy, "
     "execution, commitment, trust and governance scores.",
     kHealthParams},
    {"allianceDimension", "ALLIANCE_DIMENSION",
     "Returns one dimension's score, 0 to 100, or #N/A when none of its metrics is known.",
     kDimensionParams},
    {"allianceStatus", "ALLIANCE_STATUS",
     "Returns the status of a health score: Green, Amber or Red.", kStatusParams},
    {"allianceWarnings", "ALLIANCE_WARNINGS",
     "Returns the titles of the warning signs of a failing alliance that fire for this "
     "partner, or empty text when none fires.",
     kWarningsParams},
    {"allianceWarningCount", "ALLIANCE_WARNING_COUNT",
     "Returns how many warning signs of a failing alliance fire for this partner.",
     kMetricsOnlyParams},
    {"allianceAlignment", "ALLIANCE_ALIGNMENT",
     "Returns how closely two companies' ratings agree, from 0 (opposite) to 1 (the same). "
     "Items rated by one side only are skipped.",
     kAlignmentParams},
    {"allianceMaturity", "ALLIANCE_MATURITY",
     "Returns the alliance programme maturity score, 0 to 10, from the answers to the "
     "ten-question checklist.",
     kMaturityParams},
    {"allianceMaturityLevel", "ALLIANCE_MATURITY_LEVEL",
     "Returns the maturity level of a checklist score: Ad hoc, Developing, Defined, Managed "
     "or Optimised.",
     kMaturityLevelParams},
    {"allianceAction", "ALLIANCE_ACTION",
     "Returns the portfolio course correction for a partner: Grow, Sustain, Fix or Exit "
     "review.",
     kActionParams},
    {"allianceQbrSummary", "ALLIANCE_QBR_SUMMARY",
     "Returns a one-paragraph summary of the partner for a quarterly business review.", kQbrParams},
    {"allianceCheck", "ALLIANCE_CHECK",
     "Returns OK, or a sentence explaining the first problem in the metrics: use it to find "
     "out why another function shows an error.",
     kMetricsOnlyParams},
    {"allianceAccountKey", "ALLIANCE_ACCOUNT_KEY",
     "Returns the matching key of a company name, domain, web address or e-mail address, so "
     "that \"ACME Inc.\" and \"Acme, Incorporated\" match. Free-mail addresses give empty text.",
     kAccountKeyParams},
    {"allianceOverlap", "ALLIANCE_OVERLAP",
     "Returns how many distinct accounts the two lists have in common, matched by account key.",
     kOverlapParams},
    {"allianceOverlapList", "ALLIANCE_OVERLAP_LIST",
     "Returns, as a column, the accounts of ours (as written there) that the partner's list "
     "also holds, each once, in the order of ours.",
     kOverlapParams},
    {"allianceMatch", "ALLIANCE_MATCH",
     "Returns the position in the list of the first account with the same key as name, or "
     "#N/A when there is none.",
     kMatchParams},
    {"allianceAccountHash", "ALLIANCE_ACCOUNT_HASH",
     "Returns a hash of the account key under a shared secret (HMAC-SHA-256, hexadecimal), so "
     "two partners can compare account lists without showing them to each other.",
     kHashParams},
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
  return it == kFunctions.end() ? nullptr : &*it;
}

const FunctionSpec* findByDisplayName(std::string_view displayName) {
  const auto* it = std::find_if(kFunctions.begin(), kFunctions.end(), [&](const FunctionSpec& f) {
    return equalsIgnoringAsciiCase(f.displayName, displayName);
  });
  return it == kFunctions.end() ? nullptr : &*it;
}

}  // namespace alliance::addin
