#!/usr/bin/env bash
# The Debian package on a clean Debian 13 (LibreOffice 25.2) with no source tree:
# it installs with apt's dependencies already met, the tool runs without any
# profile of its own (the office has the extension for every user), scores the
# sample portfolio exactly as the build does in LibreOffice 7.4, makes every QBR
# with its PDF into a folder that does not exist yet, and removes cleanly.
#
#   test_debian_package.sh BUILD_DIR DEBIAN13_ROOT
set -euo pipefail

build="$(realpath "$1")"
root="$(realpath "$2")"
source_dir="$(cd "$(dirname "$0")/../.." && pwd)"
scratch="$(mktemp -d "$build/package-test.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

echo "== the package, made from this build"
cpack --config "$build/CPackConfig.cmake" -B "$scratch/packages" >"$scratch/cpack.log" 2>&1 ||
  { cat "$scratch/cpack.log"; fail "cpack failed"; }
deb="$(ls "$scratch"/packages/alliancecalc_*_amd64.deb)"

echo "== the scores in LibreOffice 7.4, from the build tree"
"$build/bin/alliancecalc" score --json --profile "$build/test-profile" \
  "$source_dir/examples/sample-portfolio.ods" >"$scratch/scores-7.4.json"

echo "== a clean copy of the Debian 13 root"
cp -a "$root" "$scratch/root"
mkdir -p "$scratch/work"
cp "$deb" "$scratch/work/"
cp "$source_dir/examples/sample-portfolio.ods" "$scratch/work/"
cp "$scratch/scores-7.4.json" "$scratch/work/"

cat >"$scratch/work/inside.sh" <<'EOF'
set -euo pipefail
fail() { echo "FAIL: $*" >&2; exit 1; }
work="$1" source_dir="$2"
cd "$work"
[ ! -e "$source_dir/CMakeLists.txt" ] || fail "the source tree is visible in the clean root"
dpkg -i ./alliancecalc_*_amd64.deb
command -v alliancecalc >/dev/null || fail "alliancecalc is not on PATH"
alliancecalc --version
ldd /usr/bin/alliancecalc | grep -q "not found" && fail "alliancecalc lacks a library"
grep -q '^\.TH ALLIANCECALC 1' /usr/share/man/man1/alliancecalc.1 || fail "no man page"
completion="$(bash -c 'source /usr/share/bash-completion/completions/alliancecalc
  COMP_WORDS=(alliancecalc q); COMP_CWORD=1; _alliancecalc; echo "${COMPREPLY[*]}"
  COMP_WORDS=(alliancecalc qbr --pd); COMP_CWORD=2; _alliancecalc; echo "${COMPREPLY[*]}"')"
[ "$completion" = $'qbr\n--pdf' ] || fail "bash completion offers: $completion"

echo "== score, with no profile given"
alliancecalc score --json sample-portfolio.ods >scores-25.2.json
python3 - <<'PY'
import json
ours, theirs = (json.load(open(p)) for p in ("scores-7.4.json", "scores-25.2.json"))
assert len(ours) == 12, ours
assert ours == theirs, (ours, theirs)
print("the same %d scores as in LibreOffice 7.4" % len(ours))
PY

echo "== every QBR with its PDF, into a relative folder that does not exist yet"
alliancecalc qbr sample-portfolio.ods --all --pdf --out reviews/2026-Q4
ods=$(find reviews/2026-Q4 -name '*.ods' | wc -l)
pdf=$(find reviews/2026-Q4 -name '*.pdf' | wc -l)
[ "$ods" -eq 12 ] && [ "$pdf" -eq 12 ] || fail "made $ods workbooks and $pdf PDFs, not 12 and 12"
for f in reviews/2026-Q4/*.pdf; do
  pages=$(pdfinfo "$f" | sed -n 's/^Pages: *//p')
  [ "${pages:-0}" -ge 1 ] || fail "$f has no pages"
done

echo "== removal"
dpkg -r alliancecalc
[ ! -e /usr/bin/alliancecalc ] || fail "alliancecalc left behind"
[ ! -e /usr/lib/libreoffice/share/extensions/alliancecalc ] || fail "the extension left behind"
echo "the package works in $(/usr/lib/libreoffice/program/soffice --version)"
EOF

echo "== in the clean root, without the source tree"
ALLIANCE_NO_SOURCE=1 ALLIANCE_BIND="$scratch/work" \
  bash "$source_dir/scripts/debian13-root.sh" run "$scratch/root" \
  bash "$scratch/work/inside.sh" "$scratch/work" "$source_dir"
echo "PASS"
