#!/usr/bin/env bash
# Builds AllianceCalc, installs it into an isolated LibreOffice profile
# (build/profile, never your own), and scores the bundled sample portfolio
# in a real headless office.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build"

bash "$root/scripts/deps.sh"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" -j "$(nproc)"
bash "$root/scripts/install-extension.sh" --fresh --profile "$build/profile" "$build/AllianceCalc.oxt"
"$build/bin/alliancecalc" score --profile "$build/profile" "$root/examples/sample-portfolio.ods"
# Quarterly business reviews (workbook and PDF) for every partner of the sample;
# build/qbr is the build's own folder, so its files are replaced.
mkdir -p "$build/qbr"
"$build/bin/alliancecalc" qbr --profile "$build/profile" --all --pdf --force \
  --out "$build/qbr" "$root/examples/sample-portfolio.ods"
echo "QBR workbooks and PDFs are in $build/qbr"
