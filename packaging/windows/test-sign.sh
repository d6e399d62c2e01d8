#!/usr/bin/env bash
# What of the Windows installer can be tested on Linux, end to end, in OUT (default
# build/windows-test):
#   1. a throw-away PKI (test-pki.sh) and a local RFC 3161 time-stamping authority on loopback
#      (test_tsa.py), since no public one is reachable from CI;
#   2. a PLACEHOLDER payload: real but empty PE executables (placeholder.nsi) standing in for the
#      PyInstaller bundle, which only a Windows build makes; signed with osslsigncode (sign.sh);
#   3. package.sh (what a release runs on the real bundle): makensis compiles harmony-kiosk.nsi
#      around it, warnings as errors, signing the uninstaller as it is made (!uninstfinalize);
#      the installer is then signed and time-stamped;
#   4. every signature verifies (osslsigncode verify, against the test root, time stamp
#      included), and a copy with one byte changed FAILS verification.
# What only Windows can show (installing, the scheduled task, icacls, SmartScreen) is listed in
# docs/deploying.md and checked by .github/workflows/windows.yml.
# Usage: packaging/windows/test-sign.sh [OUT]
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${1:-$root/build/windows-test}"
python="${PYTHON:-$root/.venv/bin/python}"
[ -x "$python" ] || python=python3
version="$(sed -n 's/^version = "\(.*\)"$/\1/p' "$root/pyproject.toml" | head -1)"
rm -rf "$out" && mkdir -p "$out/payload/_internal"
out="$(cd "$out" && pwd)"

"$here/test-pki.sh" "$out/pki" >/dev/null
"$python" "$here/test_tsa.py" "$out/pki" "$out/tsa.port" --lifetime 300 2>"$out/tsa.log" &
tsa_pid=$!
trap 'kill "$tsa_pid" 2>/dev/null || true' EXIT
for _ in $(seq 50); do [ -s "$out/tsa.port" ] && break; sleep 0.1; done
[ -s "$out/tsa.port" ] || { echo "test-sign: the test TSA did not start" >&2; cat "$out/tsa.log" >&2; exit 1; }
export SIGN_CERTS="$out/pki/code-chain.crt" SIGN_KEY="$out/pki/code.key" VERIFY_CAFILE="$out/pki/ca.crt"
SIGN_TSA_URL="http://127.0.0.1:$(cat "$out/tsa.port")"
export SIGN_TSA_URL

# The placeholder payload: what package.sh signs and wraps, as it does the real bundle.
makensis -V1 -WX "-DOUT=$out/payload/harmony-kiosk.exe" "$here/placeholder.nsi"
cp "$out/payload/harmony-kiosk.exe" "$out/payload/harmony-kiosk-gui.exe"
echo "PLACEHOLDER: the Windows bundle is built on Windows (build.ps1)" >"$out/payload/_internal/PLACEHOLDER.txt"
setup="$out/harmony-kiosk-$version-setup.exe"
"$here/package.sh" "$out/payload" "$setup"

status=0
check() {  # file, expected: good|bad
  local report
  if report="$(osslsigncode verify -CAfile "$VERIFY_CAFILE" -TSA-CAfile "$VERIFY_CAFILE" -in "$1" 2>&1)"; then
    if [ "$2" = good ] && grep -q "Timestamp Server Signature verification: ok" <<<"$report"; then
      echo "verified, time-stamped: ${1##*/}"
    else
      echo "UNEXPECTED: ${1##*/} verified (expected $2, or no time stamp)"; status=1
    fi
  elif [ "$2" = bad ]; then
    echo "tampered copy refused: ${1##*/} ($(grep -m1 -i -E 'mismatch|failed' <<<"$report" | tr -s ' '))"
  else
    echo "FAILED: ${1##*/}"; echo "$report"; status=1
  fi
}
flip_byte() {  # copy $1 to $2 with one byte in the middle of the file inverted
  cp "$1" "$2"
  "$python" - "$2" <<'PY'
import sys
from pathlib import Path
path = Path(sys.argv[1])
data = bytearray(path.read_bytes())
data[len(data) // 2] ^= 0xFF
path.write_bytes(bytes(data))
PY
}
check "$out/payload/harmony-kiosk.exe" good
check "$setup" good
flip_byte "$setup" "$out/tampered-setup.exe"
check "$out/tampered-setup.exe" bad
flip_byte "$out/payload/harmony-kiosk.exe" "$out/tampered-harmony-kiosk.exe"
check "$out/tampered-harmony-kiosk.exe" bad
[ "$status" = 0 ] && echo "test-sign: OK ($setup)" || echo "test-sign: FAILED"
exit "$status"
