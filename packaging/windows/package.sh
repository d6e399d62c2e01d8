#!/usr/bin/env bash
# Makes the signed Windows installer from a Windows bundle, on Linux: signs the bundle's
# executables, compiles harmony-kiosk.nsi around it with makensis (warnings are errors; the
# uninstaller is signed as it is made), then signs and time-stamps the installer. The signing
# key, certificates and time-stamping authority come from the environment (see sign.sh).
# Usage: packaging/windows/package.sh BUNDLE_FOLDER OUTPUT.exe
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bundle="$(cd "$1" && pwd)"; setup="$(realpath -m "$2")"
version="$(sed -n 's/^version = "\(.*\)"$/\1/p' "$root/pyproject.toml" | head -1)"
shopt -s nullglob
executables=("$bundle"/*.exe)
[ ${#executables[@]} -gt 0 ] || { echo "package: no .exe in $bundle" >&2; exit 2; }

"$here/sign.sh" "${executables[@]}"
log="$(mktemp)"; trap 'rm -f "$log"' EXIT
makensis -V2 -WX "-DVERSION=$version" "-DPAYLOAD=$bundle" "-DOUTFILE=$setup" \
  "-DSIGN_CMD=$here/sign.sh" "$here/harmony-kiosk.nsi" >"$log" \
  || { cat "$log" >&2; exit 1; }
grep -q "signed and verified: " "$log" \
  || { cat "$log" >&2; echo "package: the uninstaller was not signed" >&2; exit 1; }
echo "signed and verified: the uninstaller (inside the installer)"
"$here/sign.sh" "$setup"
