#include "portfolio/quarter.h"

#include <fmt/format.h>

namespace alliance::portfolio {

std::optional<Quarter> Quarter::parse(std::u16string_view text) {
  int year = 0;
  std::size_t digits = 0;
  std::size_t i = 0;
  while (i < text.size() && text[i] == u' ') {
    ++i;
  }
  for (; i < text.size() && text[i] >= u'0' && text[i] <= u'9'; ++i, ++digits) {
    year = digits < 4 ? year * 10 + (text[i] - u'0') : year;
  }
  if (digits != 4) {
    return std::nullopt;
  }
  while (i < text.size() && (text[i] == u'-' || text[i] == u' ')) {
    ++i;
  }
  if (i + 2 > text.size() || (text[i] != u'Q' && text[i] != u'q') || text[i + 1] < u'1' ||
      text[i + 1] > u'4') {
    return std::nullopt;
  }
  for (std::size_t j = i + 2; j < text.size(); ++j) {
    if (text[j] != u' ') {
      return std::nullopt;
    }
  }
  return Quarter{year, text[i + 1] - u'0'};
}

Quarter Quarter::previous() const {
  return number == 1 ? Quarter{year - 1, 4} : Quarter{year, number - 1};
}

Quarter Quarter::next() const {
  return number == 4 ? Quarter{year + 1, 1} : Quarter{year, number + 1};
}

std::string Quarter::text() const { return fmt::format("{}-Q{}", year, number); }

}  // namespace alliance::portfolio
