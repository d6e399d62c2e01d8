#!/usr/bin/env bash
# Builds the one-folder bundle (packaging/harmony-kiosk.spec) into OUT (default build/package):
#   OUT/dist/harmony-kiosk/harmony-kiosk   the executable, with _internal/ beside it
#   OUT/bundle.manifest                    SHA-256 of every file (packaging/manifest.py)
# Reproducible: the same commit gives the same bytes in any folder at any time. What makes it so:
# SOURCE_DATE_EPOCH (the commit's time, unless set), PYTHONHASHSEED=0 (set order in code
# objects), a fixed umask, locale and time zone, a clean work folder, and file times set to
# SOURCE_DATE_EPOCH afterwards. PyInstaller itself writes no time into the bundle on Linux.
# Usage: packaging/build.sh [OUT]   PYTHON=… another environment; SPEC_ARGS=--keep-unused-qt to
# measure the bundle with the unused Qt parts left in (see the spec).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
out="$(mkdir -p "${1:-$root/build/package}" && cd "${1:-$root/build/package}" && pwd)"
python="${PYTHON:-$root/.venv/bin/python}"

if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
  SOURCE_DATE_EPOCH="$(git -C "$root" log -1 --format=%ct)"
fi
export SOURCE_DATE_EPOCH PYTHONHASHSEED=0 TZ=UTC LC_ALL=C.UTF-8 PYTHONDONTWRITEBYTECODE=1
umask 022

rm -rf "$out/work" "$out/dist"
# The compiled translations (.qm) are build outputs, not in git: made here from the .ts sources
# of this checkout (PYTHONPATH: not those of the checkout the environment was installed from).
PYTHONPATH="$root" "$python" -m ui.translations build >/dev/null
"$python" -m PyInstaller --noconfirm --clean --log-level "${PYINSTALLER_LOG_LEVEL:-WARN}" \
  --distpath "$out/dist" --workpath "$out/work" "$root/packaging/harmony-kiosk.spec" ${SPEC_ARGS:+-- $SPEC_ARGS} \
  2> >(grep -v -E 'Hidden import "(pysqlite2|MySQLdb|pycparser\.(lex|yacc)tab)" not found|Library (shell32|ole32) required via ctypes' >&2)
# File times are not content, but archives made from the folder (.deb, zip) carry them.
find "$out/dist" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
"$python" "$root/packaging/manifest.py" write "$out/dist/harmony-kiosk" "$out/bundle.manifest"
