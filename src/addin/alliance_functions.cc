#include "addin/alliance_functions.h"

#include <fmt/format.h>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/util/PathSubstitution.hpp>
#include <cppuhelper/supportsservice.hxx>
#include <osl/file.hxx>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <exception>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "addin/argument_conversion.h"
#include "addin/fault_injection.h"
#include "addin/function_catalog.h"
#include "core/accounts/accounts.h"
#include "core/input_error.h"
#include "core/language.h"
#include "core/metrics.h"
#include "core/programme.h"
#include "core/report.h"
#include "core/rounding.h"
#include "core/scoring.h"
#include "core/text.h"
#include "core/trend.h"
#include "core/warnings.h"
#include "support/log.h"
#include "support/ustring.h"

namespace alliance::addin {

namespace log = support::log;

namespace {

using css::lang::IllegalArgumentException;
using css::uno::RuntimeException;

// The language of the Function Wizard texts: the office's UI locale, given by setLocale.
Language languageOf(const css::lang::Locale& locale) {
  return languageForLocale(support::toUtf8(locale.Language));
}

std::u16string_view viewOf(const OUString& s) {
  return {reinterpret_cast<const char16_t*>(s.getStr()), static_cast<std::size_t>(s.getLength())};
}

// Set only by tests/addin/firewall_test.cc (see addin/fault_injection.h).
FaultHook faultHook = nullptr;

// Messages made before any failure: copying an OUString allocates nothing, so the
// firewall still has a message when memory has run out.
const OUString& outOfMemoryMessage() {
  static const OUString message("AllianceCalc: out of memory");
  return message;
}

const OUString& badInputMessage() {
  static const OUString message("AllianceCalc: the input is not valid.");
  return message;
}

// A message for a UNO exception; the prepared one when even that cannot be made.
OUString messageOr(const OUString& fallback, std::string_view prefix, const char* what) noexcept {
  try {
    return support::fromUtf8(std::string(prefix) + what);
  } catch (...) {
    return fallback;
  }
}

void logUnexpected(const char* entry, std::string_view what) noexcept {
  try {
    log::error(
        fmt::format("{}: unexpected failure, reported to Calc as an error value: {}", entry, what));
  } catch (...) {
    log::error("unexpected failure (the message could not be made)");
  }
}

// Whether a UNO method declares IllegalArgumentException (the Calc functions do,
// the XAddIn and service methods do not).
enum class Raises : std::uint8_t { IllegalArgument, RuntimeOnly };

// Turns the exception being handled into a UNO exception. Bad input becomes
// IllegalArgumentException (Err:502) where the method declares it; anything
// unexpected a RuntimeException (#VALUE!), logged.
[[noreturn]] void rethrowAsUno(const char* entry, Raises raises) {
  try {
    throw;
  } catch (const css::uno::Exception&) {
    throw;
  } catch (const InputError& e) {
    // Expected: bad input in a cell. Never logged (it happens per cell).
    if (raises == Raises::IllegalArgument) {
      throw IllegalArgumentException(messageOr(badInputMessage(), "", e.what()), nullptr, 0);
    }
    logUnexpected(entry, e.what());
    throw RuntimeException(messageOr(badInputMessage(), "AllianceCalc: ", e.what()));
  } catch (const std::bad_alloc&) {
    logUnexpected(entry, "out of memory");
    throw RuntimeException(outOfMemoryMessage());
  } catch (const std::exception& e) {
    logUnexpected(entry, e.what());
    throw RuntimeException(messageOr(outOfMemoryMessage(), "AllianceCalc: ", e.what()));
  } catch (...) {
    logUnexpected(entry, "an exception that is not a std::exception");
    throw RuntimeException(messageOr(outOfMemoryMessage(), "AllianceCalc: ", "unexpected error"));
  }
}

// How many calls into the add-in are running on this thread. Calls nest: reading a cell
// range makes Calc compute the formulas in it that are not up to date, and one of those may
// call the add-in again while the outer call is still reading.
thread_local std::size_t callDepth = 0;

class CallDepth {
 public:
  CallDepth() noexcept { ++callDepth; }
  ~CallDepth() { --callDepth; }
  CallDepth(const CallDepth&) = delete;
  CallDepth& operator=(const CallDepth&) = delete;
  CallDepth(CallDepth&&) = delete;
  CallDepth& operator=(CallDepth&&) = delete;
};

// The exception firewall: a C++ exception crossing the UNO bridge would take the
// office (and the user's unsaved work) down. Every UNO entry point runs its body
// here; tests/addin/firewall_test.cc proves it for each one.
template <typename Body>
auto guarded(const char* entry, Body&& body, Raises raises = Raises::IllegalArgument)
    -> decltype(body()) {
  try {
    const CallDepth depth;
    if (faultHook != nullptr) {
      faultHook();
    }
    return body();
  } catch (...) {
    rethrowAsUno(entry, raises);
  }
}

// The office's user profile folder as a system path; empty when it cannot be found.
std::string userProfileDirectory(const css::uno::Reference<css::uno::XComponentContext>& context) {
  const css::uno::Reference<css::util::XStringSubstitution> paths =
      css::util::PathSubstitution::create(context);
  const OUString url = paths->substituteVariables("$(user)", true);
  return support::systemPath(url).value_or(std::filesystem::path()).string();
}

// Every number a function returns: finite, and rounded to nine decimals so
// every office version shows the same digits (contract section 7).
double finite(double v) {
  if (!std::isfinite(v)) {
    throw InputError("The result is not a finite number.");
  }
  return roundResult(v);
}

// Reused between calls on the same thread so that a recalculation of a
// 10,000-row portfolio allocates nothing per row and matches labels once.
// A nested call has a state of its own, so that it never overwrites what the call it
// runs inside is still using (its labels, say, while it reads its metrics).
struct CallState {
  GridArgument metrics;
  GridArgument labels;
  GridArgument extra;
  LabelCache labelCache;
  // ALLIANCE_MATCH filled down a column looks up many names in one list: key it once.
  AccountIndexCache accountIndex;
};

CallState& callState() {
  thread_local std::vector<std::unique_ptr<CallState>> states;
  const std::size_t depth = std::max<std::size_t>(callDepth, 1);
  while (states.size() < depth) {
    states.push_back(std::make_unique<CallState>());
  }
  return *states[depth - 1];
}

// Metrics arrive as a cell range: its shape is checked before anything is read, so a
// whole sheet is refused at once instead of becoming a grid of 17 billion cells.
// An error value counts where a metric is read: under a label naming a metric (row
// shape) or beside a metric's name (block shape). Elsewhere, in a column between the
// metrics holding a note or a lookup, it is passed over, as the metric's label being
// unknown makes the functions pass over that cell's value: the portfolio model and
// `check` read the metric columns only, and say the same.
void refuseErrorsUnderMetrics(const GridArgument& read, const CellGrid& values,
                              const CellGrid* names, const css::table::CellRangeAddress& origin) {
  for (const css::table::CellAddress& at : read.errorCells()) {
    const auto r = static_cast<std::size_t>(at.Row - origin.StartRow);
    const auto c = static_cast<std::size_t>(at.Column - origin.StartColumn);
    const Cell* label = nullptr;
    if (names != nullptr) {
      const std::size_t index = values.rows == 1 ? c : r;  // a row or a column of metrics
      label = index < names->size() ? &names->cells[index] : nullptr;
    } else if (c == 1 && r < values.rows) {
      label = &values.at(r, 0);
    }
    if (label != nullptr && label->kind == Cell::Kind::Text && metricForLabel(label->text)) {
      throw InputError(
          fmt::format("Cell {} of metrics is an error value.", cellName(at.Column, at.Row)));
    }
  }
}

const CellGrid& readMetricRange(const AllianceFunctions::CellRange& metrics,
                                const CellGrid* names) {
  const css::table::CellRangeAddress address = rangeAddress(metrics, "metrics");
  checkMetricsShape(rowCount(address), columnCount(address), names);
  // A two-column block ends at its last filled row (A:B is read that far).
  GridArgument& read = callState().metrics;
  const CellGrid& values = read.readKeepingErrors(metrics, address, "metrics", names == nullptr);
  refuseErrorsUnderMetrics(read, values, names, address);
  return values;
}

MetricValues readMetricArguments(const AllianceFunctions::CellRange& metrics, const Any& labels) {
  CallState& state = callState();
  const CellGrid* names = state.labels.readOptional(labels, "labels");
  const CellGrid& values = readMetricRange(metrics, names);
  try {
    return readMetrics(values, names, &state.labelCache);
  } catch (const InputError&) {
    // A circular model under iterative calculation: see forgetCircularZeros.
    if (!state.metrics.forgetCircularZeros(metrics)) {
      throw;
    }
    return readMetrics(values, names, &state.labelCache);
  }
}

// Ratings may have as many cells as the largest range metrics accept, a block of two
// whole columns (A:B). A larger one (a whole sheet) is refused before a cell is read.
constexpr std::size_t kMaxRatingCells = std::size_t{2} * 1048576;

// Both companies' ratings, as grids of the same shape. Their shapes are checked before
// anything is read; then each range is read as far as it holds something, and both
// grids end at the later of the two ends (rows after it hold no pair).
std::pair<const CellGrid&, const CellGrid&> readRatings(
    const AllianceFunctions::CellRange& ours, const AllianceFunctions::CellRange& theirs) {
  const css::table::CellRangeAddress a = rangeAddress(ours, "ours");
  const css::table::CellRangeAddress b = rangeAddress(theirs, "theirs");
  checkAlignmentShape(rowCount(a), columnCount(a), rowCount(b), columnCount(b));
  if (rowCount(a) * columnCount(a) > kMaxRatingCells) {
    throw InputError(fmt::format(
        "The ratings are {}x{}, more than the {} cells (two whole columns) ratings may have.",
        rowCount(a), columnCount(a), kMaxRatingCells));
  }
  CallState& state = callState();
  const std::size_t oursRead = state.metrics.read(ours, a, "ours", true).rows;
  const std::size_t rows = std::max(oursRead, state.labels.read(theirs, b, "theirs", true).rows);
  return {state.metrics.padRows(rows), state.labels.padRows(rows)};
}

Weights readWeights(const Any& weights) {
  const CellGrid* cells = callState().extra.readOptional(weights, "weights");
  return cells == nullptr ? Weights{} : Weights::fromCells(*cells);
}

const ParameterSpec* parameterOf(const OUString& programmaticName, sal_Int32 argument) {
  const FunctionSpec* spec = findByMethod(support::toUtf8(programmaticName));
  if (spec == nullptr || argument < 0 ||
      static_cast<std::size_t>(argument) >= spec->parameters.size()) {
    return nullptr;
  }
  return &spec->parameters[static_cast<std::size_t>(argument)];
}

}  // namespace

AllianceFunctions::AllianceFunctions(
    const css::uno::Reference<css::uno::XComponentContext>& context) {
  // Where the log goes. A missing log is no reason not to load: failures are ignored.
  try {
    if (context.is()) {
      log::configureFromEnvironment(userProfileDirectory(context));
      log::info(fmt::format("AllianceCalc {} loaded; log level {}", ALLIANCE_VERSION,
                            spdlog::level::to_string_view(log::level())));
    }
  } catch (...) {
    log::configure({}, spdlog::level::off);
  }
}

double AllianceFunctions::allianceHealth(const CellRange& metrics, const Any& labels,
                                         const Any& weights) {
  return guarded("allianceHealth", [&] {
    const MetricValues values = readMetricArguments(metrics, labels);
    return finite(health(values, readWeights(weights)));
  });
}

Any AllianceFunctions::allianceDimension(const CellRange& metrics, const OUString& name,
                                         const Any& labels) {
  return guarded("allianceDimension", [&] {
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
  return guarded("allianceStatus", [&] {
    StatusBands bands;
    bands.greenAt = optionalNumber(greenAt, "green_at").value_or(bands.greenAt);
    bands.amberAt = optionalNumber(amberAt, "amber_at").value_or(bands.amberAt);
    return support::fromUtf8(statusWord(statusOf(health, bands)));
  });
}

OUString AllianceFunctions::allianceWarnings(const CellRange& metrics, const Any& labels,
                                             const Any& separator) {
  return guarded("allianceWarnings", [&] {
    const std::optional<std::u16string> chosen = optionalText(separator, "separator");
    const MetricValues values = readMetricArguments(metrics, labels);
    const std::string sep = chosen ? toUtf8(*chosen) : std::string("; ");
    return support::fromUtf8(joinWarningTitles(evaluateWarnings(values), sep));
  });
}

sal_Int32 AllianceFunctions::allianceWarningCount(const CellRange& metrics, const Any& labels) {
  return guarded("allianceWarningCount", [&] {
    return static_cast<sal_Int32>(evaluateWarnings(readMetricArguments(metrics, labels)).count());
  });
}

double AllianceFunctions::allianceAlignment(const CellRange& ours, const CellRange& theirs,
                                            const Any& scaleMin, const Any& scaleMax) {
  return guarded("allianceAlignment", [&] {
    RatingScale scale;
    scale.min = optionalNumber(scaleMin, "scale_min").value_or(scale.min);
    scale.max = optionalNumber(scaleMax, "scale_max").value_or(scale.max);
    const auto [a, b] = readRatings(ours, theirs);
    try {
      return finite(alignment(a, b, scale));
    } catch (const InputError&) {
      // A circular model under iterative calculation: see forgetCircularZeros.
      CallState& state = callState();
      const bool oursForgot = state.metrics.forgetCircularZeros(ours);
      if (!state.labels.forgetCircularZeros(theirs) && !oursForgot) {
        throw;
      }
      return finite(alignment(a, b, scale));
    }
  });
}

double AllianceFunctions::allianceMaturity(const CellRange& answers) {
  return guarded("allianceMaturity", [&] {
    // At most ten cells: the size is checked before a cell is read.
    const css::table::CellRangeAddress address = rangeAddress(answers, "answers");
    checkMaturitySize(rowCount(address) * columnCount(address));
    return finite(maturity(callState().metrics.read(answers, address, "answers", false)));
  });
}

OUString AllianceFunctions::allianceMaturityLevel(double score) {
  return guarded("allianceMaturityLevel", [&] { return support::fromUtf8(maturityLevel(score)); });
}

OUString AllianceFunctions::allianceAction(double health, const Any& previousHealth,
                                           const Any& quartersRed) {
  return guarded("allianceAction", [&] {
    const Action action = portfolioAction(health, optionalNumber(previousHealth, "previous_health"),
                                          optionalNumber(quartersRed, "quarters_red"));
    return support::fromUtf8(actionWord(action));
  });
}

Any AllianceFunctions::allianceTrend(const CellRange& history, const Any& quarters) {
  return guarded("allianceTrend", [&] {
    // The shape and quarters are checked before a cell is read, so a whole sheet is
    // refused at once; a whole column is read as far as it holds something.
    const css::table::CellRangeAddress address = rangeAddress(history, "history");
    checkTrendShape(rowCount(address), columnCount(address));
    const std::optional<double> count = optionalNumber(quarters, "quarters");
    static_cast<void>(trendQuarters(count));
    const CellGrid& scores = callState().metrics.read(history, address, "history", true);
    const std::optional<double> slope = healthTrend(scores, count);
    return slope ? Any(finite(*slope)) : Any();  // a void result shows as #N/A
  });
}

OUString AllianceFunctions::allianceQbrSummary(const CellRange& metrics, const Any& labels,
                                               const Any& previousHealth) {
  return guarded("allianceQbrSummary", [&] {
    const std::optional<double> previous = optionalNumber(previousHealth, "previous_health");
    return support::fromUtf8(qbrSummary(readMetricArguments(metrics, labels), previous));
  });
}

OUString AllianceFunctions::allianceCheck(const CellRange& metrics, const Any& labels) {
  // Explains bad input in words instead of failing on it, so it turns every
  // InputError (including one about the arguments' shape) into its sentence.
  return guarded("allianceCheck", [&] {
    try {
      const CellGrid* names = callState().labels.readOptional(labels, "labels");
      const CellGrid& values = readMetricRange(metrics, names);
      return support::fromUtf8(checkMetrics(values, names));
    } catch (const InputError& e) {
      return support::fromUtf8(e.what());
    }
  });
}

OUString AllianceFunctions::allianceAccountKey(const OUString& name) {
  return guarded("allianceAccountKey", [&] { return support::fromUtf8(accountKey(viewOf(name))); });
}

sal_Int32 AllianceFunctions::allianceOverlap(const CellRange& ours, const CellRange& theirs) {
  return guarded("allianceOverlap", [&] {
    ListArgument a;
    ListArgument b;
    const std::span<const Cell> ourCells = a.read(ours, "ours");
    const std::span<const Cell> theirCells = b.read(theirs, "theirs");
    return static_cast<sal_Int32>(overlapCount(ourCells, theirCells));
  });
}

AllianceFunctions::AnyGrid AllianceFunctions::allianceOverlapList(const CellRange& ours,
                                                                  const CellRange& theirs) {
  return guarded("allianceOverlapList", [&] {
    ListArgument a;
    ListArgument b;
    const std::span<const Cell> ourCells = a.read(ours, "ours");
    const std::span<const Cell> theirCells = b.read(theirs, "theirs");
    const std::vector<std::size_t> shared = overlapList(ourCells, theirCells);
    if (shared.empty()) {
      // An array result needs a cell: one empty text, so the column looks empty.
      AnyGrid none(1);
      none[0] = css::uno::Sequence<Any>(1);
      none[0][0] <<= OUString();
      return none;
    }
    AnyGrid column(static_cast<sal_Int32>(shared.size()));
    for (std::size_t i = 0; i < shared.size(); ++i) {
      // The account as written in ours: the very value Calc holds there.
      column[static_cast<sal_Int32>(i)] = css::uno::Sequence<Any>(&a.valueAt(shared[i]), 1);
    }
    return column;
  });
}

Any AllianceFunctions::allianceMatch(const OUString& name, const CellRange& list) {
  return guarded("allianceMatch", [&] {
    ListArgument entries;
    const std::span<const Cell> cells = entries.read(list, "the list");
    const AccountIndex& index = callState().accountIndex.indexFor(cells, "the list");
    const std::optional<std::size_t> found = index.match(Cell::ofText(viewOf(name)));
    // The index counts the cells read; MATCH counts the range's cells, empty ones too.
    return found ? Any(entries.positionAt(*found - 1)) : Any();  // void shows as #N/A
  });
}

OUString AllianceFunctions::allianceAccountHash(const OUString& name, const OUString& secret) {
  return guarded("allianceAccountHash",
                 [&] { return support::fromUtf8(accountHash(viewOf(name), viewOf(secret))); });
}

OUString AllianceFunctions::getProgrammaticFuntionName(const OUString& displayName) {
  return guarded(
      "getProgrammaticFuntionName",
      [&] {
        const FunctionSpec* spec = findByDisplayName(support::toUtf8(displayName));
        return spec == nullptr ? OUString() : support::fromUtf8(spec->method);
      },
      Raises::RuntimeOnly);
}

OUString AllianceFunctions::getDisplayFunctionName(const OUString& programmaticName) {
  return guarded(
      "getDisplayFunctionName",
      [&] {
        const FunctionSpec* spec = findByMethod(support::toUtf8(programmaticName));
        return spec == nullptr ? OUString() : support::fromUtf8(spec->displayName);
      },
      Raises::RuntimeOnly);
}

OUString AllianceFunctions::getFunctionDescription(const OUString& programmaticName) {
  return guarded(
      "getFunctionDescription",
      [&] {
        const FunctionSpec* spec = findByMethod(support::toUtf8(programmaticName));
        return spec == nullptr ? OUString()
                               : support::fromUtf8(descriptionIn(*spec, languageOf(locale_)));
      },
      Raises::RuntimeOnly);
}

OUString AllianceFunctions::getDisplayArgumentName(const OUString& programmaticName,
                                                   sal_Int32 argument) {
  return guarded(
      "getDisplayArgumentName",
      [&] {
        const ParameterSpec* p = parameterOf(programmaticName, argument);
        return p == nullptr ? OUString() : support::fromUtf8(p->name);
      },
      Raises::RuntimeOnly);
}

OUString AllianceFunctions::getArgumentDescription(const OUString& programmaticName,
                                                   sal_Int32 argument) {
  return guarded(
      "getArgumentDescription",
      [&] {
        const ParameterSpec* p = parameterOf(programmaticName, argument);
        return p == nullptr ? OUString()
                            : support::fromUtf8(descriptionIn(*p, languageOf(locale_)));
      },
      Raises::RuntimeOnly);
}

// XAddIn declares no IllegalArgumentException: an unknown name gets empty text.
OUString AllianceFunctions::getProgrammaticCategoryName(const OUString& programmaticName) {
  return guarded(
      "getProgrammaticCategoryName",
      [&] {
        return findByMethod(support::toUtf8(programmaticName)) == nullptr
                   ? OUString()
                   : support::fromUtf8(kCategory);
      },
      Raises::RuntimeOnly);
}

OUString AllianceFunctions::getDisplayCategoryName(const OUString& programmaticName) {
  return getProgrammaticCategoryName(programmaticName);
}

void AllianceFunctions::setLocale(const css::lang::Locale& locale) {
  guarded(
      "setLocale", [&] { locale_ = locale; }, Raises::RuntimeOnly);
}

css::lang::Locale AllianceFunctions::getLocale() {
  return guarded(
      "getLocale", [&] { return locale_; }, Raises::RuntimeOnly);
}

OUString AllianceFunctions::getServiceName() {
  return guarded(
      "getServiceName", [] { return support::fromUtf8(kServiceName); }, Raises::RuntimeOnly);
}

OUString AllianceFunctions::getImplementationName() {
  return guarded(
      "getImplementationName", [] { return support::fromUtf8(kImplementationName); },
      Raises::RuntimeOnly);
}

sal_Bool AllianceFunctions::supportsService(const OUString& serviceName) {
  return guarded(
      "supportsService", [&] { return cppu::supportsService(this, serviceName); },
      Raises::RuntimeOnly);
}

css::uno::Sequence<OUString> AllianceFunctions::getSupportedServiceNames() {
  return guarded(
      "getSupportedServiceNames",
      [] {
        css::uno::Sequence<OUString> names(2);
        names[0] = support::fromUtf8(kServiceName);
        names[1] = support::fromUtf8(kAddInService);
        return names;
      },
      Raises::RuntimeOnly);
}

void setFaultHookForTesting(FaultHook hook) noexcept { faultHook = hook; }

}  // namespace alliance::addin

// The component's only exported symbol, named by the .components file.
extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface*
org_alliancecalc_addin_AllianceFunctions_get_implementation(
    css::uno::XComponentContext* context, const css::uno::Sequence<css::uno::Any>& /*args*/) {
  try {
    if (alliance::addin::faultHook != nullptr) {
      alliance::addin::faultHook();
    }
    return cppu::acquire(new alliance::addin::AllianceFunctions(context));
  } catch (...) {
    alliance::addin::logUnexpected("the component factory", "the add-in could not be created");
    return nullptr;  // the office reports a component that failed to load
  }
}
