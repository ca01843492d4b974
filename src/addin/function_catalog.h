// The one table describing every Calc function of the add-in: the programmatic
// (IDL) name, the name users type, and its Function Wizard texts (in the text
// catalogue, po/, in every language it has). XAddIn answers from it in the
// office's UI language, and the build generates CalcAddIns.xcu and the function
// reference from it. No UNO here, so build tools and tests use it as plain C++.
// Names are the same in every language.
#pragma once

#include <array>
#include <span>
#include <string_view>

#include "core/language.h"
#include "text/catalog.h"

namespace alliance::addin {

inline constexpr std::string_view kServiceName = "org.alliancecalc.AllianceFunctions";
inline constexpr std::string_view kImplementationName = "org.alliancecalc.addin.AllianceFunctions";
inline constexpr std::string_view kAddInService = "com.sun.star.sheet.AddIn";
// Calc's own category for extension functions.
inline constexpr std::string_view kCategory = "Add-In";

struct ParameterSpec {
  std::string_view name;        // as in the IDL and the Function Wizard
  text::Parameter description;  // help text in the Function Wizard
};

struct FunctionSpec {
  std::string_view method;       // IDL method name, e.g. "allianceHealth"
  std::string_view displayName;  // what users type, e.g. "ALLIANCE_HEALTH"
  text::Function description;
  std::span<const ParameterSpec> parameters;
};

[[nodiscard]] inline std::string_view descriptionIn(const FunctionSpec& f, Language language) {
  return text::get(f.description, language);
}
[[nodiscard]] inline std::string_view descriptionIn(const ParameterSpec& p, Language language) {
  return text::get(p.description, language);
}
// The optional arguments' help starts with this word, in every language.
inline constexpr std::string_view kOptionalMarker = "Optional.";

[[nodiscard]] std::span<const FunctionSpec> functionCatalog();
[[nodiscard]] const FunctionSpec* findByMethod(std::string_view method);
// Case-insensitive, as Calc passes the name the user typed.
[[nodiscard]] const FunctionSpec* findByDisplayName(std::string_view displayName);

}  // namespace alliance::addin
