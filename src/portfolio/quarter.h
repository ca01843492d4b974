// A calendar quarter as the portfolio writes it: "2026-Q4".
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace alliance::portfolio {

struct Quarter {
  int year = 0;
  int number = 0;  // 1..4

  // "2026-Q4", "2026 Q4", "2026q4".
  [[nodiscard]] static std::optional<Quarter> parse(std::u16string_view text);
  [[nodiscard]] Quarter previous() const;
  [[nodiscard]] Quarter next() const;
  [[nodiscard]] std::string text() const;  // "2026-Q4"
  [[nodiscard]] int ordinal() const { return year * 4 + number - 1; }
  friend bool operator==(const Quarter&, const Quarter&) = default;
};

}  // namespace alliance::portfolio
