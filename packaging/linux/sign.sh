#!/usr/bin/env bash
# Signs the Linux release in OUT with GnuPG: SHA256SUMS over the .deb packages, and a detached,
# ASCII-armoured signature over each .deb and over SHA256SUMS (FILE.asc beside FILE). The public
# key is exported to OUT/harmony-kiosk-signing-key.asc for packaging/linux/verify.sh.
#
# The key: HARMONY_GPG_KEY (a key id or fingerprint in the GnuPG home GNUPGHOME, e.g. on a
# smartcard or HSM-backed agent, see docs/deploying.md), or with --test-key a throw-away key
# made now in OUT/test-gnupg (no passphrase, expires in 7 days): what CI uses. Never ship a
# release signed with a test key.
# Usage: packaging/linux/sign.sh [--test-key] [OUT]
set -euo pipefail

test_key=0
if [ "${1:-}" = --test-key ]; then test_key=1; shift; fi
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$(cd "${1:-$root/build/package}" && pwd)"
shopt -s nullglob
debs=("$out"/*.deb)
[ ${#debs[@]} -gt 0 ] || { echo "sign: no .deb in $out: run packaging/linux/build-deb.sh" >&2; exit 2; }

if [ "$test_key" = 1 ]; then
  export GNUPGHOME="$out/test-gnupg"
  rm -rf "$GNUPGHOME" && mkdir -m 0700 "$GNUPGHOME"
  gpg --batch --quiet --passphrase '' --quick-generate-key \
    "Harmony Kiosk TEST key, CI only <test-signing@harmony-kiosk.invalid>" ed25519 sign 7d
  HARMONY_GPG_KEY="$(gpg --batch --with-colons --list-secret-keys | awk -F: '/^fpr/ {print $10; exit}')"
fi
: "${HARMONY_GPG_KEY:?set HARMONY_GPG_KEY to the release key, or pass --test-key}"

sign() { gpg --batch --yes --quiet --local-user "$HARMONY_GPG_KEY" --armor --detach-sign --output "$1.asc" "$1"; }
(cd "$out" && sha256sum -- "${debs[@]##*/}" >SHA256SUMS)
for file in "${debs[@]}" "$out/SHA256SUMS"; do sign "$file"; done
gpg --batch --armor --export "$HARMONY_GPG_KEY" >"$out/harmony-kiosk-signing-key.asc"
echo "sign: signed ${#debs[@]} package(s) and SHA256SUMS with $HARMONY_GPG_KEY$([ "$test_key" = 1 ] && echo ' (TEST key)')"
