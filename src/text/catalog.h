// Every text the product writes for people, in every language it speaks: the
// Function Wizard's help, the sidebar, course corrections, the QBR summary and
// the QBR workbooks' own texts. The texts live in po/ (alliancecalc.pot in
// English, one LANG.po per other language) and are compiled into tables at build
// time, so a new language is one new file. Each text is named by its context in
// the catalogue: Sidebar.Health is text::Sidebar::Health.
//
// Not here: the Calc functions' text results (status words, warning titles,
// actions) and their error messages are the contract's English in every office.
#pragma once

#include <fmt/format.h>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "text/languages.h"
#include "text/messages.h"

namespace alliance::text {

struct LanguageInfo {
  Language id;
  std::string_view code;  // the BCP 47 primary subtag: "en", "de"
  std::string_view name;  // in English: "German"
};

// English first, then the others in the order of their codes.
[[nodiscard]] std::span<const LanguageInfo> languages();

namespace detail {
[[nodiscard]] std::string_view lookup(std::uint16_t index, Language language);
[[nodiscard]] std::string_view lookupPlural(std::uint16_t index, Language language,
                                            std::uint64_t n);
[[nodiscard]] bool translated(std::uint16_t index, Language language);
}  // namespace detail

// The text in `language` (English when it has no translation yet).
template <class Id>
[[nodiscard]] std::string_view get(Id id, Language language) {
  return detail::lookup(indexOf(id), language);
}

// A plural entry's form for the count n, by the language's plural rule.
template <class Id>
[[nodiscard]] std::string_view plural(Id id, Language language, std::uint64_t n) {
  return detail::lookupPlural(indexOf(id), language, n);
}

// Whether `language`'s catalogue translates the text (English always does).
template <class Id>
[[nodiscard]] bool isTranslated(Id id, Language language) {
  return detail::translated(indexOf(id), language);
}

// The text with its placeholders {0}, {1}, ... filled in. The build checks that
// every translation has the English text's placeholders.
template <class Id, class... Args>
[[nodiscard]] std::string format(Id id, Language language, const Args&... args) {
  return fmt::format(fmt::runtime(get(id, language)), args...);
}

// A plural entry's form for n, with its placeholders filled in.
template <class Id, class... Args>
[[nodiscard]] std::string formatPlural(Id id, Language language, std::uint64_t n,
                                       const Args&... args) {
  return fmt::format(fmt::runtime(plural(id, language, n)), args...);
}

}  // namespace alliance::text
