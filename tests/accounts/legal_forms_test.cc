// The reviewed table of legal forms (src/core/accounts/legal_forms.inc).
#include "core/accounts/legal_forms.h"

#include <gtest/gtest.h>

#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "accounts_test_support.h"
#include "core/accounts/account_key.h"

namespace alliance {
namespace {

std::set<std::string> regionsOf(std::string_view regions) {
  std::set<std::string> codes;
  std::istringstream words{std::string(regions)};
  for (std::string code; words >> code;) {
    codes.insert(code);
  }
  return codes;
}

TEST(LegalFormTable, CoversEveryRegionTheProductPromises) {
  std::set<std::string> covered;
  for (const LegalFormEntry& entry : legalFormEntries()) {
    const std::set<std::string> codes = regionsOf(entry.regions);
    covered.insert(codes.begin(), codes.end());
  }
  // US, UK, Germany, Austria, Switzerland, France, Benelux, Italy, Spain, Portugal, Latin
  // America, the Nordics, Central and Eastern Europe, Greece, Japan, China, India and
  // South-East Asia, Australia and New Zealand.
  for (const char* code :
       {"US", "GB", "IE", "DE", "AT", "CH", "FR", "BE", "NL", "LU", "IT", "ES", "PT",
        "MX", "BR", "AR", "CL", "CO", "PE", "SE", "NO", "DK", "FI", "IS", "PL", "CZ",
        "SK", "HU", "RO", "BG", "HR", "SI", "RS", "EE", "LV", "LT", "RU", "UA", "GR",
        "JP", "CN", "HK", "TW", "KR", "IN", "SG", "MY", "ID", "TH", "VN", "AU", "NZ"}) {
    EXPECT_TRUE(covered.contains(code)) << code;
  }
}

TEST(LegalFormTable, HasLettersInEveryEntry) {
  for (const LegalFormEntry& entry : legalFormEntries()) {
    EXPECT_FALSE(accountKey(entry.spelling).empty());
    EXPECT_FALSE(entry.regions.empty());
  }
  // Longer forms would never be matched (the matcher joins at most 96 bytes).
  EXPECT_LE(accounts_detail::legalForms().maxJoinedLength(), 96u);
  EXPECT_GE(legalFormEntries().size(), 300u);
}

TEST(LegalFormTable, NamesNoWordThatBelongsToTheName) {
  // Words that are part of what a company is called, not of its legal form: keeping them
  // keeps "Acme Group" and "Acme Holdings" apart from "Acme".
  for (const std::u16string_view word :
       {u"Group",    u"Holding",    u"Holdings", u"Bank",        u"International", u"Services",
        u"Partners", u"Trust",      u"Global",   u"Industries",  u"Compagnie",     u"Gruppe",
        u"Grupo",    u"Groupe",     u"Holdings", u"Enterprises", u"Associates",    u"Brothers",
        u"Sons",     u"Foundation", u"Stiftung", u"Fondation"}) {
    const std::string folded = accountKey(word);
    EXPECT_EQ(accountKey(u"Acme " + std::u16string(word)), "acme" + folded);
    EXPECT_EQ(accountKey(std::u16string(word) + u" Acme"), folded + "acme");
  }
}

// The letters of the forms some country writes first ("as" for AS, A/S and a.s.).
std::set<std::string> lettersWrittenFirst() {
  std::set<std::string> letters;
  for (const LegalFormEntry& entry : legalFormEntries()) {
    if (entry.writtenFirst()) {
      letters.insert(accounts_detail::legalFormLetters(entry.spelling));
    }
  }
  return letters;
}

TEST(LegalFormTable, DropsEveryEntryAtTheEndOfAName) {
  for (const LegalFormEntry& entry : legalFormEntries()) {
    const std::u16string spelling(entry.spelling);
    SCOPED_TRACE(accountKey(spelling));
    EXPECT_EQ(accountKey(u"Zyxwv " + spelling), "zyxwv");
    EXPECT_EQ(accountKey(u"Zyxwv Qopr, " + spelling), "zyxwvqopr");
  }
}

TEST(LegalFormTable, DropsAnEntryAtTheStartOnlyWhereItIsWrittenFirst) {
  const std::set<std::string> first = lettersWrittenFirst();
  for (const LegalFormEntry& entry : legalFormEntries()) {
    const std::u16string spelling(entry.spelling);
    SCOPED_TRACE(accountKey(spelling));
    if (first.contains(accounts_detail::legalFormLetters(entry.spelling))) {
      EXPECT_EQ(accountKey(spelling + u" Zyxwv"), "zyxwv");
      EXPECT_EQ(accountKey(spelling + u" Zyxwv Qopr"), "zyxwvqopr");
    } else {
      EXPECT_NE(accountKey(spelling + u" Zyxwv"), "zyxwv");
      EXPECT_TRUE(accountKey(spelling + u" Zyxwv").ends_with("zyxwv"));
    }
  }
}

TEST(LegalFormTable, WritesFirstTheFormsCountriesWriteFirst) {
  const std::set<std::string> first = lettersWrittenFirst();
  // ISO 20275 forms that lead a company's name in its country's usage.
  for (const std::u16string_view form :
       {u"AB",       u"Aktiebolaget", u"AS",       u"A/S",  u"Oy",      u"Oyj",
        u"OÜ",       u"SIA",          u"UAB",      u"PT",   u"CV",      u"OOO",
        u"ООО",      u"АО",           u"ПАО",      u"ЗАО",  u"ОАО",     u"ТОО",
        u"ТОВ",      u"JSC",          u"PJSC",     u"OJSC", u"CJSC",    u"Kabushiki Kaisha",
        u"株式会社", u"(株)",         u"주식회사", u"บริษัท", u"Công ty", u"Stichting",
        u"N.V.",     u"SARL"}) {
    EXPECT_TRUE(first.contains(accounts_detail::legalFormLetters(form))) << accountKey(form);
  }
  // Forms that follow the name, some of them also letters that start brands.
  for (const std::u16string_view form :
       {u"AG",   u"KG",   u"GmbH",     u"SAS",   u"S.A.", u"S.L.", u"Ltd",    u"Limited",
        u"Inc.", u"Co.",  u"Company",  u"Corp.", u"plc",  u"K.K.", u"S.C.",   u"PAO",
        u"PrAT", u"C.A.", u"有限公司", u"公司",  u"จำกัด", u"Tbk.", u"S.p.A.", u"SE"}) {
    EXPECT_FALSE(first.contains(accounts_detail::legalFormLetters(form))) << accountKey(form);
  }
}

TEST(LegalFormTable, KeepsAFormWrittenFirstInFrontOfALoneGenericWord) {
  EXPECT_LE(genericWords().size(), 40u);  // a short list
  for (const std::u16string_view word : genericWords()) {
    const std::u16string generic(word);
    const std::string folded = accountKey(generic);
    SCOPED_TRACE(folded);
    EXPECT_EQ(accountKey(u"AB " + generic), "ab" + folded);
    EXPECT_EQ(accountKey(u"PT " + generic + u" Tbk"), "pt" + folded);
    EXPECT_EQ(accountKey(u"AB " + generic + u" Zyxwv"), folded + "zyxwv");
    EXPECT_EQ(accountKey(u"Zyxwv " + generic), "zyxwv" + folded);
  }
}

TEST(LegalFormTable, DropsFormsWrittenWithoutASpaceInCjkAndThaiNames) {
  for (const LegalFormEntry& entry : legalFormEntries()) {
    if (!entry.attached()) {
      continue;
    }
    const std::u16string spelling(entry.spelling);
    SCOPED_TRACE(accountKey(spelling));
    EXPECT_EQ(accountKey(u"テスト" + spelling), "テスト");
    if (entry.writtenFirst()) {
      EXPECT_EQ(accountKey(spelling + u"テスト"), "テスト");
    } else {
      EXPECT_EQ(accountKey(spelling + u"テスト"),
                accounts_detail::legalFormLetters(entry.spelling) + "テスト");
    }
  }
}

TEST(LegalFormTable, LeavesOutAmbiguousAbbreviations) {
  // These start well-known brands far more often than they end a name as a legal form.
  const std::vector<std::pair<std::u16string_view, std::string_view>> brands = {
      {u"AC Milan", "acmilan"},           {u"UC Berkeley", "ucberkeley"},
      {u"KB Financial", "kbfinancial"},   {u"HB Fuller", "hbfuller"},
      {u"PA Consulting", "paconsulting"}, {u"PC World", "pcworld"},
      {u"IP Australia", "ipaustralia"}};
  for (const auto& [brand, expected] : brands) {
    EXPECT_EQ(accountKey(brand), expected);
  }
}

}  // namespace
}  // namespace alliance
