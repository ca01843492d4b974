// The function catalogue must agree with the IDL: the same methods, the same
// number of arguments, and an optional ("any") argument wherever the Function
// Wizard text says "Optional.".
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "addin/function_catalog.h"

namespace {

using alliance::addin::descriptionIn;
using alliance::addin::findByDisplayName;
using alliance::addin::findByMethod;
using alliance::addin::functionCatalog;
using alliance::addin::FunctionSpec;

struct IdlMethod {
  std::vector<std::string> argumentTypes;
};

std::map<std::string, IdlMethod> readIdlMethods() {
  std::ifstream in(ALLIANCE_IDL_FILE);
  std::stringstream text;
  text << in.rdbuf();
  const std::string idl = text.str();
  std::map<std::string, IdlMethod> methods;
  // "<type> name([in] <type> a, [in] <type> b)" across lines.
  const std::regex method(R"((\w+)\s*\(((?:\s*\[in\][^,)]*,?)+)\))");
  const std::regex argument(R"(\[in\]\s*(.*?)\s+\w+\s*$)");
  for (std::sregex_iterator it(idl.begin(), idl.end(), method), end; it != end; ++it) {
    IdlMethod m;
    std::stringstream args((*it)[2].str());
    std::string one;
    while (std::getline(args, one, ',')) {
      std::smatch type;
      if (std::regex_search(one, type, argument)) {
        m.argumentTypes.push_back(type[1].str());
      }
    }
    methods[(*it)[1].str()] = m;
  }
  return methods;
}

TEST(FunctionCatalog, HasEveryFunctionOfTheContract) {
  std::set<std::string> names;
  for (const FunctionSpec& f : functionCatalog()) {
    names.insert(std::string(f.displayName));
  }
  EXPECT_EQ(names, (std::set<std::string>{
                       "ALLIANCE_HEALTH", "ALLIANCE_DIMENSION", "ALLIANCE_STATUS",
                       "ALLIANCE_WARNINGS", "ALLIANCE_WARNING_COUNT", "ALLIANCE_ALIGNMENT",
                       "ALLIANCE_MATURITY", "ALLIANCE_MATURITY_LEVEL", "ALLIANCE_ACTION",
                       "ALLIANCE_TREND", "ALLIANCE_QBR_SUMMARY", "ALLIANCE_CHECK",
                       "ALLIANCE_ACCOUNT_KEY", "ALLIANCE_OVERLAP", "ALLIANCE_OVERLAP_LIST",
                       "ALLIANCE_MATCH", "ALLIANCE_ACCOUNT_HASH"}));
}

TEST(FunctionCatalog, MatchesTheIdlMethodForMethod) {
  const auto idl = readIdlMethods();
  ASSERT_EQ(idl.size(), functionCatalog().size());
  for (const FunctionSpec& f : functionCatalog()) {
    const auto it = idl.find(std::string(f.method));
    ASSERT_NE(it, idl.end()) << f.method << " is not in the IDL";
    ASSERT_EQ(it->second.argumentTypes.size(), f.parameters.size()) << f.method;
    for (std::size_t i = 0; i < f.parameters.size(); ++i) {
      const bool optional = descriptionIn(f.parameters[i], alliance::Language::English)
                                .starts_with(alliance::addin::kOptionalMarker);
      EXPECT_EQ(optional, it->second.argumentTypes[i] == "any")
          << f.method << " argument " << f.parameters[i].name;
    }
  }
}

TEST(FunctionCatalog, EveryTextIsWritten) {
  for (const FunctionSpec& f : functionCatalog()) {
    const std::string_view english = descriptionIn(f, alliance::Language::English);
    EXPECT_GT(english.size(), 30U) << f.displayName;
    EXPECT_TRUE(english.ends_with(".")) << f.displayName;
    for (const auto& p : f.parameters) {
      EXPECT_FALSE(p.name.empty()) << f.displayName;
      EXPECT_GT(descriptionIn(p, alliance::Language::English).size(), 15U)
          << f.displayName << " " << p.name;
    }
  }
}

TEST(FunctionCatalog, LooksUpByEitherName) {
  const FunctionSpec* health = findByDisplayName("alliance_health");
  ASSERT_NE(health, nullptr);
  EXPECT_EQ(health->method, "allianceHealth");
  EXPECT_EQ(findByMethod("allianceHealth"), health);
  EXPECT_EQ(findByDisplayName("ALLIANCE_NOPE"), nullptr);
  EXPECT_EQ(findByMethod("ALLIANCE_HEALTH"), nullptr);  // programmatic names are exact
}

}  // namespace

namespace {

using alliance::Language;
using alliance::addin::kOptionalMarker;

// Every English text has a translation in every language of the catalogue, written
// for its readers (not the English copied), and an optional argument is marked as
// optional in every language.
TEST(FunctionCatalog, EveryTextHasEveryLanguage) {
  for (const FunctionSpec& f : functionCatalog()) {
    for (const auto& [language, code, name] : alliance::text::languages()) {
      const std::string_view text = descriptionIn(f, language);
      EXPECT_GT(text.size(), 30U) << f.displayName << " " << languageCode(language);
      EXPECT_TRUE(text.ends_with(".")) << f.displayName << " " << languageCode(language);
    }
    EXPECT_NE(descriptionIn(f, Language::English), descriptionIn(f, Language::German))
        << f.displayName;
    for (const auto& p : f.parameters) {
      const std::string_view english = descriptionIn(p, Language::English);
      EXPECT_NE(english, descriptionIn(p, Language::German)) << f.displayName << " " << p.name;
      for (const auto& [language, code, name] : alliance::text::languages()) {
        const std::string_view text = descriptionIn(p, language);
        EXPECT_GT(text.size(), 15U) << f.displayName << " " << p.name;
        EXPECT_TRUE(alliance::text::isTranslated(p.description, language)) << p.name << " " << code;
        EXPECT_EQ(text.starts_with(kOptionalMarker), english.starts_with(kOptionalMarker))
            << f.displayName << " " << p.name << " " << code;
      }
    }
  }
}

TEST(FunctionCatalog, GermanTextsAreGerman) {
  // A crude but telling check: German prose has umlauts or common German words.
  for (const FunctionSpec& f : functionCatalog()) {
    const std::string text(descriptionIn(f, Language::German));
    EXPECT_TRUE(text.find("zurück") != std::string::npos) << f.displayName;
  }
}

TEST(Language, FollowsTheLocaleTag) {
  EXPECT_EQ(alliance::languageForLocale("de"), Language::German);
  EXPECT_EQ(alliance::languageForLocale("de-DE"), Language::German);
  EXPECT_EQ(alliance::languageForLocale("DE_ch"), Language::German);
  EXPECT_EQ(alliance::languageForLocale("de_AT.UTF-8"), Language::German);
  EXPECT_EQ(alliance::languageForLocale("en-US"), Language::English);
  EXPECT_EQ(alliance::languageForLocale("fr-FR"), Language::English);
  EXPECT_EQ(alliance::languageForLocale("dex"), Language::English);
  EXPECT_EQ(alliance::languageForLocale(""), Language::English);
  EXPECT_FALSE(alliance::parseLanguage("fr").has_value());
}

}  // namespace
