// Small text helpers shared by the core (UTF-16 from Calc, UTF-8 out).
#pragma once

#include <string>
#include <string_view>

#include "core/cell.h"

namespace alliance {

// UTF-16 to UTF-8; an unpaired surrogate becomes U+FFFD.
[[nodiscard]] std::string toUtf8(std::u16string_view text);

// Appends one code point (at most U+10FFFF) as UTF-8.
void appendUtf8(std::string& out, char32_t cp);

// Whether the bytes are well-formed UTF-8 (no overlong forms, surrogates or code
// points above U+10FFFF): a file name from a Latin-1 file system is not.
[[nodiscard]] bool isUtf8(std::string_view bytes);

// A space as a cell's text may hold it: the ASCII space, tab and line breaks, and
// Unicode's spaces (no-break, ideographic, the U+2000 block, zero-width, BOM, line
// and paragraph separators). The one rule for trimming text, everywhere. Other
// control characters are not spaces: "yes" followed by CHAR(1) is not "yes".
[[nodiscard]] bool isSpaceUnit(char16_t c);

// The text without the units at either end for which isSpace holds.
[[nodiscard]] std::u16string_view trimWhere(std::u16string_view text, bool (*isSpace)(char16_t));

// The text without the spaces (isSpaceUnit) at either end.
[[nodiscard]] std::u16string_view trimSpaces(std::u16string_view text);

// ASCII-only lower case comparison after trimming spaces: "  Yes " equals "yes".
[[nodiscard]] bool equalsWordIgnoringCase(std::u16string_view text, std::string_view word);

// A number as a person reads it in a sentence: 0.7, 12, 1e+20.
[[nodiscard]] std::string formatNumber(double value);

// A cell text quoted for a message, shortened when long.
[[nodiscard]] std::string quoteForMessage(std::u16string_view text);

// How a cell's content reads in a message: "the text "abc"", "12", "an error
// value", "empty".
[[nodiscard]] std::string describeCell(const Cell& cell);

}  // namespace alliance
