#include "survey/aggregate.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <tuple>
#include <utility>
#include <vector>

#include "core/cell.h"
#include "core/input_error.h"
#include "core/programme.h"
#include "core/rounding.h"

namespace alliance::survey {

namespace {

Stats statsOf(const std::vector<int>& ratings) {
  Stats s;
  s.count = ratings.size();
  if (ratings.empty()) {
    return s;
  }
  const double n = static_cast<double>(ratings.size());
  const double mean = std::accumulate(ratings.begin(), ratings.end(), 0.0) / n;
  double squares = 0.0;
  for (const int r : ratings) {
    squares += (r - mean) * (r - mean);
  }
  s.mean = roundResult(mean);
  s.spread = roundResult(std::sqrt(squares / n));
  return s;
}

// The first statement given for an item: goals may be named by the respondents.
std::u16string statementOf(const std::vector<Response>& responses, std::size_t item) {
  for (const Response& r : responses) {
    if (!r.statements[item].empty()) {
      return r.statements[item];
    }
  }
  return {};
}

}  // namespace

SurveyResult aggregate(const std::vector<Response>& responses) {
  // Ours first, then by respondent id: whatever the order of the files.
  std::vector<Response> sorted = responses;
  std::stable_sort(sorted.begin(), sorted.end(), [](const Response& a, const Response& b) {
    return std::pair(sideIndex(a.side), a.respondentId) <
           std::pair(sideIndex(b.side), b.respondentId);
  });
  SurveyResult out;
  for (const Response& r : sorted) {
    ++out.respondents[sideIndex(r.side)];
  }
  for (std::size_t s = 0; s < kSides; ++s) {
    out.anonymous[s] = out.respondents[s] >= kAnonymousFrom;
  }
  for (std::size_t item = 0; item < kItemCount; ++item) {
    ItemResult result;
    result.place = itemPlace(item);
    result.statement = statementOf(sorted, item);
    std::array<std::vector<int>, kSides> given;
    for (const Response& r : sorted) {
      if (r.ratings[item]) {
        given[sideIndex(r.side)].push_back(*r.ratings[item]);
      }
    }
    for (std::size_t s = 0; s < kSides; ++s) {
      result.sides[s] = statsOf(given[s]);
    }
    if (result.sides[0].count > 0 && result.sides[1].count > 0) {
      result.gap = roundResult(result.sides[0].mean - result.sides[1].mean);
    }
    out.items.push_back(std::move(result));
  }

  for (std::size_t s = 0; s < kSides; ++s) {
    double sum = 0.0;
    std::size_t rated = 0;
    for (std::size_t item = 0; item < kTrustItems; ++item) {
      if (out.items[item].sides[s].count > 0) {
        sum += out.items[item].sides[s].mean;
        ++rated;
      }
    }
    if (rated > 0) {
      out.trustBySide[s] = roundResult(sum / static_cast<double>(rated));
    }
  }
  if (out.trustBySide[0] && out.trustBySide[1]) {
    out.trust = roundResult((*out.trustBySide[0] + *out.trustBySide[1]) / 2.0);
    out.trustGap = roundResult(std::fabs(*out.trustBySide[0] - *out.trustBySide[1]));
  } else if (out.trustBySide[0] || out.trustBySide[1]) {
    out.trust = out.trustBySide[0] ? out.trustBySide[0] : out.trustBySide[1];
  }

  // The core's ALLIANCE_ALIGNMENT over the goals' means; a goal one side left
  // unrated is an empty cell, which it skips.
  std::array<Cell, kGoalItems> ours{};
  std::array<Cell, kGoalItems> theirs{};
  for (std::size_t g = 0; g < kGoalItems; ++g) {
    const ItemResult& goal = out.items[kFirstGoal + g];
    ours[g] = goal.sides[0].count > 0 ? Cell::ofNumber(goal.sides[0].mean) : Cell::empty();
    theirs[g] = goal.sides[1].count > 0 ? Cell::ofNumber(goal.sides[1].mean) : Cell::empty();
  }
  try {
    out.goalAlignment = alignment(CellGrid{ours, kGoalItems, 1}, CellGrid{theirs, kGoalItems, 1});
  } catch (const InputError&) {
    // No goal rated by both sides: not known.
  }

  for (std::size_t item = 0; item < kItemCount; ++item) {
    if (out.items[item].gap) {
      out.largestGaps.push_back(item);
    }
  }
  std::stable_sort(out.largestGaps.begin(), out.largestGaps.end(),
                   [&](std::size_t a, std::size_t b) {
                     return std::fabs(*out.items[a].gap) > std::fabs(*out.items[b].gap);
                   });
  if (out.largestGaps.size() > kLargestGaps) {
    out.largestGaps.resize(kLargestGaps);
  }

  for (const Response& r : sorted) {
    for (std::size_t item = 0; item < kItemCount; ++item) {
      if (!r.comments[item].empty()) {
        out.comments[sideIndex(r.side)].push_back({item, r.comments[item]});
      }
    }
  }
  for (auto& side : out.comments) {
    std::sort(side.begin(), side.end(), [](const Comment& a, const Comment& b) {
      return std::tie(a.item, a.text) < std::tie(b.item, b.text);
    });
  }
  return out;
}

}  // namespace alliance::survey
