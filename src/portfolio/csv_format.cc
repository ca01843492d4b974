#include "portfolio/csv_format.h"

#include <fmt/format.h>

#include <array>

namespace alliance::portfolio {

namespace {

// True when `text` is UTF-8, a sequence cut at the very end included.
bool isUtf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto lead = static_cast<unsigned char>(text[i]);
    std::size_t length = 0;
    if (lead < 0x80) {
      length = 1;
    } else if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
    } else {
      return false;
    }
    for (std::size_t k = 1; k < length; ++k) {
      if (i + k >= text.size()) {
        return true;  // cut by the sample's end
      }
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) {
        return false;
      }
    }
    i += length;
  }
  return true;
}

}  // namespace

CsvFormat sniffCsv(std::string_view head) {
  CsvFormat format;
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  if (head.starts_with(kBom)) {
    head.remove_prefix(kBom.size());
  } else if (!isUtf8(head)) {
    format.encoding = CsvEncoding::Windows1252;
  }
  // The separator is the candidate found most often outside quotes in the first
  // line that holds any; a comma when none is there (a one-column list).
  constexpr std::array<char, 3> kCandidates = {',', ';', '\t'};
  std::array<std::size_t, 3> counts{};
  bool quoted = false;
  for (const char c : head) {
    if (c == '"') {
      quoted = !quoted;
    } else if (!quoted && (c == '\n' || c == '\r')) {
      if (counts[0] + counts[1] + counts[2] > 0) {
        break;
      }
    } else if (!quoted) {
      for (std::size_t k = 0; k < kCandidates.size(); ++k) {
        counts[k] += c == kCandidates[k] ? 1 : 0;
      }
    }
  }
  std::size_t best = 0;
  for (std::size_t k = 1; k < kCandidates.size(); ++k) {
    if (counts[k] > counts[best]) {
      best = k;
    }
  }
  format.separator = kCandidates[best];
  return format;
}

std::string csvFilterOptions(const CsvFormat& format) {
  // Character sets by the office's numbers: 76 UTF-8, 1 Windows-1252.
  const int charset = format.encoding == CsvEncoding::Utf8 ? 76 : 1;
  return fmt::format("{},34,{},1", static_cast<int>(format.separator), charset);
}

void CsvRowCounter::add(std::string_view chunk) {
  for (const char c : chunk) {
    if (c == '"') {
      quoted_ = !quoted_;
      open_ = true;
    } else if (c == '\n' && !quoted_) {
      ++rows_;
      open_ = false;
    } else if (c != '\r') {
      open_ = true;
    }
  }
}

}  // namespace alliance::portfolio
