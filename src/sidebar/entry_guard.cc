#include "sidebar/entry_guard.h"

#include <fmt/format.h>
#include <com/sun/star/container/NoSuchElementException.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/uno/Exception.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>

#include <atomic>
#include <filesystem>
#include <new>
#include <stdexcept>

#include "support/log.h"
#include "support/ustring.h"

namespace alliance::sidebar {

namespace {

std::atomic<FaultHook> faultHook{nullptr};

}  // namespace

void setFaultHookForTesting(FaultHook hook) noexcept { faultHook = hook; }

void configureLog(const std::string& profileDirectory) noexcept {
  if (profileDirectory.empty()) {
    support::log::configure({}, spdlog::level::off);
    return;
  }
  support::log::configureFromEnvironment(std::filesystem::path(profileDirectory) /
                                         "alliancecalc-sidebar");
}

namespace detail {

void callFaultHook(std::string_view entry) {
  if (const FaultHook hook = faultHook.load(); hook != nullptr) {
    hook(entry);
  }
}

std::string currentExceptionMessage() noexcept {
  try {
    throw;
  } catch (const css::uno::Exception& e) {
    return {e.Message.toUtf8().getStr()};
  } catch (const std::bad_alloc&) {
    return "out of memory";
  } catch (const std::exception& e) {
    return e.what();
  } catch (...) {
    return "unexpected error";
  }
}

void reportFailure(std::string_view entry, const std::string& message) noexcept {
  try {
    support::log::error(fmt::format("sidebar: {} failed: {}", entry, message));
  } catch (...) {  // NOLINT(bugprone-empty-catch): logging never changes what a call does
  }
}

void rethrowAsUno(std::string_view entry) {
  try {
    throw;
  } catch (const css::uno::RuntimeException&) {
    throw;  // IllegalArgumentException among them, with its clear message
  } catch (const css::container::NoSuchElementException&) {
    throw;
  } catch (...) {
    const std::string message = currentExceptionMessage();
    reportFailure(entry, message);
    throw css::uno::RuntimeException(support::fromUtf8("AllianceCalc sidebar: " + message));
  }
}

}  // namespace detail

}  // namespace alliance::sidebar
