// The sidebar's strings table: every text in English and German, the language
// chosen from the office's locale, placeholders filled.
#include <gtest/gtest.h>

#include <string>

#include "sidebar/panel_text.h"

namespace alliance::sidebar {
namespace {

TEST(PanelText, LanguageFollowsTheOfficeLocale) {
  EXPECT_EQ(languageForLocale(u"de"), Language::German);
  EXPECT_EQ(languageForLocale(u"de-DE"), Language::German);
  EXPECT_EQ(languageForLocale(u"DE_at"), Language::German);
  EXPECT_EQ(languageForLocale(u"en-US"), Language::English);
  EXPECT_EQ(languageForLocale(u"dev"), Language::English);
  EXPECT_EQ(languageForLocale(u""), Language::English);
}

TEST(PanelText, EveryTextExistsInBothLanguages) {
  for (int i = 0; i <= static_cast<int>(Text::UndescribedChange); ++i) {
    const auto id = static_cast<Text>(i);
    EXPECT_FALSE(text(id, Language::English).empty()) << i;
    EXPECT_FALSE(text(id, Language::German).empty()) << i;
  }
  EXPECT_EQ(text(Text::CheckWorkbook, Language::English), "Check workbook");
  EXPECT_EQ(text(Text::CheckWorkbook, Language::German), "Arbeitsmappe prüfen");
  EXPECT_EQ(text(Text::CloseQuarter, Language::English), "Close quarter");
  EXPECT_EQ(text(Text::CloseQuarter, Language::German), "Quartal abschließen");
}

TEST(PanelText, PlaceholdersAreFilled) {
  EXPECT_EQ(format(Text::Health, Language::English, "72.4", "Green"), "Health 72.4: Green");
  EXPECT_EQ(format(Text::Health, Language::German, "72.4", "Green"), "Gesundheit 72.4: Green");
  EXPECT_EQ(format(Text::QbrWritten, Language::English, "2", "3", "/tmp/q"),
            "Wrote 2 of 3 QBR workbooks to /tmp/q");
}

}  // namespace
}  // namespace alliance::sidebar
