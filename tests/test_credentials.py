"""The device secret lives in a keyring: a real Secret Service, or the kiosk's file fallback."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from harmony_kiosk import credentials

SECRET = "hk-test-secret-5c1d0e8f"


def test_the_file_fallback_is_readable_by_the_kiosk_user_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HARMONY_KEYRING", "file")
    backend = credentials.store_secret(tmp_path, "device-1", SECRET)
    assert backend == "KioskFileKeyring"
    assert credentials.load_secret(tmp_path, "device-1") == SECRET
    folder = tmp_path / "secrets"
    (stored,) = folder.iterdir()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(stored.stat().st_mode) == 0o600
    credentials.forget_secret(tmp_path, "device-1")
    assert credentials.load_secret(tmp_path, "device-1") is None


def test_with_no_keyring_service_the_fallback_is_chosen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No D-Bus session here: keyring finds no service and the kiosk falls back to its file.
    monkeypatch.delenv("HARMONY_KEYRING", raising=False)
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    assert credentials.store_secret(tmp_path, "device-2", SECRET) == "KioskFileKeyring"


def test_a_real_secret_service_keeps_the_secret_and_no_file_is_written(tmp_path: Path) -> None:
    # gnome-keyring and dbus come from scripts/install-system-deps.sh: missing is a failure.
    assert shutil.which("gnome-keyring-daemon"), "run make test: it installs gnome-keyring"
    script = textwrap.dedent(
        f"""
        from pathlib import Path
        from harmony_kiosk import credentials
        folder = Path({str(tmp_path)!r})
        print(credentials.store_secret(folder, "device-3", {SECRET!r}))
        print(credentials.load_secret(folder, "device-3"))
        """
    )
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"HARMONY_KEYRING", "DBUS_SESSION_BUS_ADDRESS"}
    }
    command = (
        "echo -n unlock | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; "
        f'{sys.executable} -c "$SCRIPT"'
    )
    result = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", command],
        env={**env, "SCRIPT": script},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["Keyring", SECRET]  # keyring.backends.SecretService.Keyring
    assert not (tmp_path / "secrets").exists()
