// The texts the Alliance sidebar shows: the catalogue's Sidebar domain (po/), in
// the language of the office's user interface (languageForLocale). Warning titles,
// status words (Green, Amber, Red) and actions (Grow, ...) are the contract's
// words, shown as the sheet's formulas show them.
#pragma once

#include <string>
#include <string_view>

#include "core/language.h"
#include "text/catalog.h"

namespace alliance::sidebar {

using alliance::Language;
using Text = alliance::text::Sidebar;

// The office's locale tag as a language: "de", "de-DE", "de_AT" -> German; a tag
// the catalogue has no language for, empty included -> English.
[[nodiscard]] Language languageForLocale(std::u16string_view tag);

// The text in that language; placeholders {0}, {1}, ... as po/alliancecalc.pot
// describes them.
[[nodiscard]] inline std::string_view text(Text id, Language language) {
  return alliance::text::get(id, language);
}

// The text with its placeholders filled in.
[[nodiscard]] std::string format(Text id, Language language, std::string_view a0 = {},
                                 std::string_view a1 = {}, std::string_view a2 = {});

}  // namespace alliance::sidebar
