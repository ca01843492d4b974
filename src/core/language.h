// The languages AllianceCalc writes its texts for people in: Function Wizard help,
// course corrections, QBR workbooks, templates. They are the languages of the text
// catalogue (po/): English, then one per po/LANG.po. The text results of the Calc
// functions (status words, warning titles, actions) are the contract's English in
// every language, so formulas comparing them work in any office.
#pragma once

#include <cctype>
#include <optional>
#include <string_view>

#include "text/catalog.h"

namespace alliance {

inline constexpr Language kDefaultLanguage = Language::English;

// "en", "de": the BCP 47 primary language subtag.
[[nodiscard]] inline std::string_view languageCode(Language language) {
  for (const text::LanguageInfo& info : text::languages()) {
    if (info.id == language) {
      return info.code;
    }
  }
  return "en";
}

// The language of a locale tag ("de", "de-DE", "de_CH", "DE"); nullopt for a tag
// in a language the catalogue does not have, or no tag at all.
[[nodiscard]] inline std::optional<Language> parseLanguage(std::string_view tag) {
  const std::size_t end = tag.find_first_of("-_.@");
  const std::string_view primary = tag.substr(0, end);
  const auto is = [&](std::string_view code) {
    if (primary.size() != code.size()) {
      return false;
    }
    for (std::size_t i = 0; i < code.size(); ++i) {
      if (std::tolower(static_cast<unsigned char>(primary[i])) != code[i]) {
        return false;
      }
    }
    return true;
  };
  for (const text::LanguageInfo& info : text::languages()) {
    if (is(info.code)) {
      return info.id;
    }
  }
  return std::nullopt;
}

// The language to write in for a locale tag: its own when the catalogue has it,
// English (the language the product falls back to) for every other one.
[[nodiscard]] inline Language languageForLocale(std::string_view tag) {
  return parseLanguage(tag).value_or(kDefaultLanguage);
}

}  // namespace alliance
