// What a health check shows, computed in plain C++ from the returned
// workbooks: per item and side the mean, the count and the spread of the
// ratings, the gap between the sides, the trust and goal metrics the portfolio
// takes, and the comments grouped by side. Nothing here keeps who said what:
// one person's ratings are never part of the result.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "survey/response.h"

namespace alliance::survey {

// Fewer respondents than this on a side: its means show what each one said.
inline constexpr std::size_t kAnonymousFrom = 3;
inline constexpr std::size_t kLargestGaps = 5;

struct Stats {
  std::size_t count = 0;
  double mean = 0.0;    // of the ratings given; 0 when none
  double spread = 0.0;  // population standard deviation; 0 when none
};

struct ItemResult {
  ItemPlace place{};
  std::u16string statement;
  std::array<Stats, kSides> sides;
  std::optional<double> gap;  // ours' mean - theirs' mean, when both rated it
};

struct Comment {
  std::size_t item = 0;  // index into SurveyResult::items
  std::u16string text;
};

struct SurveyResult {
  std::vector<ItemResult> items;  // kItemCount, in layout order
  std::array<std::size_t, kSides> respondents{};
  std::array<bool, kSides> anonymous{};  // respondents >= kAnonymousFrom
  // Each side's trust: the mean of its means over the principles it rated.
  std::array<std::optional<double>, kSides> trustBySide;
  // `trust`: the mean of both sides' trust (1..5); one side's when only one answered.
  std::optional<double> trust;
  // `trust_gap`: |ours' trust - theirs' trust| (0..4), when both sides answered.
  std::optional<double> trustGap;
  // `goal_alignment`: ALLIANCE_ALIGNMENT of the two sides' goal means (0..1),
  // over the goals both sides rated.
  std::optional<double> goalAlignment;
  // Items rated by both sides, the largest |gap| first (layout order on a tie), at most five.
  std::vector<std::size_t> largestGaps;
  // Per side, by item and then by text: the order of the files does not show.
  std::array<std::vector<Comment>, kSides> comments;
};

// Every number is rounded as the contract's results are (nine decimals).
[[nodiscard]] SurveyResult aggregate(const std::vector<Response>& responses);

}  // namespace alliance::survey
