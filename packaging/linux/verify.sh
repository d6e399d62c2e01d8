#!/usr/bin/env bash
# Verifies a signed Linux release: every FILE.asc against the signing key, and every checksum
# in SHA256SUMS. Any changed byte in a package, in SHA256SUMS or in a signature fails it.
# Needs only gpgv and sha256sum (both on every Debian and Ubuntu).
# Usage: packaging/linux/verify.sh KEY.asc FOLDER     (exit 0 verified, 1 not)
set -euo pipefail

key="$(realpath "$1")"; folder="$(realpath "$2")"
keyring="$(mktemp)"; trap 'rm -f "$keyring"' EXIT
gpg --batch --quiet --dearmor <"$key" >"$keyring"
cd "$folder"
status=0
shopt -s nullglob
signatures=(*.asc)
for signature in "${signatures[@]}"; do
  signed="${signature%.asc}"
  [ -e "$signed" ] || continue  # the key itself, or a signature of a file not shipped here
  if gpgv --quiet --keyring "$keyring" "$signature" "$signed" 2>/dev/null; then
    echo "good signature: $signed"
  else
    echo "BAD SIGNATURE: $signed"; status=1
  fi
done
[ -e SHA256SUMS.asc ] || { echo "missing: SHA256SUMS.asc"; status=1; }
sha256sum --check --strict SHA256SUMS || status=1
[ "$status" = 0 ] && echo "verified: $folder" || echo "NOT VERIFIED: $folder"
exit "$status"
