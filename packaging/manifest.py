"""A manifest of a built folder (SHA-256 of every file, symlink targets), and comparing two.

    python packaging/manifest.py write FOLDER MANIFEST    # one line a file, sorted by path
    python packaging/manifest.py compare MANIFEST_A MANIFEST_B

`compare` prints every path that differs (changed, only in A, only in B) and exits 1 if any.
The manifest is what "identical bytes" means for the reproducibility check
(packaging/check-reproducible.sh): file contents, file modes and symlink targets, not times.
"""

from __future__ import annotations

import hashlib
import os
import stat
import sys
from pathlib import Path

USAGE = "usage: manifest.py write FOLDER MANIFEST | compare MANIFEST_A MANIFEST_B"


def entries(folder: Path) -> dict[str, str]:
    """Relative path -> "sha256 mode" for files, "-> target" for symlinks."""
    found: dict[str, str] = {}
    for directory, subdirectories, files in os.walk(folder):
        subdirectories.sort()
        for name in sorted([*files, *(d for d in subdirectories if _is_link(directory, d))]):
            path = Path(directory) / name
            relative = path.relative_to(folder).as_posix()
            if path.is_symlink():
                found[relative] = f"-> {path.readlink()}"
                continue
            mode = stat.S_IMODE(path.stat().st_mode)
            found[relative] = f"{_sha256(path)} {mode:o}"
    return dict(sorted(found.items()))


def _is_link(directory: str, name: str) -> bool:
    return Path(directory, name).is_symlink()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write(folder: Path, manifest: Path) -> int:
    lines = [f"{value}  {path}" for path, value in entries(folder).items()]
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def read(manifest: Path) -> dict[str, str]:
    rows: dict[str, str] = {}
    for line in manifest.read_text(encoding="utf-8").splitlines():
        value, _, path = line.rpartition("  ")
        rows[path] = value
    return rows


def differences(first: dict[str, str], second: dict[str, str]) -> list[str]:
    """One line per path that is not the same in both, sorted by path."""
    lines = []
    for path in sorted(first.keys() | second.keys()):
        a, b = first.get(path), second.get(path)
        if a == b:
            continue
        if a is None:
            lines.append(f"only in B: {path}")
        elif b is None:
            lines.append(f"only in A: {path}")
        else:
            lines.append(f"differs:   {path}  ({a[:16]}… vs {b[:16]}…)")
    return lines


def main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[0] not in ("write", "compare"):
        sys.stderr.write(USAGE + "\n")
        return 2
    if argv[0] == "write":
        count = write(Path(argv[1]), Path(argv[2]))
        sys.stdout.write(f"manifest: {count} files in {argv[1]} -> {argv[2]}\n")
        return 0
    first, second = read(Path(argv[1])), read(Path(argv[2]))
    found = differences(first, second)
    for line in found:
        sys.stdout.write(line + "\n")
    if found:
        sys.stdout.write(f"NOT REPRODUCIBLE: {len(found)} of {len(first | second)} paths differ\n")
        return 1
    sys.stdout.write(f"identical: {len(first)} files, same SHA-256, modes and links\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
