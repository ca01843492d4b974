#!/usr/bin/env bash
# The Debian 12 packages AllianceCalc needs to build and test, in one place.
#   deps.sh          install the missing ones (with sudo when not root)
#   deps.sh --list   print the list
set -euo pipefail

packages=(
  g++ cmake make pkg-config binutils gettext
  libreoffice-calc libreoffice-dev libreofficekit-dev python3-uno python3-pytest
  libreoffice-l10n-de
  libfmt-dev libspdlog-dev libboost-dev libboost-program-options-dev libutf8proc-dev nettle-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  clang-format clang-tidy cppcheck
  clang libclang-rt-14-dev
  xvfb xauth imagemagick xdotool poppler-utils
  debootstrap
)

if [ "${1:-}" = "--list" ]; then
  printf '%s\n' "${packages[@]}"
  exit 0
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing Debian packages: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y "${missing[@]}"
