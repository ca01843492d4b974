// The one table describing every Calc function of the add-in: the programmatic
// (IDL) name, the name users type, the Function Wizard texts. XAddIn answers from
// it, and the build generates CalcAddIns.xcu from it. No UNO here, so build
// tools and tests use it as plain C++.
#pragma once

#include <span>
#include <string_view>

namespace alliance::addin {

inline constexpr std::string_view kServiceName = "org.alliancecalc.AllianceFunctions";
inline constexpr std::string_view kImplementationName = "org.alliancecalc.addin.AllianceFunctions";
inline constexpr std::string_view kAddInService = "com.sun.star.sheet.AddIn";
// Calc's own category for extension functions.
inline constexpr std::string_view kCategory = "Add-In";

struct ParameterSpec {
  std::string_view name;         // as in the IDL and the Function Wizard
  std::string_view description;  // help text in the Function Wizard
};

struct FunctionSpec {
  std::string_view method;       // IDL method name, e.g. "allianceHealth"
  std::string_view displayName;  // what users type, e.g. "ALLIANCE_HEALTH"
  std::string_view description;
  std::span<const ParameterSpec> parameters;
};

[[nodiscard]] std::span<const FunctionSpec> functionCatalog();
[[nodiscard]] const FunctionSpec* findByMethod(std::string_view method);
// Case-insensitive, as Calc passes the name the user typed.
[[nodiscard]] const FunctionSpec* findByDisplayName(std::string_view displayName);

}  // namespace alliance::addin
