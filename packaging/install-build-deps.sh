#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages that packaging needs, only those missing (the kiosk's own
# are in scripts/install-system-deps.sh): debconf-utils for preseeding the .deb in tests (dpkg-deb
# itself is part of dpkg, and --root-owner-group needs no fakeroot), GnuPG and reprepro for
# signatures and the APT repository, NSIS (makensis) and osslsigncode for the Windows installer
# and its Authenticode signatures, openssl for the test PKI and time-stamping authority.
# icu-devtools (icupkg), binutils and gcc cut ICU's data library to our languages (packaging/icu_data.py).
# PyInstaller itself comes from PyPI, pinned in packaging/requirements.lock (see the Makefile).
set -euo pipefail

packages=(debconf-utils gnupg gpgv reprepro nsis osslsigncode openssl icu-devtools binutils gcc)

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "install-build-deps: not a Debian/Ubuntu system; install the equivalents of: ${packages[*]}" >&2
  exit 0
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "install-build-deps: installing ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
