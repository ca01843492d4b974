// The languages AllianceCalc writes its texts for people in: Function Wizard help,
// course corrections, QBR workbooks, templates. The text results of the Calc
// functions (status words, warning titles, actions) are the contract's English in
// every language, so formulas comparing them work in any office.
#pragma once

#include <cctype>
#include <cstdint>
#include <optional>
#include <string_view>

namespace alliance {

enum class Language : std::uint8_t { English, German };

inline constexpr Language kDefaultLanguage = Language::English;

// "en", "de": the BCP 47 primary language subtag.
[[nodiscard]] constexpr std::string_view languageCode(Language language) {
  return language == Language::German ? "de" : "en";
}

// The language of a locale tag ("de", "de-DE", "de_CH", "DE"); nullopt for a tag
// in another language or no tag at all.
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
  if (is("de")) {
    return Language::German;
  }
  if (is("en")) {
    return Language::English;
  }
  return std::nullopt;
}

// The language to write in for a locale tag: German for German locales, English
// for every other one (the language the product falls back to).
[[nodiscard]] inline Language languageForLocale(std::string_view tag) {
  return parseLanguage(tag).value_or(kDefaultLanguage);
}

}  // namespace alliance
