#include "core/accounts/fold.h"

#include <utf8proc.h>

#include <array>
#include <cstdint>
#include <cstdlib>
#include <memory>

#include "core/text.h"

namespace alliance::accounts_detail {

namespace {

// Compatibility decomposition (NFKD), full case folding, and default-ignorable code
// points (soft hyphen, zero-width space and joiners, bidi marks, ...) removed.
constexpr auto kFoldOptions = static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT |
                                                             UTF8PROC_CASEFOLD | UTF8PROC_IGNORE);

// The longest decomposition in Unicode 15 is 18 code points (U+FDFA).
constexpr std::size_t kDecomposeBuffer = 32;

enum AsciiClass : std::uint8_t { kSeparator, kKeep, kUpper, kDrop, kAmpersand };

constexpr std::array<std::uint8_t, 128> kAsciiClass = [] {
  std::array<std::uint8_t, 128> table{};  // kSeparator
  for (int c = '0'; c <= '9'; ++c) {
    table[static_cast<std::size_t>(c)] = kKeep;
  }
  for (int c = 'a'; c <= 'z'; ++c) {
    table[static_cast<std::size_t>(c)] = kKeep;
  }
  for (int c = 'A'; c <= 'Z'; ++c) {
    table[static_cast<std::size_t>(c)] = kUpper;
  }
  table['\''] = kDrop;
  table['`'] = kDrop;
  table['&'] = kAmpersand;
  return table;
}();

// Apostrophes and the characters typed for one: dropped, so "O'Reilly" is "oreilly".
bool isApostrophe(char32_t cp) {
  switch (cp) {
    case 0x0027:  // '
    case 0x0060:  // `
    case 0x00B4:  // acute accent typed as an apostrophe
    case 0x02B9:  // modifier letter prime
    case 0x02BB:  // modifier letter turned comma (okina)
    case 0x02BC:  // modifier letter apostrophe
    case 0x02BD:  // modifier letter reversed comma
    case 0x2018:  // left single quotation mark
    case 0x2019:  // right single quotation mark (the typographic apostrophe)
    case 0x201B:  // single high-reversed-9 quotation mark
    case 0x2032:  // prime
    case 0xFF07:  // fullwidth apostrophe
      return true;
    default:
      return false;
  }
}

bool isNonspacingMark(char32_t cp) {
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_MN;
}

// Accents and other diacritics removed: the generic combining blocks (used by Latin,
// Greek and Cyrillic), Hebrew points and Arabic vowel signs (optional in writing), and
// the Arabic tatweel. The marks of scripts where they are letters (Devanagari and other
// Indic scripts, Thai, Japanese voicing marks) are kept.
bool isRemovedMark(char32_t cp) {
  if (cp >= 0x0300 && cp <= 0x036F) {
    return true;
  }
  if (cp < 0x0591) {
    return false;
  }
  if (cp <= 0x05C7) {
    return isNonspacingMark(cp);  // Hebrew points and cantillation
  }
  return (cp >= 0x0610 && cp <= 0x061A) || (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 ||
         (cp >= 0x06D6 && cp <= 0x06ED && isNonspacingMark(cp)) || cp == 0x0640 ||
         (cp >= 0x1AB0 && cp <= 0x1AFF) || (cp >= 0x1DC0 && cp <= 0x1DFF) ||
         (cp >= 0x20D0 && cp <= 0x20FF) || (cp >= 0xFE20 && cp <= 0xFE2F);
}

// Letters that NFKD does not decompose, folded by hand (after case folding, so only
// the lower-case forms appear here). ß is folded to "ss" by case folding itself.
std::string_view handFold(char32_t cp) {
  switch (cp) {
    case 0x00E6:  // æ
      return "ae";
    case 0x00F0:  // ð
    case 0x0111:  // đ
      return "d";
    case 0x00F8:  // ø
      return "o";
    case 0x00FE:  // þ
      return "th";
    case 0x0127:  // ħ
      return "h";
    case 0x0131:  // dotless ı
      return "i";
    case 0x0142:  // ł
      return "l";
    case 0x0153:  // œ
      return "oe";
    case 0x0167:  // ŧ
      return "t";
    default:
      return {};
  }
}

bool isHangulJamo(char32_t cp) { return cp >= 0x1100 && cp <= 0x11FF; }

bool isKeptCategory(utf8proc_category_t category, bool& isMark) {
  switch (category) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      isMark = false;
      return true;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
      isMark = true;
      return true;
    default:
      return false;
  }
}

char32_t decodeUtf8(std::string_view text, std::size_t& length) {
  const auto lead = static_cast<unsigned char>(text[0]);
  if (lead < 0x80) {
    length = 1;
    return lead;
  }
  std::size_t n = 0;
  char32_t cp = 0;
  if ((lead & 0xE0) == 0xC0) {
    n = 2;
    cp = lead & 0x1F;
  } else if ((lead & 0xF0) == 0xE0) {
    n = 3;
    cp = lead & 0x0F;
  } else {
    n = 4;
    cp = lead & 0x07;
  }
  if (n > text.size()) {
    length = text.size();
    return 0xFFFD;
  }
  for (std::size_t i = 1; i < n; ++i) {
    cp = (cp << 6) | (static_cast<unsigned char>(text[i]) & 0x3F);
  }
  length = n;
  return cp;
}

}  // namespace

