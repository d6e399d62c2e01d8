"""The installer's pre-configuration: server URL, station and a one-time enrolment code.

IT gives these at install time (debconf or a seed file on Linux, installer parameters on
Windows: docs/deploying.md); the installer writes them to a small TOML file that the kiosk reads
on its first start. Once the kiosk has enrolled with the code, `consume()` deletes the code, so
the file never keeps a usable secret. The server URL and station stay, for IT to read.

    server_url = "https://harmony.plant.example"
    station = "LINE1-ST1"
    enrolment_code = "K7Q2-9XMD"
    ca_bundle = "/etc/harmony-kiosk/plant-ca.pem"    # optional: a plant CA for the server

Where: `$HARMONY_SEED_FILE` when set, else /etc/harmony-kiosk/seed.toml (Linux) or
%ProgramData%\\harmony-kiosk\\seed.toml (Windows).
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

from harmony_kiosk.errors import KnownError

SEED_ENV = "HARMONY_SEED_FILE"
LINUX_SEED = Path("/etc/harmony-kiosk/seed.toml")
KEYS = ("server_url", "station", "enrolment_code", "ca_bundle")
CODE_KEY = "enrolment_code"
_MAX_BYTES = 16_384


class SeedInvalid(KnownError):
    """The seed file exists but cannot be used as it is."""


@dataclass(frozen=True)
class Seed:
    """What the installer was told; any part may be missing."""

    path: Path
    server_url: str | None
    station: str | None
    enrolment_code: str | None
    ca_bundle: str | None = None

    @property
    def can_enrol(self) -> bool:
        return bool(self.server_url and self.enrolment_code)


def seed_path() -> Path:
    """Where the installer writes the seed file on this machine."""
    override = os.environ.get(SEED_ENV)
    if override:
        return Path(override).expanduser()
    if sys.platform == "win32":
        program_data = Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData"))
        return program_data / "harmony-kiosk" / "seed.toml"
    return LINUX_SEED


def load(path: Path | None = None) -> Seed | None:
    """The seed, or None when there is no seed file. Raises SeedInvalid on a damaged file."""
    path = path or seed_path()
    values = _read(path)
    if values is None:
        return None
    return Seed(path, *(values.get(key) for key in KEYS))


def consume(path: Path | None = None) -> None:
    """Delete the enrolment code after a successful enrolment; keep the rest of the file.

    When nothing else is left, the file goes. Safe to call twice or with no file. The kiosk
    user may own the file without owning its folder (/etc/harmony-kiosk): then the file is
    rewritten in place instead of replaced."""
    path = path or seed_path()
    values = _read(path)
    if values is None:
        return
    values.pop(CODE_KEY, None)
    if not values:
        with contextlib.suppress(PermissionError):
            path.unlink(missing_ok=True)
            return
    lines = ["# Harmony Kiosk pre-configuration. The one-time enrolment code was used and removed."]
    lines += [f"{key} = {json.dumps(value)}" for key, value in values.items()]
    _rewrite(path, ("\n".join(lines) + "\n").encode("utf-8"))


def _read(path: Path) -> dict[str, str] | None:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise SeedInvalid(f"The seed file {path} cannot be read: {error.strerror}.") from None
    if len(raw) > _MAX_BYTES:
        raise SeedInvalid(f"The seed file {path} is too large to be a seed file.")
    try:
        parsed = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise SeedInvalid(f"The seed file {path} is not valid TOML: {error}.") from None
    values: dict[str, str] = {}
    for key in KEYS:
        value = parsed.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            raise SeedInvalid(f"In the seed file {path}, {key} must be a quoted text.")
        if value.strip():
            values[key] = value.strip()
    return values


def _rewrite(path: Path, data: bytes) -> None:
    """Replace the file whole when its folder allows it, else overwrite it in place."""
    temporary = path.with_name(path.name + ".tmp")
    try:
        with temporary.open("xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        temporary.chmod(path.stat().st_mode & 0o777)  # a secret's file stays private
        temporary.replace(path)
    except (PermissionError, FileExistsError):
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        with path.open("r+b") as handle:
            handle.truncate(0)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
