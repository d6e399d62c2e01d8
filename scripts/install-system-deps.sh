#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages the kiosk and its tests need, only those missing.
# Qt's wheels bring Qt itself; these are the system libraries Qt loads (GL, fonts, xcb, D-Bus),
# the virtual display for running without a screen, python3-venv for the virtual environment,
# and for the tests a real Secret Service (gnome-keyring under dbus-run-session) and PostgreSQL.
# Qt Multimedia (voice notes) loads libpulse0; the voice-note tests run their own PulseAudio
# server with a virtual microphone fed speech made by espeak-ng (tests/ui/voice/).
set -euo pipefail

packages=(
  libegl1 libgl1 libopengl0 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxrender1
  xvfb xauth
  gnome-keyring dbus-daemon
  # The server suite starts its own throw-away PostgreSQL from these binaries (initdb, pg_ctl);
  # the cluster service the package sets up on install is not used.
  postgresql
  # Qt Multimedia fails to import without it ("libpulse.so.0: cannot open shared object file").
  libpulse0
)
# Only the tests need these: a PulseAudio server with a virtual microphone, speech to feed it.
test_packages=(
  pulseaudio pulseaudio-utils espeak-ng sox
)
packages+=("${test_packages[@]}")
if ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then
  packages+=(python3-venv)
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "install-system-deps: not a Debian/Ubuntu system; install the equivalents of: ${packages[*]}" >&2
  exit 0
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "install-system-deps: installing ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
