"""What the packaging tests share: where the built packages are, and when the tests run.

Tests of built artefacts (the bundle, the .deb, signatures, the Windows installer) run only when
`make package-smoke` or `make package-test` sets HARMONY_PACKAGING_TESTS=1, after `make package`
has built them: a bundle left over from another commit must never be what `make test` checks.
There, a missing bundle or tool is a failure, not a skip.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE_DIR = Path(os.environ.get("HARMONY_PACKAGE_DIR", ROOT / "build" / "package"))
BUNDLE = PACKAGE_DIR / "dist" / "harmony-kiosk"
ENABLED = os.environ.get("HARMONY_PACKAGING_TESTS") == "1"

built_artefacts = pytest.mark.skipif(
    not ENABLED,
    reason="tests the built packages: run by `make package-smoke` / `make package-test`",
)


def need_tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed: `make package-deps` installs it")
    return found


def run(
    command: list[str], *, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, env=env, cwd=cwd, capture_output=True, text=True, timeout=240, check=False
    )


def flip_byte(path: Path, offset: int | None = None) -> None:
    """Invert one byte (by default the one in the middle): the smallest change there is."""
    data = bytearray(path.read_bytes())
    data[len(data) // 2 if offset is None else offset] ^= 0xFF
    path.write_bytes(bytes(data))


def is_elf(path: Path) -> bool:
    if not path.is_file() or path.is_symlink():
        return False
    with path.open("rb") as handle:
        return handle.read(4) == b"\x7fELF"


def elf_files(bundle: Path) -> list[Path]:
    """The executable and every shared library and extension module of the bundle."""
    return [path for path in sorted(bundle.rglob("*")) if is_elf(path)]


@pytest.fixture(scope="session")
def bundle() -> Path:
    executable = BUNDLE / "harmony-kiosk"
    if not executable.exists():
        pytest.fail(f"no bundle at {BUNDLE}: run `make package` first")
    return BUNDLE


@pytest.fixture(scope="session")
def deb() -> Path:
    found = sorted(PACKAGE_DIR.glob("harmony-kiosk_*_amd64.deb"))
    if not found:
        pytest.fail(f"no .deb in {PACKAGE_DIR}: run `make package` first")
    return found[-1]
