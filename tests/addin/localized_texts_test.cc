// The add-in's Function Wizard texts follow the locale the office sets with
// XLocalizable::setLocale; names and function results do not.
#include <gtest/gtest.h>
#include <rtl/ref.hxx>

#include <string>

#include "addin/alliance_functions.h"
#include "addin/function_catalog.h"

namespace {

using alliance::Language;
using alliance::addin::AllianceFunctions;
using alliance::addin::descriptionIn;
using alliance::addin::functionCatalog;
using alliance::addin::FunctionSpec;
using rtl::OUString;

std::string utf8(const OUString& s) { return {s.toUtf8().getStr()}; }

OUString ascii(std::string_view s) {
  return {s.data(), static_cast<sal_Int32>(s.size()), RTL_TEXTENCODING_UTF8};
}

css::lang::Locale locale(const char* language, const char* country) {
  return {OUString::createFromAscii(language), OUString::createFromAscii(country), OUString()};
}

void expectTextsIn(AllianceFunctions& addin, Language language) {
  for (const FunctionSpec& f : functionCatalog()) {
    const OUString method = ascii(f.method);
    EXPECT_EQ(utf8(addin.getFunctionDescription(method)), descriptionIn(f, language))
        << f.displayName;
    EXPECT_EQ(utf8(addin.getDisplayFunctionName(method)), f.displayName);
    for (std::size_t i = 0; i < f.parameters.size(); ++i) {
      const auto argument = static_cast<sal_Int32>(i);
      EXPECT_EQ(utf8(addin.getArgumentDescription(method, argument)),
                descriptionIn(f.parameters[i], language))
          << f.displayName << " " << f.parameters[i].name;
      EXPECT_EQ(utf8(addin.getDisplayArgumentName(method, argument)), f.parameters[i].name);
    }
  }
}

TEST(LocalizedTexts, EnglishUntilTheOfficeSetsALocale) {
  const rtl::Reference<AllianceFunctions> addin(new AllianceFunctions());
  expectTextsIn(*addin, Language::English);
}

TEST(LocalizedTexts, GermanForAGermanUiLocale) {
  const rtl::Reference<AllianceFunctions> addin(new AllianceFunctions());
  addin->setLocale(locale("de", "DE"));
  expectTextsIn(*addin, Language::German);
  EXPECT_EQ(utf8(addin->getLocale().Language), "de");
  addin->setLocale(locale("de", "AT"));
  expectTextsIn(*addin, Language::German);
}

TEST(LocalizedTexts, EnglishForEveryOtherLocale) {
  const rtl::Reference<AllianceFunctions> addin(new AllianceFunctions());
  addin->setLocale(locale("de", "DE"));
  addin->setLocale(locale("fr", "FR"));
  expectTextsIn(*addin, Language::English);
  addin->setLocale(locale("en", "GB"));
  expectTextsIn(*addin, Language::English);
}

// Function results are the contract's words whatever the UI language.
TEST(LocalizedTexts, ResultsStayEnglishInAGermanOffice) {
  const rtl::Reference<AllianceFunctions> addin(new AllianceFunctions());
  addin->setLocale(locale("de", "DE"));
  EXPECT_EQ(utf8(addin->allianceStatus(80.0, css::uno::Any(), css::uno::Any())), "Green");
  EXPECT_EQ(utf8(addin->allianceAction(40.0, css::uno::Any(), css::uno::Any(3.0))), "Exit review");
  EXPECT_EQ(utf8(addin->allianceMaturityLevel(4.0)), "Developing");
}

}  // namespace
