#!/usr/bin/env bash
# Regenerates the function reference (docs/functions.md and the README's table)
# from the function catalogue. With --check, fails when the committed docs differ.
#   update-function-docs.sh REFERENCE_TOOL [--check]
set -euo pipefail
tool="$1"; check="${2:-}"
root="$(cd "$(dirname "$0")/.." && pwd)"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT

"$tool" full > "$tmp/functions.md"
"$tool" table > "$tmp/table.md"
# Replace what stands between the markers in the README.
awk -v table="$tmp/table.md" '
  /<!-- function-table:begin -->/ { print; while ((getline line < table) > 0) print line; skip = 1; next }
  /<!-- function-table:end -->/ { skip = 0 }
  !skip { print }' "$root/README.md" > "$tmp/README.md"

if [ "$check" = "--check" ]; then
  status=0
  diff -u "$root/docs/functions.md" "$tmp/functions.md" || status=1
  diff -u "$root/README.md" "$tmp/README.md" || status=1
  [ $status -eq 0 ] && echo "function reference is up to date" \
    || echo "function reference is stale: run scripts/update-function-docs.sh $tool" >&2
  exit $status
fi
mkdir -p "$root/docs"
cp "$tmp/functions.md" "$root/docs/functions.md"
cp "$tmp/README.md" "$root/README.md"
echo "updated docs/functions.md and README.md"
