#!/usr/bin/env bash
# A Debian 13 (trixie) root with LibreOffice 25.2, beside the host's LibreOffice 7.4,
# for testing the extension and the command-line tool in the newest supported version.
#
#   debian13-root.sh make ROOT        create ROOT (or finish a half-made one); a made
#                                     root is kept and reused
#   debian13-root.sh run ROOT CMD...  run CMD inside ROOT, with the source tree at the
#                                     same path as on the host (and the folders listed
#                                     in ALLIANCE_BIND, separated by colons); the
#                                     variables ALLIANCE*, LO_* and PYTHON* pass in;
#                                     with ALLIANCE_NO_SOURCE=1 the source tree is
#                                     left out (to try what an installed package does)
#
# The root is entered with private mount and PID namespaces: nothing it mounts is seen
# on the host, and every process started inside ends with CMD.
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
# The host's own Debian mirror (Debian 13's packages are on the same one).
host_mirror="$(sed -n 's|^URIs: *\(http[^ ]*/debian\)/*$|\1|p' /etc/apt/sources.list.d/debian.sources \
  2>/dev/null | head -1 || true)"
mirror="${DEBIAN_MIRROR:-${host_mirror:-http://deb.debian.org/debian}}"
packages=(
  libreoffice-calc libreoffice-l10n-de python3-uno python3-pytest
  xvfb xauth imagemagick xdotool fonts-liberation2 poppler-utils
  util-linux passwd ca-certificates
)

die() { echo "debian13-root: $*" >&2; exit 1; }

need_root() {
  [ "$(id -u)" -eq 0 ] || die "needs root (debootstrap, chroot and mount namespaces); run it with sudo"
}

make_root() {
  local root="$1"
  need_root
  command -v debootstrap >/dev/null || die "debootstrap is missing: apt-get install debootstrap"
  mkdir -p "$(dirname "$root")"
  # One maker at a time: a second call waits for the first and then finds the root made.
  exec 9>"$root.lock"
  flock 9
  if [ -f "$root/.alliance-ready" ]; then
    echo "debian13-root: $root is ready ($(cat "$root/.alliance-ready"))"
    return
  fi
  mkdir -p "$root"
  if [ ! -x "$root/usr/bin/apt-get" ] || [ ! -f "$root/.debootstrap-done" ]; then
    rm -rf "$root"
    mkdir -p "$root"
    echo "debian13-root: debootstrap trixie into $root"
    debootstrap --variant=minbase trixie "$root" "$mirror" >"$root.debootstrap.log" 2>&1 ||
      { tail -20 "$root.debootstrap.log" >&2; die "debootstrap failed; see $root.debootstrap.log"; }
    touch "$root/.debootstrap-done"
  fi
  echo "debian13-root: installing LibreOffice 25.2 and the test tools"
  run_in "$root" sh -c "export DEBIAN_FRONTEND=noninteractive;
    apt-get update -q && apt-get install -y -q --no-install-recommends ${packages[*]} &&
    apt-get clean" >"$root.apt.log" 2>&1 ||
    { tail -20 "$root.apt.log" >&2; die "installing packages failed; see $root.apt.log"; }
  local version
  version="$(run_in "$root" dpkg-query -W -f='${Version}' libreoffice-calc)"
  echo "libreoffice-calc $version" >"$root/.alliance-ready"
  echo "debian13-root: $root is ready (libreoffice-calc $version)"
}

# Runs a command in the root. The source tree (and with it the build folder) is bound
# at its own path, so the host's build outputs and test files are found where the
# host's CMake wrote their paths.
run_in() {
  local root="$1"
  shift
  need_root
  [ -x "$root/bin/sh" ] || die "$root is not a Debian root; make it first: $0 make $root"
  local cwd="$PWD" name
  local pass=()
  while IFS= read -r name; do
    pass+=("$name=${!name}")
  done < <(compgen -e | grep -E '^(ALLIANCE|LO_|PYTHON)' || true)
  unshare --mount --propagation private --pid --fork -- bash -c '
    set -e
    root="$1"; src="$2"; cwd="$3"; shift 3
    mount -t proc proc "$root/proc"
    mount --bind /sys "$root/sys"
    mount --bind /dev "$root/dev"
    mount --bind /dev/pts "$root/dev/pts" 2>/dev/null || true
    mount -t tmpfs tmpfs "$root/tmp"
    cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
    dirs=()
    [ "${ALLIANCE_NO_SOURCE:-0}" = 1 ] || dirs+=("$src")
    IFS=: read -ra extra <<<"${ALLIANCE_BIND:-}"
    for dir in "${dirs[@]}" "${extra[@]}"; do
      [ -n "$dir" ] || continue
      mkdir -p "$root$dir"
      mount --rbind "$dir" "$root$dir"
    done
    [ -d "$root$cwd" ] || cwd=/
    npass="$1"; shift
    pass=("${@:1:$npass}"); shift "$npass"
    exec chroot "$root" env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin \
      LANG=C.UTF-8 TERM=dumb "${pass[@]}" sh -c "cd \"\$0\" && exec \"\$@\"" "$cwd" "$@"
  ' bash "$root" "$here" "$cwd" "${#pass[@]}" "${pass[@]}" "$@"
}

case "${1:-}" in
  make) [ $# -eq 2 ] || die "usage: $0 make ROOT"; make_root "$(realpath -m "$2")" ;;
  run) [ $# -ge 3 ] || die "usage: $0 run ROOT CMD..."; root="$(realpath -m "$2")"; shift 2
       run_in "$root" "$@" ;;
  *) die "usage: $0 make ROOT | run ROOT CMD..." ;;
esac
