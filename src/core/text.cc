#include "core/text.h"

#include <fmt/format.h>

#include <cstddef>
#include <cstdint>

namespace alliance {

namespace {

constexpr std::uint32_t kReplacement = 0xFFFD;

}  // namespace

bool isSpaceUnit(char16_t c) {
  return c == u' ' || (c >= u'\t' && c <= u'\r') || c == u'\u00A0' || c == u'\u3000' ||
         (c >= u'\u2000' && c <= u'\u200B') || c == u'\u202F' || c == u'\u205F' || c == u'\uFEFF' ||
         c == u'\u0085' || c == u'\u1680' || c == u'\u2028' || c == u'\u2029';
}

std::u16string_view trimWhere(std::u16string_view text, bool (*isSpace)(char16_t)) {
  while (!text.empty() && isSpace(text.front())) {
    text.remove_prefix(1);
  }
  while (!text.empty() && isSpace(text.back())) {
    text.remove_suffix(1);
  }
  return text;
}

std::u16string_view trimSpaces(std::u16string_view text) { return trimWhere(text, isSpaceUnit); }

void appendUtf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool isUtf8(std::string_view bytes) {
  std::size_t i = 0;
  while (i < bytes.size()) {
    const auto lead = static_cast<unsigned char>(bytes[i]);
    // The lead byte says how long the sequence is: 00..7F alone; C2..DF, E0..EF and
    // F0..F4 start two, three and four bytes; anything else (a continuation byte,
    // C0/C1, F5..FF) cannot start one.
    std::size_t length = 1;
    char32_t cp = lead;
    char32_t least = 0;
    if (lead >= 0x80) {
      if (lead < 0xC2 || lead > 0xF4) {
        return false;
      }
      length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
      cp = lead & (0x7FU >> length);
      least = length == 4 ? 0x10000 : length == 3 ? 0x800 : 0x80;
    }
    if (bytes.size() - i < length) {
      return false;
    }
    for (std::size_t k = 1; k < length; ++k) {
      const auto next = static_cast<unsigned char>(bytes[i + k]);
      if ((next & 0xC0U) != 0x80U) {
        return false;
      }
      cp = (cp << 6U) | (next & 0x3FU);
    }
    if (cp < least || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return false;
    }
    i += length;
  }
  return true;
}

std::string toUtf8(std::u16string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const std::uint32_t unit = text[i];
    if (unit >= 0xD800 && unit <= 0xDBFF && i + 1 < text.size() && text[i + 1] >= 0xDC00 &&
        text[i + 1] <= 0xDFFF) {
      appendUtf8(out, 0x10000 + ((unit - 0xD800) << 10) + (text[i + 1] - 0xDC00));
      ++i;
    } else if (unit >= 0xD800 && unit <= 0xDFFF) {
      appendUtf8(out, kReplacement);
    } else {
      appendUtf8(out, unit);
    }
  }
  return out;
}

bool equalsWordIgnoringCase(std::u16string_view text, std::string_view word) {
  text = trimSpaces(text);
  if (text.size() != word.size()) {
    return false;
  }
  for (std::size_t i = 0; i < text.size(); ++i) {
    char16_t c = text[i];
    if (c >= u'A' && c <= u'Z') {
      c = static_cast<char16_t>(c - u'A' + u'a');
    }
    if (c != static_cast<unsigned char>(word[i])) {
      return false;
    }
  }
  return true;
}

std::string formatNumber(double value) { return fmt::format("{}", value); }

std::string quoteForMessage(std::u16string_view text) {
  constexpr std::size_t kMaxShown = 40;
  if (text.size() <= kMaxShown) {
    return "\"" + toUtf8(text) + "\"";
  }
  std::size_t cut = kMaxShown;
  if (text[cut - 1] >= 0xD800 && text[cut - 1] <= 0xDBFF) {
    --cut;  // keep a surrogate pair whole
  }
  return "\"" + toUtf8(text.substr(0, cut)) + "...\"";
}

std::string describeCell(const Cell& cell) {
  switch (cell.kind) {
    case Cell::Kind::Number:
      return formatNumber(cell.number);
    case Cell::Kind::Text:
      return "the text " + quoteForMessage(cell.text);
    case Cell::Kind::Error:
      return "an error value";
    case Cell::Kind::Empty:
      break;
  }
  return "empty";
}

}  // namespace alliance
