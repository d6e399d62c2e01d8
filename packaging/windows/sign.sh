#!/usr/bin/env bash
# Authenticode-signs Windows executables in place with osslsigncode (SHA-256, RFC 3161 time
# stamp), then verifies each signature. Runs on Linux: the release signs here, never on the
# build runner. The key and certificates come from the environment:
#   SIGN_CERTS     PEM file: the code-signing certificate and its intermediates
#   SIGN_KEY       PEM key file, or a PKCS#11 URI with SIGN_PKCS11_MODULE (a hardware token or
#                  an HSM-backed signing service: docs/deploying.md)
#   SIGN_TSA_URL   RFC 3161 time-stamping authority (a public one at release; the local test TSA
#                  of packaging/windows/test-sign.sh in CI)
#   VERIFY_CAFILE  root certificates to verify against (optional; the system's by default)
#   SIGN_URL       a URL shown with the signature (optional)
# Usage: packaging/windows/sign.sh FILE.exe...
set -euo pipefail

: "${SIGN_CERTS:?}" "${SIGN_KEY:?}" "${SIGN_TSA_URL:?}"
key_args=(-key "$SIGN_KEY")
if [ -n "${SIGN_PKCS11_MODULE:-}" ]; then key_args=(-pkcs11module "$SIGN_PKCS11_MODULE" -key "$SIGN_KEY"); fi
verify_args=()
if [ -n "${VERIFY_CAFILE:-}" ]; then verify_args=(-CAfile "$VERIFY_CAFILE" -TSA-CAfile "$VERIFY_CAFILE"); fi

for file in "$@"; do
  osslsigncode sign -certs "$SIGN_CERTS" "${key_args[@]}" -h sha256 \
    -n "Harmony Kiosk" ${SIGN_URL:+-i "$SIGN_URL"} -ts "$SIGN_TSA_URL" \
    -in "$file" -out "$file.signed" >/dev/null
  mv -f "$file.signed" "$file"
  osslsigncode verify "${verify_args[@]}" -in "$file" >/dev/null
  echo "signed and verified: $file"
done
