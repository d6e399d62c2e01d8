"""The device secret: kept through `keyring`, never in SQLite, config files or logs.

Service name `harmony-kiosk`, user name the device id. Where no keyring service runs (a headless
Linux kiosk), `KioskFileKeyring` keeps the secret in `<data>/secrets/` readable by the kiosk's
user only (folder 0700, file 0600). `HARMONY_KEYRING=file` forces the fallback,
`HARMONY_KEYRING=system` refuses it.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
from keyring.backends import fail

from harmony_kiosk.device import write_atomically

log = logging.getLogger(__name__)
SERVICE_NAME = "harmony-kiosk"


class KioskFileKeyring(keyring.backend.KeyringBackend):
    """A keyring backend that keeps each secret in a file only the kiosk's user can read."""

    priority = 0.5  # below every real keyring: used only when chosen explicitly

    def __init__(self, folder: Path) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # keyring's base is untyped
        self.folder = folder

    def _path(self, service: str, username: str) -> Path:
        safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in f"{service}--{username}")
        return self.folder / safe

    def get_password(self, service: str, username: str) -> str | None:
        path = self._path(service, username)
        return path.read_text(encoding="utf-8") if path.exists() else None

    def set_password(self, service: str, username: str, password: str) -> None:
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.folder.chmod(0o700)
        path = self._path(service, username)
        old_mask = os.umask(0o077)
        try:
            write_atomically(path, password.encode("utf-8"))
        finally:
            os.umask(old_mask)
        path.chmod(0o600)

    def delete_password(self, service: str, username: str) -> None:
        path = self._path(service, username)
        if not path.exists():
            raise keyring.errors.PasswordDeleteError("no such secret")
        path.unlink()


def _backend(data_dir: Path) -> keyring.backend.KeyringBackend:
    choice = os.environ.get("HARMONY_KEYRING", "auto")
    fallback = KioskFileKeyring(data_dir / "secrets")
    if choice == "file":
        return fallback
    system = keyring.get_keyring()
    usable = not isinstance(system, fail.Keyring) and system.priority > 0
    if usable or choice == "system":
        return system
    log.info(
        "no keyring service; using the kiosk's file keyring", extra={"folder": str(fallback.folder)}
    )
    return fallback


def store_secret(data_dir: Path, device_id: str, secret: str) -> str:
    """Keep the secret; returns the name of the backend that holds it (for diagnostics)."""
    backend = _backend(data_dir)
    backend.set_password(SERVICE_NAME, device_id, secret)
    return type(backend).__name__


def load_secret(data_dir: Path, device_id: str) -> str | None:
    return _backend(data_dir).get_password(SERVICE_NAME, device_id)


def forget_secret(data_dir: Path, device_id: str) -> None:
    with contextlib.suppress(keyring.errors.PasswordDeleteError):
        _backend(data_dir).delete_password(SERVICE_NAME, device_id)
