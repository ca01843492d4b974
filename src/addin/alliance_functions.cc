#include "addin/alliance_functions.h"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/supportsservice.hxx>

#include <cmath>
#include <new>
#include <string>
#include <string_view>

#include "addin/argument_conversion.h"
#include "addin/function_catalog.h"
#include "core/accounts/accounts.h"
#include "core/input_error.h"
#include "core/metrics.h"
#include "core/programme.h"
#include "core/report.h"
#include "core/scoring.h"
#include "core/text.h"
#include "core/warnings.h"

namespace alliance::addin {

namespace {

using css::lang::IllegalArgumentException;
using css::uno::RuntimeException;

OUString toOUString(std::string_view utf8) {
  return {utf8.data(), static_cast<sal_Int32>(utf8.size()), RTL_TEXTENCODING_UTF8};
}

std::string toStd(const OUString& s) { return {s.toUtf8().getStr()}; }

std::u16string_view viewOf(const OUString& s) {
  return {reinterpret_cast<const char16_t*>(s.getStr()), static_cast<std::size_t>(s.getLength())};
}

// The exception firewall: a C++ exception crossing the UNO bridge would take the
// office (and the user's unsaved work) down. Bad input becomes
// IllegalArgumentException (Err:502); anything unexpected a RuntimeException (#VALUE!).
template <typename Body>
auto guarded(Body&& body) -> decltype(body()) {
  try {
    return body();
  } catch (const InputError& e) {
    throw IllegalArgumentException(toOUString(e.what()), nullptr, 0);
  } catch (const css::uno::Exception&) {
    throw;
  } catch (const std::bad_alloc&) {
    throw RuntimeException("AllianceCalc: out of memory");
  } catch (const std::exception& e) {
    throw RuntimeException("AllianceCalc: " + toOUString(e.what()));
  } catch (...) {
    throw RuntimeException("AllianceCalc: unexpected error");
  }
}

double finite(double v) {
  if (!std::isfinite(v)) {
    throw InputError("The result is not a finite number.");
  }
  return v;
}

// Reused between calls on the same thread so that a recalculation of a
// 10,000-row portfolio allocates nothing per row and matches labels once.
struct CallState {
  GridArgument metrics;
  GridArgument labels;
  GridArgument extra;
  LabelCache labelCache;
  // ALLIANCE_MATCH filled down a column looks up many names in one list: key it once.
  AccountIndexCache accountIndex;
};

CallState& callState() {
  thread_local CallState state;
  return state;
}

MetricValues readMetricArguments(const AllianceFunctions::AnyGrid& metrics, const Any& labels) {
  CallState& state = callState();
  const CellGrid& values = state.metrics.read(metrics, "metrics");
  const CellGrid* names = state.labels.readOptional(labels, "labels");
  return readMetrics(values, names, &state.labelCache);
}

Weights readWeights(const Any& weights) {
  const CellGrid* cells = callState().extra.readOptional(weights, "weights");
  return cells == nullptr ? Weights{} : Weights::fromCells(*cells);
}

const ParameterSpec* parameterOf(const OUString& programmaticName, sal_Int32 argument) {
  const FunctionSpec* spec = findByMethod(toStd(programmaticName));
  if (spec == nullptr || argument < 0 ||
      static_cast<std::size_t>(argument) >= spec->parameters.size()) {
    return nullptr;
  }
  return &spec->parameters[static_cast<std::size_t>(argument)];
}

}  // namespace

double AllianceFunctions::allianceHealth(const AnyGrid& metrics, const Any& labels,
                                         const Any& weights) {
  return guarded([&] {
    const MetricValues values = readMetricArguments(metrics, labels);
    return finite(health(values, readWeights(weights)));
  });
}

Any AllianceFunctions::allianceDimension(const AnyGrid& metrics, const OUString& name,
                                         const Any& labels) {
  return guarded([&] {
    const std::optional<Dimension> dimension = parseDimension(viewOf(name));
    if (!dimension) {
      throw InputError("The dimension " + quoteForMessage(viewOf(name)) +
                       " is unknown; use strategy, execution, commitment, trust or governance.");
    }
    const MetricValues values = readMetricArguments(metrics, labels);
    const std::optional<double> score = scoreDimensions(values).get(*dimension);
    return score ? Any(finite(*score)) : Any();  // a void result shows as #N/A
  });
}

OUString AllianceFunctions::allianceStatus(double health, const Any& greenAt, const Any& amberAt) {
  return guarded([&] {
    StatusBands bands;
    bands.greenAt = optionalNumber(greenAt, "green_at").value_or(bands.greenAt);
    bands.amberAt = optionalNumber(amberAt, "amber_at").value_or(bands.amberAt);
    return toOUString(statusWord(statusOf(health, bands)));
  });
}

OUString AllianceFunctions::allianceWarnings(const AnyGrid& metrics, const Any& labels,
                                             const Any& separator) {
  return guarded([&] {
    const std::optional<std::u16string> chosen = optionalText(separator, "separator");
    const MetricValues values = readMetricArguments(metrics, labels);
    const std::string sep = chosen ? toUtf8(*chosen) : std::string("; ");
    return toOUString(joinWarningTitles(evaluateWarnings(values), sep));
  });
}

sal_Int32 AllianceFunctions::allianceWarningCount(const AnyGrid& metrics, const Any& labels) {
  return guarded([&] {
    return static_cast<sal_Int32>(evaluateWarnings(readMetricArguments(metrics, labels)).count());
  });
}

double AllianceFunctions::allianceAlignment(const AnyGrid& ours, const AnyGrid& theirs,
                                            const Any& scaleMin, const Any& scaleMax) {
  return guarded([&] {
    RatingScale scale;
    scale.min = optionalNumber(scaleMin, "scale_min").value_or(scale.min);
    scale.max = optionalNumber(scaleMax, "scale_max").value_or(scale.max);
    CallState& state = callState();
    const CellGrid& a = state.metrics.read(ours, "ours");
    const CellGrid& b = state.labels.read(theirs, "theirs");
    return finite(alignment(a, b, scale));
  });
}

double AllianceFunctions::allianceMaturity(const AnyGrid& answers) {
  return guarded([&] { return finite(maturity(callState().metrics.read(answers, "answers"))); });
}

OUString AllianceFunctions::allianceMaturityLevel(double score) {
  return guarded([&] { return toOUString(maturityLevel(score)); });
}

OUString AllianceFunctions::allianceAction(double health, const Any& previousHealth,
                                           const Any& quartersRed) {
  return guarded([&] {
    const Action action = portfolioAction(health, optionalNumber(previousHealth, "previous_health"),
                                          optionalNumber(quartersRed, "quarters_red"));
    return toOUString(actionWord(action));
  });
}

OUString AllianceFunctions::allianceQbrSummary(const AnyGrid& metrics, const Any& labels,
                                               const Any& previousHealth) {
  return guarded([&] {
    const std::optional<double> previous = optionalNumber(previousHealth, "previous_health");
    return toOUString(qbrSummary(readMetricArguments(metrics, labels), previous));
  });
}

OUString AllianceFunctions::allianceCheck(const AnyGrid& metrics, const Any& labels) {
  // Explains bad input in words instead of failing on it, so it turns every
  // InputError (including one about the arguments' shape) into its sentence.
  return guarded([&] {
    try {
      CallState& state = callState();
      const CellGrid& values = state.metrics.read(metrics, "metrics");
      const CellGrid* names = state.labels.readOptional(labels, "labels");
      return toOUString(checkMetrics(values, names));
    } catch (const InputError& e) {
      return toOUString(e.what());
    }
  });
}

OUString AllianceFunctions::allianceAccountKey(const OUString& name) {
  return guarded([&] { return toOUString(accountKey(viewOf(name))); });
}

sal_Int32 AllianceFunctions::allianceOverlap(const AnyGrid& ours, const AnyGrid& theirs) {
  return guarded([&] {
    CallState& state = callState();
    const CellGrid& a = state.metrics.read(ours, "ours");
    const CellGrid& b = state.labels.read(theirs, "theirs");
    return static_cast<sal_Int32>(overlapCount(a.cells, b.cells));
  });
}

AllianceFunctions::AnyGrid AllianceFunctions::allianceOverlapList(const AnyGrid& ours,
                                                                  const AnyGrid& theirs) {
  return guarded([&] {
    CallState& state = callState();
    const CellGrid& a = state.metrics.read(ours, "ours");
    const CellGrid& b = state.labels.read(theirs, "theirs");
    const std::vector<std::size_t> shared = overlapList(a.cells, b.cells);
    if (shared.empty()) {
      // An array result needs a cell: one empty text, so the column looks empty.
      AnyGrid none(1);
      none[0] = css::uno::Sequence<Any>(1);
      none[0][0] <<= OUString();
      return none;
    }
    AnyGrid column(static_cast<sal_Int32>(shared.size()));
    for (std::size_t i = 0; i < shared.size(); ++i) {
      // The account as written in ours: the very value Calc passed in.
      const auto row = static_cast<sal_Int32>(shared[i] / a.cols);
      const auto col = static_cast<sal_Int32>(shared[i] % a.cols);
      column[static_cast<sal_Int32>(i)] = css::uno::Sequence<Any>(&ours[row][col], 1);
    }
    return column;
  });
}

Any AllianceFunctions::allianceMatch(const OUString& name, const AnyGrid& list) {
  return guarded([&] {
    CallState& state = callState();
    const CellGrid& entries = state.metrics.read(list, "list");
    const AccountIndex& index = state.accountIndex.indexFor(entries.cells, "the list");
    const std::optional<std::size_t> position = index.match(Cell::ofText(viewOf(name)));
    return position ? Any(static_cast<double>(*position)) : Any();  // void shows as #N/A
  });
}

OUString AllianceFunctions::allianceAccountHash(const OUString& name, const OUString& secret) {
  return guarded([&] { return toOUString(accountHash(viewOf(name), viewOf(secret))); });
}

OUString AllianceFunctions::getProgrammaticFuntionName(const OUString& displayName) {
  return guarded([&] {
    const FunctionSpec* spec = findByDisplayName(toStd(displayName));
    return spec == nullptr ? OUString() : toOUString(spec->method);
  });
}

OUString AllianceFunctions::getDisplayFunctionName(const OUString& programmaticName) {
  return guarded([&] {
    const FunctionSpec* spec = findByMethod(toStd(programmaticName));
    return spec == nullptr ? OUString() : toOUString(spec->displayName);
  });
}

OUString AllianceFunctions::getFunctionDescription(const OUString& programmaticName) {
  return guarded([&] {
    const FunctionSpec* spec = findByMethod(toStd(programmaticName));
    return spec == nullptr ? OUString() : toOUString(spec->description);
  });
}

OUString AllianceFunctions::getDisplayArgumentName(const OUString& programmaticName,
                                                   sal_Int32 argument) {
  return guarded([&] {
    const ParameterSpec* p = parameterOf(programmaticName, argument);
    return p == nullptr ? OUString() : toOUString(p->name);
  });
}

OUString AllianceFunctions::getArgumentDescription(const OUString& programmaticName,
                                                   sal_Int32 argument) {
  return guarded([&] {
    const ParameterSpec* p = parameterOf(programmaticName, argument);
    return p == nullptr ? OUString() : toOUString(p->description);
  });
}

// XAddIn declares no IllegalArgumentException: an unknown name gets empty text.
OUString AllianceFunctions::getProgrammaticCategoryName(const OUString& programmaticName) {
  return guarded([&] {
    return findByMethod(toStd(programmaticName)) == nullptr ? OUString() : toOUString(kCategory);
  });
}

OUString AllianceFunctions::getDisplayCategoryName(const OUString& programmaticName) {
  return getProgrammaticCategoryName(programmaticName);
}

void AllianceFunctions::setLocale(const css::lang::Locale& locale) { locale_ = locale; }

css::lang::Locale AllianceFunctions::getLocale() { return locale_; }

OUString AllianceFunctions::getServiceName() { return toOUString(kServiceName); }

OUString AllianceFunctions::getImplementationName() { return toOUString(kImplementationName); }

sal_Bool AllianceFunctions::supportsService(const OUString& serviceName) {
  return cppu::supportsService(this, serviceName);
}

css::uno::Sequence<OUString> AllianceFunctions::getSupportedServiceNames() {
  css::uno::Sequence<OUString> names(2);
  names[0] = toOUString(kServiceName);
  names[1] = toOUString(kAddInService);
  return names;
}

}  // namespace alliance::addin

// The component's only exported symbol, named by the .components file.
extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface*
org_alliancecalc_addin_AllianceFunctions_get_implementation(
    css::uno::XComponentContext* /*context*/, const css::uno::Sequence<css::uno::Any>& /*args*/) {
  try {
    return cppu::acquire(new alliance::addin::AllianceFunctions());
  } catch (...) {
    return nullptr;  // the office reports a component that failed to load
  }
}
