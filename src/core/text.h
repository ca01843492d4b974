// Small text helpers shared by the core (UTF-16 from Calc, UTF-8 out).
#pragma once

#include <string>
#include <string_view>

namespace alliance {

// UTF-16 to UTF-8; an unpaired surrogate becomes U+FFFD.
[[nodiscard]] std::string toUtf8(std::u16string_view text);

// Appends one code point (at most U+10FFFF) as UTF-8.
void appendUtf8(std::string& out, char32_t cp);

// ASCII-only lower case comparison after trimming spaces: "  Yes " equals "yes".
[[nodiscard]] bool equalsWordIgnoringCase(std::u16string_view text, std::string_view word);

// A number as a person reads it in a sentence: 0.7, 12, 1e+20.
[[nodiscard]] std::string formatNumber(double value);

// A cell text quoted for a message, shortened when long.
[[nodiscard]] std::string quoteForMessage(std::u16string_view text);

}  // namespace alliance
