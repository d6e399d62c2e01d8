"""The Windows installer, as far as Linux can test it: makensis compiles it around a placeholder
payload, osslsigncode signs and time-stamps it (a local test TSA), the signatures verify, and a
copy with one byte changed fails. Installing it is checked on Windows (.github/workflows)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.packaging.conftest import ENABLED, ROOT, flip_byte, need_tool, run


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not ENABLED:
        pytest.skip("compiles and signs the installer: run by `make package-test`")
    for tool in ("makensis", "osslsigncode", "openssl"):
        need_tool(tool)
    out = tmp_path_factory.mktemp("windows")
    done = run([str(ROOT / "packaging" / "windows" / "test-sign.sh"), str(out)])
    assert done.returncode == 0, done.stdout + done.stderr
    assert "test-sign: OK" in done.stdout
    assert "signed and verified: the uninstaller" in done.stdout
    return out


def verify(path: Path, ca: Path) -> tuple[int, str]:
    command = ["osslsigncode", "verify", "-CAfile", str(ca), "-TSA-CAfile", str(ca)]
    done = run([*command, "-in", str(path)])
    return done.returncode, done.stdout + done.stderr


def setup_of(folder: Path) -> Path:
    return next(folder.glob("harmony-kiosk-*-setup.exe"))


def test_installer_and_executables_verify_with_a_time_stamp(signed: Path) -> None:
    ca = signed / "pki" / "ca.crt"
    for exe in (setup_of(signed), signed / "payload" / "harmony-kiosk.exe"):
        code, report = verify(exe, ca)
        assert code == 0, report
        assert "Signature verification: ok" in report
        assert "Timestamp Server Signature verification: ok" in report
        assert "Harmony Kiosk TEST code signing" in report


def test_signatures_do_not_verify_against_another_root(signed: Path) -> None:
    other = signed.parent / "other-pki"
    assert run([str(ROOT / "packaging" / "windows" / "test-pki.sh"), str(other)]).returncode == 0
    code, _ = verify(setup_of(signed), other / "ca.crt")
    assert code != 0


@pytest.mark.parametrize("fraction", [0.1, 0.5, 0.9])
def test_a_changed_byte_fails_verification(signed: Path, tmp_path: Path, fraction: float) -> None:
    tampered = tmp_path / "tampered-setup.exe"
    shutil.copy2(setup_of(signed), tampered)
    flip_byte(tampered, int(tampered.stat().st_size * fraction))
    code, report = verify(tampered, signed / "pki" / "ca.crt")
    assert code != 0
    assert "MISMATCH" in report or "failed" in report.lower()


def test_the_installer_script_has_what_it_needs() -> None:
    script = (ROOT / "packaging" / "windows" / "harmony-kiosk.nsi").read_text(encoding="utf-8")
    assert "RequestExecutionLevel admin" in script  # per machine
    assert "$PROGRAMFILES64" in script
    for option in ("/SERVER=", "/STATION=", "/CODE=", "/KIOSKUSER="):
        assert option in script
    assert "schtasks /Create" in script
    assert "!uninstfinalize" in script
    uninstall = script[script.index('Section "Uninstall"') :]
    assert "LOCALAPPDATA" not in uninstall.replace("%LOCALAPPDATA%", "")  # data is never removed
