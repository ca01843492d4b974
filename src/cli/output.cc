#include "cli/output.h"

#include <fmt/format.h>

#include <array>
#include <charconv>
#include <cmath>

#include "cli/command_line.h"
#include "core/rounding.h"

namespace alliance::cli {

namespace {

// Characters, not bytes, so that names with accents line up.
std::size_t displayWidth(std::string_view utf8) {
  std::size_t width = 0;
  for (const char c : utf8) {
    width += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  }
  return width;
}

std::string pad(std::string_view text, std::size_t width, bool right) {
  const std::string fill(width - std::min(width, displayWidth(text)), ' ');
  return right ? fill + std::string(text) : std::string(text) + fill;
}

std::string orDash(const std::string& text) { return text.empty() ? "-" : text; }

// The shortest text that reads back as the same double.
std::string jsonNumber(std::optional<double> value) {
  if (!value || !std::isfinite(*value)) {
    return "null";
  }
  std::array<char, 32> buffer{};
  const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), *value);
  return {buffer.data(), result.ptr};
}

}  // namespace

void printTable(std::ostream& out, std::span<const PartnerScore> scores) {
  using Row = std::array<std::string, 5>;
  std::vector<Row> rows{{"Partner", "Health", "Status", "Action", "Warnings"}};
  std::size_t green = 0, amber = 0, red = 0, problems = 0;
  for (const PartnerScore& s : scores) {
    std::string warnings = std::to_string(s.warnings.size());
    if (!s.warnings.empty()) {
      warnings += ": " + fmt::format("{}", fmt::join(s.warnings, "; "));
    }
    rows.push_back({printable(s.partner), s.health ? formatScore(*s.health) : "-", orDash(s.status),
                    orDash(s.action), warnings});
    green += s.status == "Green" ? 1 : 0;
    amber += s.status == "Amber" ? 1 : 0;
    red += s.status == "Red" ? 1 : 0;
    problems += s.problem ? 1 : 0;
  }
  std::array<std::size_t, 4> widths{};
  for (const Row& row : rows) {
    for (std::size_t i = 0; i < widths.size(); ++i) {
      widths[i] = std::max(widths[i], displayWidth(row[i]));
    }
  }
  for (const Row& row : rows) {
    out << pad(row[0], widths[0], false) << "  " << pad(row[1], widths[1], true) << "  "
        << pad(row[2], widths[2], false) << "  " << pad(row[3], widths[3], false) << "  " << row[4]
        << '\n';
  }
  for (const PartnerScore& s : scores) {
    if (s.problem) {
      out << "Problem with " << printable(s.partner) << ": " << printable(*s.problem) << '\n';
    }
  }
  out << fmt::format("{} partner{}: {} Green, {} Amber, {} Red", scores.size(),
                     scores.size() == 1 ? "" : "s", green, amber, red);
  if (problems > 0) {
    out << fmt::format(", {} with a problem", problems);
  }
  out << '\n';
}

void printJson(std::ostream& out, std::span<const PartnerScore> scores) {
  out << '[';
  const char* separator = "\n  ";
  for (const PartnerScore& s : scores) {
    std::vector<std::string> warnings;
    for (const std::string& w : s.warnings) {
      warnings.push_back(jsonString(w));
    }
    out << separator
        << fmt::format(
               R"({{"partner": {}, "health": {}, "status": {}, "action": {}, "warnings": [{}], "problem": {}}})",
               jsonString(s.partner), jsonNumber(s.health), jsonString(s.status),
               jsonString(s.action), fmt::join(warnings, ", "),
               s.problem ? jsonString(*s.problem) : "null");
    separator = ",\n  ";
  }
  out << (scores.empty() ? "]\n" : "\n]\n");
}

}  // namespace alliance::cli
