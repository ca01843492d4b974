// The exception firewall: every UNO entry point of the add-in turns
// every C++ exception, std::bad_alloc included, into a UNO exception, so that nothing
// but a UNO exception ever reaches the office. Failures are injected through the
// test-only seam addin/fault_injection.h at the start of each entry point, inside the
// firewall, where a failure deep in the core would surface.
//   alliance::InputError  -> IllegalArgumentException (Err:502) where the method declares
//                            it (the 17 Calc functions), RuntimeException elsewhere
//   anything else         -> RuntimeException (#VALUE!), and a line in the log
#include <gtest/gtest.h>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <rtl/ref.hxx>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <new>
#include <ostream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "addin/alliance_functions.h"
#include "addin/fault_injection.h"
#include "addin/function_catalog.h"
#include "core/input_error.h"
#include "support/log.h"

extern "C" css::uno::XInterface* org_alliancecalc_addin_AllianceFunctions_get_implementation(
    css::uno::XComponentContext* context, const css::uno::Sequence<css::uno::Any>& args);

namespace {

using alliance::addin::AllianceFunctions;
using css::uno::Any;
using css::uno::Sequence;
using rtl::OUString;

std::string utf8(const OUString& s) { return {s.toUtf8().getStr()}; }

// Metrics, ratings, checklist answers and account lists are cell ranges of a sheet, which
// only an office makes (the functions are tested on real sheets in tests/integration).
// Here they get none.
const AllianceFunctions::CellRange noRange;

// One UNO entry point, called with valid arguments (or, for cell ranges, none).
struct EntryPoint {
  std::string name;
  bool declaresIllegalArgument;  // the Calc functions; XAddIn and the service methods do not
  std::function<void(AllianceFunctions&)> call;
  std::string errorWithoutAFault = {};  // what a call without a range reports
};

// Test names and failure messages show the method's name.
void PrintTo(const EntryPoint& entry, std::ostream* os) { *os << entry.name; }

const std::vector<EntryPoint>& entryPoints() {
  const OUString health = OUString::createFromAscii("allianceHealth");
  static const std::vector<EntryPoint> all = {
      // XAllianceFunctions: the 17 Calc functions
      {"allianceHealth", true, [](auto& f) { f.allianceHealth(noRange, Any(), Any()); },
       "metrics must be a cell range."},
      {"allianceDimension", true, [](auto& f) { f.allianceDimension(noRange, "trust", Any()); },
       "metrics must be a cell range."},
      {"allianceStatus", true, [](auto& f) { f.allianceStatus(50.0, Any(), Any()); }},
      {"allianceWarnings", true, [](auto& f) { f.allianceWarnings(noRange, Any(), Any()); },
       "metrics must be a cell range."},
      {"allianceWarningCount", true, [](auto& f) { f.allianceWarningCount(noRange, Any()); },
       "metrics must be a cell range."},
      {"allianceAlignment", true,
       [](auto& f) { f.allianceAlignment(noRange, noRange, Any(), Any()); },
       "ours must be a cell range."},
      {"allianceMaturity", true, [](auto& f) { f.allianceMaturity(noRange); },
       "answers must be a cell range."},
      {"allianceMaturityLevel", true, [](auto& f) { f.allianceMaturityLevel(5.0); }},
      {"allianceAction", true, [](auto& f) { f.allianceAction(50.0, Any(), Any()); }},
      {"allianceTrend", true, [](auto& f) { f.allianceTrend(noRange, Any()); },
       "history must be a cell range."},
      {"allianceQbrSummary", true, [](auto& f) { f.allianceQbrSummary(noRange, Any(), Any()); },
       "metrics must be a cell range."},
      // explains bad input in words: a missing range is a sentence, no exception
      {"allianceCheck", true, [](auto& f) { f.allianceCheck(noRange, Any()); }},
      {"allianceAccountKey", true, [](auto& f) { f.allianceAccountKey("ACME Inc."); }},
      {"allianceOverlap", true, [](auto& f) { f.allianceOverlap(noRange, noRange); },
       "ours must be a cell range."},
      {"allianceOverlapList", true, [](auto& f) { f.allianceOverlapList(noRange, noRange); },
       "ours must be a cell range."},
      {"allianceMatch", true, [](auto& f) { f.allianceMatch("Acme", noRange); },
       "the list must be a cell range."},
      {"allianceAccountHash", true, [](auto& f) { f.allianceAccountHash("Acme", "k3y"); }},
      // XAddIn
      {"getProgrammaticFuntionName", false,
       [](auto& f) { f.getProgrammaticFuntionName("ALLIANCE_HEALTH"); }},
      {"getDisplayFunctionName", false, [=](auto& f) { f.getDisplayFunctionName(health); }},
      {"getFunctionDescription", false, [=](auto& f) { f.getFunctionDescription(health); }},
      {"getDisplayArgumentName", false, [=](auto& f) { f.getDisplayArgumentName(health, 0); }},
      {"getArgumentDescription", false, [=](auto& f) { f.getArgumentDescription(health, 0); }},
      {"getProgrammaticCategoryName", false,
       [=](auto& f) { f.getProgrammaticCategoryName(health); }},
      {"getDisplayCategoryName", false, [=](auto& f) { f.getDisplayCategoryName(health); }},
      // XLocalizable
      {"setLocale", false, [](auto& f) { f.setLocale(css::lang::Locale("en", "US", "")); }},
      {"getLocale", false, [](auto& f) { f.getLocale(); }},
      // XServiceName, XServiceInfo
      {"getServiceName", false, [](auto& f) { f.getServiceName(); }},
      {"getImplementationName", false, [](auto& f) { f.getImplementationName(); }},
      {"supportsService", false, [](auto& f) { f.supportsService("com.sun.star.sheet.AddIn"); }},
      {"getSupportedServiceNames", false, [](auto& f) { f.getSupportedServiceNames(); }},
  };
  return all;
}

// What leaves an entry point.
struct Outcome {
  enum Kind { Nothing, IllegalArgument, Runtime, OtherUno, NotUno } kind = Nothing;
  std::string message;
};

Outcome callGuarded(const EntryPoint& entry) {
  rtl::Reference<AllianceFunctions> functions(new AllianceFunctions());
  try {
    entry.call(*functions);
  } catch (const css::lang::IllegalArgumentException& e) {
    return {Outcome::IllegalArgument, utf8(e.Message)};
  } catch (const css::uno::RuntimeException& e) {
    return {Outcome::Runtime, utf8(e.Message)};
  } catch (const css::uno::Exception& e) {
    return {Outcome::OtherUno, utf8(e.Message)};
  } catch (...) {
    return {Outcome::NotUno, {}};
  }
  return {};
}

// The failures a test injects.
void throwBadAlloc() { throw std::bad_alloc(); }
void throwRuntimeError() { throw std::runtime_error("disk on fire"); }
void throwLogicError() { throw std::out_of_range("vector::at"); }
void throwInt() { throw 42; }  // not a std::exception
void throwInputError() { throw alliance::InputError("trust is 7 but must be 1 to 5."); }
void throwUnoRuntime() { throw css::uno::RuntimeException("already a UNO exception"); }

// Sets the hook for one test and always clears it again.
class InjectedFault {
 public:
  explicit InjectedFault(alliance::addin::FaultHook hook) {
    alliance::addin::setFaultHookForTesting(hook);
  }
  InjectedFault(const InjectedFault&) = delete;
  InjectedFault& operator=(const InjectedFault&) = delete;
  ~InjectedFault() { alliance::addin::setFaultHookForTesting(nullptr); }
};

class Firewall : public ::testing::TestWithParam<EntryPoint> {};

std::string entryName(const ::testing::TestParamInfo<EntryPoint>& info) { return info.param.name; }

INSTANTIATE_TEST_SUITE_P(EveryEntryPoint, Firewall, ::testing::ValuesIn(entryPoints()), entryName);

TEST_P(Firewall, WorksWithoutAFault) {
  const Outcome out = callGuarded(GetParam());
  if (GetParam().errorWithoutAFault.empty()) {
    EXPECT_EQ(out.kind, Outcome::Nothing) << out.message;
  } else {
    EXPECT_EQ(out.kind, Outcome::IllegalArgument);
    EXPECT_EQ(out.message, GetParam().errorWithoutAFault);
  }
}

TEST_P(Firewall, BadAllocBecomesRuntimeException) {
  const InjectedFault fault(throwBadAlloc);
  const Outcome out = callGuarded(GetParam());
  EXPECT_EQ(out.kind, Outcome::Runtime);
  EXPECT_EQ(out.message, "AllianceCalc: out of memory");
}

TEST_P(Firewall, StdExceptionBecomesRuntimeExceptionWithItsMessage) {
  {
    const InjectedFault fault(throwRuntimeError);
    const Outcome out = callGuarded(GetParam());
    EXPECT_EQ(out.kind, Outcome::Runtime);
    EXPECT_EQ(out.message, "AllianceCalc: disk on fire");
  }
  {
    const InjectedFault fault(throwLogicError);
    const Outcome out = callGuarded(GetParam());
    EXPECT_EQ(out.kind, Outcome::Runtime);
    EXPECT_EQ(out.message, "AllianceCalc: vector::at");
  }
}

TEST_P(Firewall, NonStdExceptionBecomesRuntimeException) {
  const InjectedFault fault(throwInt);
  const Outcome out = callGuarded(GetParam());
  EXPECT_EQ(out.kind, Outcome::Runtime);
  EXPECT_EQ(out.message, "AllianceCalc: unexpected error");
}

TEST_P(Firewall, InputErrorBecomesIllegalArgumentWhereDeclared) {
  const InjectedFault fault(throwInputError);
  const Outcome out = callGuarded(GetParam());
  if (GetParam().declaresIllegalArgument) {
    EXPECT_EQ(out.kind, Outcome::IllegalArgument);
    EXPECT_EQ(out.message, "trust is 7 but must be 1 to 5.");
  } else {
    EXPECT_EQ(out.kind, Outcome::Runtime);  // a method that cannot raise it
    EXPECT_EQ(out.message, "AllianceCalc: trust is 7 but must be 1 to 5.");
  }
}

TEST_P(Firewall, UnoExceptionPassesUnchanged) {
  const InjectedFault fault(throwUnoRuntime);
  const Outcome out = callGuarded(GetParam());
  EXPECT_EQ(out.kind, Outcome::Runtime);
  EXPECT_EQ(out.message, "already a UNO exception");
}

TEST(FirewallTable, CoversEveryCalcFunction) {
  std::size_t functions = 0;
  for (const EntryPoint& entry : entryPoints()) {
    if (entry.declaresIllegalArgument) {
      ++functions;
      EXPECT_NE(alliance::addin::findByMethod(entry.name), nullptr) << entry.name;
    }
  }
  EXPECT_EQ(functions, alliance::addin::functionCatalog().size());
}

TEST(FirewallFactory, CreatesTheComponentOrReturnsNull) {
  const Sequence<Any> noArguments;
  css::uno::XInterface* created =
      org_alliancecalc_addin_AllianceFunctions_get_implementation(nullptr, noArguments);
  ASSERT_NE(created, nullptr);
  created->release();
  for (const alliance::addin::FaultHook hook :
       {throwBadAlloc, throwRuntimeError, throwInt, throwInputError, throwUnoRuntime}) {
    const InjectedFault fault(hook);
    css::uno::XInterface* failed = nullptr;
    EXPECT_NO_THROW(
        failed = org_alliancecalc_addin_AllianceFunctions_get_implementation(nullptr, noArguments));
    EXPECT_EQ(failed, nullptr);
  }
}

// The firewall logs what is unexpected, and never bad input.
class FirewallLog : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "alliancecalc-firewall-XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
    alliance::support::log::configure(dir_, spdlog::level::warn);
  }
  void TearDown() override {
    alliance::support::log::configure({}, spdlog::level::off);
    std::filesystem::remove_all(dir_);
  }
  [[nodiscard]] std::string logText() const {
    alliance::support::log::flush();
    std::ifstream in(dir_ / alliance::support::log::kFileName);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
  }
  [[nodiscard]] bool logExists() const {
    return std::filesystem::exists(dir_ / alliance::support::log::kFileName);
  }

  std::filesystem::path dir_;
};