void WordFolder::foldAscii(char c) {
  switch (kAsciiClass[static_cast<unsigned char>(c)]) {
    case kKeep:
      startChar();
      out_.push_back(c);
      break;
    case kUpper:
      startChar();
      out_.push_back(static_cast<char>(c - 'A' + 'a'));
      break;
    case kDrop:
      break;
    case kAmpersand:
      appendWord("and");
      break;
    default:
      separate();
      break;
  }
}

void WordFolder::fold(std::u16string_view text) {
  separate();
  const std::size_t n = text.size();
  for (std::size_t i = 0; i < n; ++i) {
    const char16_t unit = text[i];
    if (unit < 0x80) {
      foldAscii(static_cast<char>(unit));
      continue;
    }
    char32_t cp = unit;
    if (unit >= 0xD800 && unit <= 0xDFFF) {
      if (unit <= 0xDBFF && i + 1 < n && text[i + 1] >= 0xDC00 && text[i + 1] <= 0xDFFF) {
        cp = 0x10000 + ((static_cast<char32_t>(unit) - 0xD800) << 10) + (text[i + 1] - 0xDC00);
        ++i;
      } else {
        cp = 0xFFFD;  // an unpaired surrogate
      }
    }
    foldCodePoint(cp);
  }
}

void WordFolder::foldCodePoint(char32_t cp) {
  if (isApostrophe(cp)) {
    return;
  }
  std::array<utf8proc_int32_t, kDecomposeBuffer> buffer{};
  int boundclass = 0;
  const utf8proc_ssize_t count = utf8proc_decompose_char(
      static_cast<utf8proc_int32_t>(cp), buffer.data(),
      static_cast<utf8proc_ssize_t>(buffer.size()), kFoldOptions, &boundclass);
  if (count < 0 || static_cast<std::size_t>(count) > buffer.size()) {
    separate();  // not a valid code point, or a decomposition we cannot hold
    return;
  }
  for (utf8proc_ssize_t k = 0; k < count; ++k) {
    foldDecomposed(static_cast<char32_t>(buffer[static_cast<std::size_t>(k)]));
  }
}

void WordFolder::foldDecomposed(char32_t cp) {
  if (cp < 0x80) {
    foldAscii(static_cast<char>(cp));
    return;
  }
  if (isApostrophe(cp) || isRemovedMark(cp)) {
    return;
  }
  if (const std::string_view folded = handFold(cp); !folded.empty()) {
    startChar();
    out_.append(folded);
    return;
  }
  bool isMark = false;
  if (!isKeptCategory(utf8proc_category(static_cast<utf8proc_int32_t>(cp)), isMark)) {
    separate();
    return;
  }
  if (isMark || isHangulJamo(cp)) {
    needsCompose_ = true;
  }
  startChar();
  appendUtf8(out_, cp);
}

void composeNfc(std::string& out, std::size_t begin) {
  if (begin >= out.size()) {
    return;
  }
  utf8proc_uint8_t* composed = nullptr;
  const utf8proc_ssize_t length =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(out.data() + begin),
                   static_cast<utf8proc_ssize_t>(out.size() - begin), &composed,
                   static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(composed, &std::free);
  if (length >= 0 && composed != nullptr) {
    out.replace(begin, std::string::npos, reinterpret_cast<const char*>(composed),
                static_cast<std::size_t>(length));
  }
}

bool isSingleCodePoint(std::string_view word) {
  if (word.empty()) {
    return false;
  }
  std::size_t length = 0;
  decodeUtf8(word, length);
  return length == word.size();
}

bool startsWithContinuation(std::string_view text) {
  if (text.empty()) {
    return false;
  }
  std::size_t length = 0;
  const char32_t cp = decodeUtf8(text, length);
  if (cp >= 0x1160 && cp <= 0x11FF) {
    return true;  // Hangul vowel or final consonant: part of the syllable before it
  }
  bool isMark = false;
  return isKeptCategory(utf8proc_category(static_cast<utf8proc_int32_t>(cp)), isMark) && isMark;
}

}  // namespace alliance::accounts_detail
