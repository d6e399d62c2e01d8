#!/usr/bin/env bash
# Packs the built bundle (packaging/build.sh) into OUT/harmony-kiosk_VERSION_amd64.deb with
# dpkg-deb: the bundle under /opt/harmony-kiosk, a desktop entry, an autostart entry for the
# kiosk user, the watchdog (a systemd user service) and the debconf pre-configuration.
# Reproducible like the bundle: file times are SOURCE_DATE_EPOCH, owners root, and dpkg-deb
# (which honours SOURCE_DATE_EPOCH) compresses with xz in its multi-threaded mode, whose output
# depends on the block size, not on the number of threads (man xz: --block-size). On a machine
# with one core dpkg-deb falls back to single-threaded xz, whose bytes differ.
# Compression (DEB_COMPRESSION, DEB_LEVEL): xz -6 makes 47 MB of the bundle with voice notes in
# about a minute on two cores; zstd -10 takes 5 s but made 71 MB of the earlier 188 MB bundle.
# Usage: packaging/linux/build-deb.sh [OUT]     (OUT as given to packaging/build.sh)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$(cd "${1:-$root/build/package}" && pwd)"
bundle="$out/dist/harmony-kiosk"
[ -x "$bundle/harmony-kiosk" ] || { echo "build-deb: no bundle in $bundle: run packaging/build.sh first" >&2; exit 2; }
if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
  SOURCE_DATE_EPOCH="$(git -C "$root" log -1 --format=%ct)"
fi
export SOURCE_DATE_EPOCH TZ=UTC LC_ALL=C.UTF-8
umask 022
version="$(sed -n 's/^version = "\(.*\)"$/\1/p' "$root/pyproject.toml" | head -1)"

stage="$out/deb-root"
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
  "$stage/etc/xdg/autostart" "$stage/usr/lib/systemd/user" "$stage/usr/share/doc/harmony-kiosk"
cp -a "$bundle" "$stage/opt/harmony-kiosk"
install -D -m 0755 "$here/files/autostart" "$stage/opt/harmony-kiosk/share/autostart"
ln -s /opt/harmony-kiosk/harmony-kiosk "$stage/usr/bin/harmony-kiosk"
install -m 0644 "$here/files/harmony-kiosk.desktop" "$stage/usr/share/applications/"
install -m 0644 "$here/files/harmony-kiosk-autostart.desktop" \
  "$stage/etc/xdg/autostart/harmony-kiosk.desktop"
install -m 0644 "$here/files/harmony-kiosk.service" "$stage/usr/lib/systemd/user/"
install -m 0644 "$root/LICENSE" "$stage/usr/share/doc/harmony-kiosk/copyright"
install -m 0644 "$here/debian/templates" "$stage/DEBIAN/templates"
install -m 0755 "$here/debian/config" "$here/debian/postinst" "$here/debian/postrm" "$stage/DEBIAN/"
echo "/etc/xdg/autostart/harmony-kiosk.desktop" >"$stage/DEBIAN/conffiles"
installed_kb="$(du -sk --exclude=DEBIAN "$stage" | cut -f1)"
sed -e "s/@VERSION@/$version/" -e "s/@INSTALLED_SIZE@/$installed_kb/" \
  "$here/debian/control.in" >"$stage/DEBIAN/control"
(cd "$stage" && find . -path ./DEBIAN -prune -o -type f -print0 | LC_ALL=C sort -z \
  | xargs -0 md5sum | sed 's|  \./|  |' >DEBIAN/md5sums)
chmod 0644 "$stage/DEBIAN/control" "$stage/DEBIAN/md5sums" "$stage/DEBIAN/conffiles"
find "$stage" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +

deb="$out/harmony-kiosk_${version}_amd64.deb"
rm -f "$out"/harmony-kiosk_*.deb
dpkg-deb --root-owner-group -Z"${DEB_COMPRESSION:-xz}" -z"${DEB_LEVEL:-6}" --threads-max=2 \
  --build "$stage" "$deb" >/dev/null
echo "build-deb: $deb ($(du -h "$deb" | cut -f1), installs $((installed_kb / 1024)) MB)"
