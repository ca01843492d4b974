// The generated tables behind catalog.h (catalog_data.cc is written by
// make_catalog.py at build time). Only catalog.cc and the tests read them.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

#include "text/languages.h"
#include "text/messages.h"

namespace alliance::text::detail {

// How a language chooses between a plural entry's two forms.
enum class PluralRule : std::uint8_t {
  OneOther,      // plural=(n != 1): English, German, ...
  ZeroOneOther,  // plural=(n > 1): French, Brazilian Portuguese, ...
};

struct LanguageData {
  Language id;
  std::string_view code;  // "de"
  std::string_view name;  // "German"
  PluralRule pluralRule;
};

struct Message {
  std::array<std::string_view, kLanguageCount> text;    // the singular form
  std::array<std::string_view, kLanguageCount> plural;  // empty unless a plural entry
  std::array<bool, kLanguageCount> translated{};        // false: the English is used
};

extern const std::array<LanguageData, kLanguageCount> kLanguages;
extern const std::array<Message, kMessageCount> kMessages;

}  // namespace alliance::text::detail
