#!/usr/bin/env bash
# Two clean builds of the same source, in two different temporary folders, one after the other
# (so at different times), must give byte-identical bundles (and .deb packages, when
# WITH_DEB=1): compares the SHA-256 manifests and prints every path that differs.
# The source is this checkout's files as git sees them (tracked and untracked, not ignored),
# so uncommitted work is checked too; SOURCE_DATE_EPOCH is the last commit's time.
# Usage: packaging/check-reproducible.sh [--against OUT]     exit 0 identical, 1 different
#   --against OUT   compare one new build with the build already in OUT (what `make package`
#                   made, in another folder and earlier): one build instead of two, for CI.
set -euo pipefail

against=""
if [ "${1:-}" = --against ]; then against="$(cd "$2" && pwd)"; fi

root="$(cd "$(dirname "$0")/.." && pwd)"
python="${PYTHON:-$root/.venv/bin/python}"
SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git -C "$root" log -1 --format=%ct)}"
export SOURCE_DATE_EPOCH PYTHON="$python"
scratch="$(mktemp -d "${TMPDIR:-/tmp}/harmony-repro.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT

# One snapshot of the source, taken first, so that both builds see the same files even while
# someone keeps editing the checkout.
mkdir -p "$scratch/snapshot"
git -C "$root" ls-files -z --cached --others --exclude-standard \
  | (cd "$root" && xargs -0 cp --parents --no-dereference -t "$scratch/snapshot" 2>/dev/null || true)

build_in() {  # a fresh copy of the snapshot in $1, built there
  local folder="$1"
  mkdir -p "$folder"
  cp -a "$scratch/snapshot" "$folder/src"
  (cd "$folder/src" && ./packaging/build.sh "$folder/out" >"$folder/build.log" 2>&1) || {
    cat "$folder/build.log" >&2
    echo "check-reproducible: the build in $folder failed" >&2
    exit 2
  }
  if [ "${WITH_DEB:-0}" = 1 ]; then
    (cd "$folder/src" && ./packaging/linux/build-deb.sh "$folder/out" >>"$folder/build.log" 2>&1)
    sha256sum "$folder/out/"*.deb | sed "s|$folder/out/||" >"$folder/out/deb.sha256"
  fi
}

started=$(date +%s)
if [ -n "$against" ]; then
  first="$against"
  if [ "${WITH_DEB:-0}" = 1 ]; then
    sha256sum "$first/"*.deb | sed "s|$first/||" >"$scratch/first.deb.sha256"
  fi
else
  build_in "$scratch/first-build-in-a"
  first="$scratch/first-build-in-a/out"
  cp "$first/deb.sha256" "$scratch/first.deb.sha256" 2>/dev/null || true
  sleep 2  # different times: any clock that leaks into the bytes shows up
fi
build_in "$scratch/then-b/nested"
second="$scratch/then-b/nested/out"
status=0
"$python" "$root/packaging/manifest.py" compare "$first/bundle.manifest" "$second/bundle.manifest" \
  || status=1
if [ "${WITH_DEB:-0}" = 1 ]; then
  if cmp -s "$scratch/first.deb.sha256" "$second/deb.sha256"; then
    echo "identical .deb: $(cut -d' ' -f1 "$second/deb.sha256")"
  else
    echo "NOT REPRODUCIBLE: the .deb packages differ"; status=1
  fi
fi
echo "check-reproducible: built in $(( $(date +%s) - started )) s (compared with ${first}), SOURCE_DATE_EPOCH=$SOURCE_DATE_EPOCH"
exit $status
