#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer in a build directory of their own, and runs each for a
# bounded time on a copy of its committed seed corpus. Fails when a target finds a
# crash, a sanitizer report, a broken property or a leak.
#   fuzz.sh [SECONDS]   seconds per target, default 20
# Environment: ALLIANCE_FUZZ_BUILD (default build-fuzz), ALLIANCE_FUZZ_JOBS (default 2),
# ALLIANCE_FUZZ_TARGETS (default: all), extra libFuzzer flags in ALLIANCE_FUZZ_FLAGS.
# A crash is saved as build-fuzz/artifacts/<target>-crash-...; replay it with
#   build-fuzz/tests/fuzz/<target> FILE
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-20}"
build="${ALLIANCE_FUZZ_BUILD:-$root/build-fuzz}"
jobs="${ALLIANCE_FUZZ_JOBS:-2}"
targets="${ALLIANCE_FUZZ_TARGETS:-fuzz_metrics fuzz_account_key fuzz_account_lists fuzz_qbr_summary fuzz_programme}"
read -r -a extra <<< "${ALLIANCE_FUZZ_FLAGS:-}"

mkdir -p "$build"
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DALLIANCE_BUILD_FUZZERS=ON -DALLIANCE_BUILD_EXTENSION=OFF -DALLIANCE_BUILD_TESTS=OFF \
  -DALLIANCE_BUILD_BENCHMARKS=OFF > "$build/configure.log" 2>&1 ||
  { cat "$build/configure.log" >&2; exit 1; }
# shellcheck disable=SC2086
cmake --build "$build" -j "$jobs" --target $targets

mkdir -p "$build/artifacts"
status=0
for target in $targets; do
  case "$target" in
    fuzz_account_key | fuzz_account_lists) dict="$root/tests/fuzz/dict/accounts.dict" ;;
    fuzz_metrics | fuzz_programme) dict="$root/tests/fuzz/dict/grid.dict" ;;
    *) dict="" ;;
  esac
  # New inputs go into the build tree; the committed seeds stay as they are.
  work="$build/corpus/$target"
  mkdir -p "$work"
  echo "== $target: ${seconds}s"
  if ! "$build/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -max_len=4096 -print_final_stats=1 -artifact_prefix="$build/artifacts/$target-" \
      ${dict:+-dict="$dict"} "${extra[@]}" "$work" "$root/tests/fuzz/corpus/$target" \
      > "$build/$target.log" 2>&1; then
    echo "FAIL: $target found a problem; see $build/$target.log and $build/artifacts/" >&2
    tail -n 40 "$build/$target.log" >&2
    status=1
  fi
  grep -E '^stat::(number_of_executed_units|peak_rss_mb)|^Done ' "$build/$target.log" || true
done
exit $status