TEST_F(FirewallLog, UnexpectedFailuresAreLoggedWithTheEntryPoint) {
  {
    const InjectedFault fault(throwRuntimeError);
    ASSERT_EQ(callGuarded(entryPoints()[0]).kind, Outcome::Runtime);
  }
  {
    const InjectedFault fault(throwBadAlloc);
    const auto accountKey =
        std::find_if(entryPoints().begin(), entryPoints().end(),
                     [](const EntryPoint& entry) { return entry.name == "allianceAccountKey"; });
    ASSERT_NE(accountKey, entryPoints().end());
    ASSERT_EQ(callGuarded(*accountKey).kind, Outcome::Runtime);
  }
  const std::string text = logText();
  EXPECT_NE(text.find("[error]"), std::string::npos) << text;
  EXPECT_NE(text.find("allianceHealth: unexpected failure"), std::string::npos) << text;
  EXPECT_NE(text.find("disk on fire"), std::string::npos) << text;
  EXPECT_NE(text.find("allianceAccountKey: unexpected failure"), std::string::npos) << text;
  EXPECT_NE(text.find("out of memory"), std::string::npos) << text;
}

TEST_F(FirewallLog, BadInputIsNeverLogged) {
  const InjectedFault fault(throwInputError);
  for (const EntryPoint& entry : entryPoints()) {
    if (entry.declaresIllegalArgument) {
      ASSERT_EQ(callGuarded(entry).kind, Outcome::IllegalArgument) << entry.name;
    }
  }
  EXPECT_FALSE(logExists()) << logText();
}

TEST_F(FirewallLog, RealBadInputIsNeverLogged) {
  rtl::Reference<AllianceFunctions> functions(new AllianceFunctions());
  for (int i = 0; i < 100; ++i) {
    // previous_health is 0 to 100
    EXPECT_THROW(functions->allianceAction(60.0, Any(120.0), Any()),
                 css::lang::IllegalArgumentException);
    EXPECT_THROW(functions->allianceAlignment(noRange, noRange, Any(), Any()),
                 css::lang::IllegalArgumentException);
    EXPECT_THROW(functions->allianceHealth(noRange, Any(), Any()),
                 css::lang::IllegalArgumentException);
    EXPECT_THROW(functions->allianceStatus(-1.0, Any(), Any()),
                 css::lang::IllegalArgumentException);
  }
  EXPECT_FALSE(logExists()) << logText();
}

}  // namespace
