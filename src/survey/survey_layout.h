// Where a health check workbook (templates/health-check.fods, written by
// templates/make_health_check.py) keeps what the survey reads and writes: the
// statements and their ratings on the first sheet, the ids on the hidden sheet
// Survey. Positions are 0-based; the template script names them 1-based.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace alliance::survey {

enum class Section : std::uint8_t { Trust, Map, Goals };

struct Block {
  Section section;
  std::size_t firstRow;  // 0-based, on the first sheet
  std::size_t count;
};

inline constexpr std::array<Block, 3> kBlocks{{
    {Section::Trust, 11, 12},  // C12:C23: the twelve principles of trust
    {Section::Map, 26, 10},    // C27:C36: the ten Shared Strategic Map elements
    {Section::Goals, 39, 5},   // C40:C44: the alliance's goals
}};
inline constexpr std::size_t kItemCount = 27;
inline constexpr std::size_t kTrustItems = 12;
inline constexpr std::size_t kGoalItems = 5;
inline constexpr std::size_t kFirstGoal = 22;  // index of the first goal among the items

inline constexpr std::size_t kStatementColumn = 1;  // B
inline constexpr std::size_t kRatingColumn = 2;     // C
inline constexpr std::size_t kCommentColumn = 3;    // D
inline constexpr std::size_t kValueColumn = 2;      // C4:C7: partner, quarter, side, role
inline constexpr std::size_t kPartnerRow = 3;
inline constexpr std::size_t kQuarterRow = 4;
inline constexpr std::size_t kSideRow = 5;

inline constexpr int kMinRating = 1;
inline constexpr int kMaxRating = 5;

// The hidden sheet: a label in A, its value in B, one a row in this order.
inline constexpr std::u16string_view kSurveySheet = u"Survey";
inline constexpr std::size_t kFormatRow = 0;
inline constexpr std::size_t kSurveyIdRow = 1;
inline constexpr std::size_t kRespondentRow = 2;
inline constexpr std::size_t kSurveySideRow = 3;
inline constexpr std::size_t kSurveyPartnerRow = 4;
inline constexpr std::size_t kSurveyQuarterRow = 5;
inline constexpr std::size_t kLanguageRow = 6;
inline constexpr std::u16string_view kFormat = u"AllianceCalc health check 1";

// The side as the hidden sheet stores it, in every language.
inline constexpr std::u16string_view kOursWord = u"ours";
inline constexpr std::u16string_view kTheirsWord = u"theirs";

// The section and position within it of each item, in layout order.
struct ItemPlace {
  Section section;
  std::size_t index;  // 0-based within its section
  std::size_t row;    // 0-based row on the first sheet
};
[[nodiscard]] constexpr ItemPlace itemPlace(std::size_t item) {
  std::size_t first = 0;
  for (const Block& b : kBlocks) {
    if (item < first + b.count) {
      return {b.section, item - first, b.firstRow + item - first};
    }
    first += b.count;
  }
  return {Section::Goals, 0, 0};
}

}  // namespace alliance::survey
