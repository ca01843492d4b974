#!/usr/bin/env bash
# Builds AllianceCalc and runs every test: the core's unit tests, the package
# checks, and the integration tests in a real headless LibreOffice.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build"

bash "$root/scripts/deps.sh"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" -j "$(nproc)"
cd "$build"
ctest --output-on-failure -j 2
