// The sidebar's exception firewall. A C++ exception crossing the UNO bridge
// would take the office, and the user's unsaved work, down: every UNO entry
// point of the factory and the panel runs its body through one of these.
//  - guarded():       methods with a result (createUIElement, getWindow, ...):
//                     RuntimeException, IllegalArgumentException and
//                     NoSuchElementException (the factory declares them) pass as
//                     they are; anything else becomes a RuntimeException with its
//                     message, and is logged.
//  - guardedNotice(): listener callbacks and button handlers: nothing ever leaves
//                     (a broadcaster must not see our failures); the failure is
//                     logged and handed to `onFailure` (the panel shows it).
// tests/sidebar/sidebar_firewall_test.cc injects failures into each entry point
// through the test-only hook below.
#pragma once

#include <exception>
#include <functional>
#include <string>
#include <string_view>

namespace alliance::sidebar {

// A test-only seam: when set, every entry point calls it first, inside the
// firewall, with its own name. Nothing in the product sets it.
using FaultHook = void (*)(std::string_view entry);
void setFaultHookForTesting(FaultHook hook) noexcept;

namespace detail {
void callFaultHook(std::string_view entry);
// The current exception's message ("out of memory" for bad_alloc).
[[nodiscard]] std::string currentExceptionMessage() noexcept;
[[noreturn]] void rethrowAsUno(std::string_view entry);
void reportFailure(std::string_view entry, const std::string& message) noexcept;
}  // namespace detail

template <typename Body>
auto guarded(std::string_view entry, Body&& body) -> decltype(body()) {
  try {
    detail::callFaultHook(entry);
    return body();
  } catch (...) {
    detail::rethrowAsUno(entry);
  }
}

using FailureSink = std::function<void(const std::string& message)>;

template <typename Body>
void guardedNotice(std::string_view entry, Body&& body,
                   const FailureSink& onFailure = {}) noexcept {
  try {
    detail::callFaultHook(entry);
    body();
  } catch (...) {
    const std::string message = detail::currentExceptionMessage();
    detail::reportFailure(entry, message);
    if (onFailure) {
      try {
        onFailure(message);
      } catch (...) {  // NOLINT(bugprone-empty-catch): showing the failure is best effort
      }
    }
  }
}

// Where the sidebar logs unexpected failures: <profile>/alliancecalc-sidebar (a
// folder of its own, as the add-in's log is a different library's file).
void configureLog(const std::string& profileDirectory) noexcept;

}  // namespace alliance::sidebar
