#!/usr/bin/env bash
# The extension must run on any machine with LibreOffice: every shared library
# in the package may only need LibreOffice's URE libraries and the C/C++ runtime.
#   check-oxt-dependencies.sh FILE.oxt
set -euo pipefail
oxt="$1"
allowed='^(libuno_cppuhelpergcc3\.so\.3|libuno_cppu\.so\.3|libuno_sal\.so\.3|libuno_salhelpergcc3\.so\.3|libstdc\+\+\.so\.6|libm\.so\.6|libgcc_s\.so\.1|libc\.so\.6|ld-linux-x86-64\.so\.2)$'
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && cmake -E tar xf "$oxt")
status=0 count=0
while IFS= read -r -d '' so; do
  count=$((count + 1))
  while read -r lib; do
    if [[ ! "$lib" =~ $allowed ]]; then
      echo "FAIL: ${so#"$tmp"/} needs $lib" >&2
      status=1
    fi
  done < <(readelf -d "$so" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
  echo "${so#"$tmp"/}: $(readelf -d "$so" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | tr '\n' ' ')"
done < <(find "$tmp" -name '*.so' -print0)
[ "$count" -gt 0 ] || { echo "FAIL: no shared library in $oxt" >&2; exit 1; }
exit $status
