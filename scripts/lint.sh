#!/usr/bin/env bash
# Lint: clang-format must leave every C++ file as it is, and clang-tidy must find
# nothing in the project's sources (checks in .clang-tidy at the root).
#   lint.sh format            check formatting
#   lint.sh tidy BUILD_DIR    run clang-tidy with BUILD_DIR/compile_commands.json
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
  *)
    echo "usage: $0 format | tidy BUILD_DIR" >&2
    exit 2
    ;;
esac
