#!/usr/bin/env bash
# Builds a signed APT repository from the .deb packages in OUT, in OUT/apt (publish that folder
# on any web server; kiosks update with apt): pool/ and dists/stable/ with Release, Release.gpg
# and InRelease signed by the same key as packaging/linux/sign.sh (HARMONY_GPG_KEY in
# GNUPGHOME, or OUT/test-gnupg after `sign.sh --test-key`). Made with reprepro.
# Usage: packaging/linux/apt-repo.sh [OUT]      (REPO=folder to add to an existing repository)
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$(cd "${1:-$root/build/package}" && pwd)"
repo="${REPO:-$out/apt}"
if [ -z "${HARMONY_GPG_KEY:-}" ] && [ -d "$out/test-gnupg" ]; then
  export GNUPGHOME="$out/test-gnupg"
  HARMONY_GPG_KEY="$(gpg --batch --with-colons --list-secret-keys | awk -F: '/^fpr/ {print $10; exit}')"
fi
: "${HARMONY_GPG_KEY:?set HARMONY_GPG_KEY (or run sign.sh --test-key first)}"

mkdir -p "$repo/conf"
cat >"$repo/conf/distributions" <<CONF
Origin: Harmony Kiosk
Label: Harmony Kiosk
Codename: stable
Architectures: amd64
Components: main
Description: Harmony Kiosk for line-side PCs
SignWith: $HARMONY_GPG_KEY
CONF
cat >"$repo/conf/options" <<CONF
basedir $repo
CONF
for deb in "$out"/*.deb; do
  reprepro --silent -b "$repo" includedeb stable "$deb"
done
gpg --batch --armor --export "$HARMONY_GPG_KEY" >"$repo/harmony-kiosk-archive-key.asc"
echo "apt-repo: $repo (dists/stable signed by $HARMONY_GPG_KEY)"
