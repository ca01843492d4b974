#!/usr/bin/env bash
# Builds the core, account mapping and their unit tests with AddressSanitizer and
# UndefinedBehaviorSanitizer (-DALLIANCE_SANITIZE=ON) in a build directory of their
# own, and runs the tests. Any sanitizer report fails the run (-fno-sanitize-recover).
#   sanitize.sh        build directory: build-sanitize (ALLIANCE_SANITIZE_BUILD to change)
# The extension is not built: it cannot be loaded into an office that was not started
# with the sanitizer runtime.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${ALLIANCE_SANITIZE_BUILD:-$root/build-sanitize}"
jobs="${ALLIANCE_SANITIZE_JOBS:-2}"

cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DALLIANCE_SANITIZE=ON \
  -DALLIANCE_BUILD_EXTENSION=OFF -DALLIANCE_BUILD_BENCHMARKS=OFF
cmake --build "$build" -j "$jobs" --target alliance_core_tests alliance_accounts_tests

export ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
status=0
for tests in "$build/tests/core/alliance_core_tests" "$build/tests/accounts/alliance_accounts_tests"; do
  echo "== $(basename "$tests") (ASan + UBSan)"
  "$tests" --gtest_brief=1 || status=1
done
exit $status
