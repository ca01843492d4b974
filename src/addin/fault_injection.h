// A test-only seam in the exception firewall (tests/addin/firewall_test.cc).
//
// Why it exists: the firewall must turn every C++ exception into a UNO exception, but
// the failures that matter most (std::bad_alloc deep in the core, a library bug) cannot
// be caused with valid arguments. When a hook is set, every UNO entry point of the
// add-in calls it first, inside the firewall, so a test can throw exactly those
// exceptions from each method. In the office it stays null: one load and one branch
// per call, nothing else. Nothing in the product sets it.
#pragma once

namespace alliance::addin {

using FaultHook = void (*)();

// Sets (or, with nullptr, clears) the hook. Not thread-safe: set it before the calls.
void setFaultHookForTesting(FaultHook hook) noexcept;

}  // namespace alliance::addin
