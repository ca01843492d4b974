// The compiled text catalogue: every language complete, plural forms, fallbacks.
#include <gtest/gtest.h>

#include <string>

#include "core/language.h"
#include "text/catalog.h"
#include "text/catalog_data.h"

namespace alliance::text {
namespace {

TEST(Catalogue, EnglishComesFirstAndEveryLanguageHasACode) {
  const auto all = languages();
  ASSERT_GE(all.size(), 2U);
  EXPECT_EQ(all[0].id, Language::English);
  EXPECT_EQ(all[0].code, "en");
  for (const LanguageInfo& language : all) {
    EXPECT_EQ(languageCode(language.id), language.code);
    EXPECT_EQ(parseLanguage(std::string(language.code) + "-XX"), language.id) << language.code;
  }
  EXPECT_EQ(parseLanguage("de_CH"), Language::German);
  EXPECT_EQ(parseLanguage("xx"), std::nullopt);
}

// A shipped language translates every text the product shows (a new language may
// start incomplete: its missing texts are English, and the build says how many).
TEST(Catalogue, GermanTranslatesEveryText) {
  for (std::size_t i = 0; i < kMessageCount; ++i) {
    const detail::Message& m = detail::kMessages[i];
    const auto german = static_cast<std::size_t>(Language::German);
    EXPECT_TRUE(m.translated[german]) << "text " << i << ": " << m.text[0];
    EXPECT_FALSE(m.text[german].empty()) << i;
    EXPECT_EQ(m.plural[german].empty(), m.plural[0].empty()) << i;
  }
}

TEST(Catalogue, PluralFormsFollowTheCount) {
  EXPECT_EQ(plural(Summary::Up, Language::English, 1), "up {0} point from {1} last quarter");
  EXPECT_EQ(plural(Summary::Up, Language::English, 2), "up {0} points from {1} last quarter");
  EXPECT_EQ(plural(Summary::Up, Language::English, 0), "up {0} points from {1} last quarter");
  EXPECT_EQ(formatPlural(Summary::Down, Language::German, 1, 1, 70),
            "1 Punkt weniger als im Vorquartal (70)");
  EXPECT_EQ(formatPlural(Summary::Down, Language::German, 3, 3, 70),
            "3 Punkte weniger als im Vorquartal (70)");
  EXPECT_TRUE(isPlural(Summary::Up));
  EXPECT_FALSE(isPlural(Summary::Health));
}

TEST(Catalogue, PlaceholdersAreFilledInEveryLanguage) {
  EXPECT_EQ(format(Sidebar::QbrWritten, Language::English, 2, 3, "/tmp/q"),
            "Wrote 2 of 3 QBR workbooks to /tmp/q");
  EXPECT_EQ(format(Sidebar::QbrWritten, Language::German, 2, 3, "/tmp/q"),
            "2 von 3 QBR-Arbeitsmappen nach /tmp/q geschrieben");
}

TEST(Catalogue, AValueOutsideTheLanguagesFallsBackToEnglish) {
  const auto unknown = static_cast<Language>(200);
  EXPECT_EQ(get(Dimension::Trust, unknown), "Trust");
  EXPECT_EQ(get(Dimension::Trust, Language::German), "Vertrauen");
}

}  // namespace
}  // namespace alliance::text
