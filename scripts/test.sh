#!/usr/bin/env bash
# Builds AllianceCalc and runs every test: the core's unit tests, the package
# checks, and the integration tests in a real headless LibreOffice.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build"

bash "$root/scripts/deps.sh"
# The Debian 13 root for the tests in LibreOffice 25.2 is made while the build runs
# (as root only: it needs debootstrap and chroot); its CTest fixture waits for it.
if [ "$(id -u)" -eq 0 ]; then
  mkdir -p "$build"
  bash "$root/scripts/debian13-root.sh" make "$build/debian13" >"$build/debian13.make.log" 2>&1 &
fi
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" -j "$(nproc)"
cd "$build"
ctest --output-on-failure -j 2
