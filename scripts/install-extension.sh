#!/usr/bin/env bash
# Installs (or removes) an extension in an isolated LibreOffice profile, never
# the user's own. Works as a normal user and as root: unopkg refuses to run as
# root on a user profile, so as root it runs as the unprivileged user `nobody`
# and hands the profile back afterwards.
#
#   install-extension.sh --profile DIR [--fresh] FILE.oxt   (--fresh: start from an empty profile)
#   install-extension.sh --profile DIR --remove
set -euo pipefail

usage() { echo "usage: $0 --profile DIR [--fresh] FILE.oxt | --profile DIR --remove" >&2; exit 2; }

profile="" remove=0 fresh=0 oxt=""
while [ $# -gt 0 ]; do
  case "$1" in
    --profile) profile="${2:-}"; shift 2 ;;
    --remove) remove=1; shift ;;
    --fresh) fresh=1; shift ;;
    -h|--help) usage ;;
    *) oxt="$1"; shift ;;
  esac
done
[ -n "$profile" ] || usage
[ "$remove" -eq 1 ] || [ -n "$oxt" ] || usage
unopkg="${LO_PROGRAM_DIR:-/usr/lib/libreoffice/program}/unopkg"
[ -x "$unopkg" ] || { echo "unopkg not found at $unopkg: install libreoffice-calc" >&2; exit 1; }

if [ "$fresh" -eq 1 ]; then
  rm -rf "$profile"
fi
mkdir -p "$profile"
profile="$(cd "$profile" && pwd)"
if [ "$remove" -eq 0 ]; then
  [ -f "$oxt" ] || { echo "no such extension package: $oxt" >&2; exit 1; }
  oxt="$(cd "$(dirname "$oxt")" && pwd)/$(basename "$oxt")"
fi

run_unopkg() {
  if [ "$(id -u)" -ne 0 ]; then
    HOME="${HOME:-$profile}" "$unopkg" "$@" "-env:UserInstallation=file://$profile"
    return
  fi
  # As root: run unopkg as nobody on a scratch copy of the profile (nobody may
  # not be able to reach the profile's own folder), then copy the result back.
  local scratch owner rc=0
  owner="$(stat -c %u:%g "$profile")"
  scratch="$(mktemp -d)"
  mkdir -p "$scratch/profile" "$scratch/home"
  cp -a "$profile/." "$scratch/profile/"
  local args=("$@")
  if [ "$remove" -eq 0 ]; then
    cp "$oxt" "$scratch/"
    args=("${args[@]/#$oxt/$scratch/$(basename "$oxt")}")
  fi
  chown -R nobody "$scratch"
  # From the scratch folder: nobody may not be able to enter the caller's (/root).
  (cd "$scratch" && runuser -u nobody -- env HOME="$scratch/home" "$unopkg" "${args[@]}" \
    "-env:UserInstallation=file://$scratch/profile") || rc=$?
  if [ "$rc" -eq 0 ]; then
    find "$profile" -mindepth 1 -delete
    cp -a "$scratch/profile/." "$profile/"
    chown -R "$owner" "$profile"
  fi
  rm -rf "$scratch"
  return $rc
}

# unopkg keeps an unpacked copy of each package it adds in the profile's staging area
# (user/extensions/tmp), and leaves a removed or replaced version's files in its cache
# until the extension manager next starts. So that nothing of AllianceCalc stays
# behind: listing starts the extension manager, which deletes those files, and the
# staging copies of our package (registered nowhere once added or removed) go too.
remove_leftovers() {
  local staging="$profile/user/extensions/tmp/extensions" entry
  [ -d "$staging" ] || return 0
  for entry in "$staging"/*; do
    if [ -d "$entry" ] && grep -qs 'identifier value="org.alliancecalc.extension"' \
        "$entry"/*/description.xml; then
      rm -rf "$entry" "${entry%_}"
    fi
  done
}

if [ "$remove" -eq 1 ]; then
  run_unopkg remove org.alliancecalc.extension
  run_unopkg list > /dev/null
  remove_leftovers
  echo "removed AllianceCalc from $profile"
else
  run_unopkg add --force --suppress-license "$oxt"
  run_unopkg list > /dev/null
  remove_leftovers
  echo "installed $(basename "$oxt") into $profile"
fi
