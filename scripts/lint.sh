#!/usr/bin/env bash
# Lint: clang-format must leave every C++ file as it is, and clang-tidy and cppcheck
# must find nothing in the project's sources (checks in .clang-tidy at the root;
# cppcheck's accepted findings, each with its reason, in scripts/cppcheck-suppressions.txt).
#   lint.sh format               check formatting
#   lint.sh tidy BUILD_DIR       run clang-tidy with BUILD_DIR/compile_commands.json
#   lint.sh cppcheck BUILD_DIR   run cppcheck on src/ with BUILD_DIR/compile_commands.json
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mapfile -t sources < <(find src tests -name '*.cc' -o -name '*.h' | sort)

case "${1:-}" in
  format)
    clang-format --dry-run --Werror "${sources[@]}"
    echo "clang-format: ${#sources[@]} files clean"
    ;;
  tidy)
    build="${2:?usage: lint.sh tidy BUILD_DIR}"
    mapfile -t units < <(find src -name '*.cc' | sort)
    clang-tidy -p "$build" --quiet "${units[@]}"
    echo "clang-tidy: ${#units[@]} files clean"
    ;;
  cppcheck)
    build="$(cd "${2:?usage: lint.sh cppcheck BUILD_DIR}" && pwd)"
    cppcheck --project="$build/compile_commands.json" --file-filter="$root/src/*" \
      --enable=warning,style,performance,portability --inline-suppr \
      --suppressions-list="$root/scripts/cppcheck-suppressions.txt" --suppress="*:$build/*" \
      --error-exitcode=1 --quiet -j 2 \
      --template='{file}:{line}: {severity} ({id}): {message}'
    echo "cppcheck: src/ clean"
    ;;
  *)
    echo "usage: $0 format | tidy BUILD_DIR | cppcheck BUILD_DIR" >&2
    exit 2
    ;;
esac
