"""The `harmony-kiosk` command as a person runs it: in a fresh process, with its environment."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_DISPLAY_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def _run(
    args: list[str], env: dict[str, str], timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ui.cli", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """The environment of a machine with no display, the data folder in tmp."""
    clean = {key: value for key, value in os.environ.items() if key not in _DISPLAY_VARIABLES}
    clean["HARMONY_DATA_DIR"] = str(tmp_path / "data")
    return clean


@pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="display variables are X11/Wayland"
)
@pytest.mark.parametrize("args", [[], ["run"], ["demo"], ["demo", "--windowed"]])
def test_without_a_display_it_says_so_and_how_to_run_it(
    args: list[str], env: dict[str, str]
) -> None:
    done = _run(args, env)
    assert done.returncode == 2
    assert "there is no display" in done.stderr
    assert "xvfb-run -a make run" in done.stderr
    assert "QT_QPA_PLATFORM=offscreen" in done.stderr
    assert "Traceback" not in done.stderr + done.stdout


def test_demo_no_gui_creates_the_demo_folder(env: dict[str, str], tmp_path: Path) -> None:
    done = _run(["demo", "--no-gui"], env)
    assert done.returncode == 0, done.stderr
    pointer = tmp_path / "data" / "demo" / "CURRENT"
    folder = tmp_path / "data" / "demo" / pointer.read_text(encoding="utf-8").strip()
    assert (folder / "kiosk.db").is_file()
    assert (folder / "device.json").is_file()
    assert str(folder) in done.stdout
    again = _run(["demo", "--no-gui"], env)
    assert again.returncode == 0
    assert pointer.read_text(encoding="utf-8").strip() == folder.name  # kept, not replaced
    reset = _run(["demo", "--reset", "--no-gui"], env)
    assert reset.returncode == 0
    assert pointer.read_text(encoding="utf-8").strip() != folder.name
    assert (folder / "kiosk.db").is_file()  # the old demo and its journal are left as they are


def test_headless_commands_never_import_qt(env: dict[str, str]) -> None:
    assert _run(["demo", "--no-gui"], env).returncode == 0
    probe = (
        "import sys; from ui.cli import main; code = main(['verify-journal', '--demo']); "
        "print('qt-loaded' if 'PySide6' in sys.modules else 'qt-absent'); sys.exit(code)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "OK: 0 events" in done.stdout
    assert "qt-absent" in done.stdout


def test_a_known_error_is_a_message_and_exit_2(env: dict[str, str]) -> None:
    done = _run(["verify-journal", "--demo"], env)  # no demo folder yet
    assert done.returncode == 2
    assert "There is no demo folder yet" in done.stderr
    assert "Traceback" not in done.stderr


def test_the_gui_starts_offscreen_and_reports_when_the_login_screen_is_shown(
    env: dict[str, str], tmp_path: Path
) -> None:
    env = {**env, "QT_QPA_PLATFORM": "offscreen", "HARMONY_EXIT_WHEN_SHOWN": "1"}
    done = _run(["demo", "--windowed"], env)
    assert done.returncode == 0, done.stderr
    shown = [line for line in done.stdout.splitlines() if line.startswith("shown ")]
    assert len(shown) == 1, done.stdout
    seconds = float(shown[0].split()[1])
    assert 0 < seconds < 60
    logs = list((tmp_path / "data" / "demo").glob("demo-*/logs/kiosk.jsonl"))
    assert len(logs) == 1
    assert "starting the kiosk GUI" in logs[0].read_text(encoding="utf-8")


def test_the_sync_commands_are_there_and_headless(env: dict[str, str]) -> None:
    listed = _run(["--help"], env)
    assert listed.returncode == 0
    assert "enrol" in listed.stdout
    assert "sync-now" in listed.stdout
    probe = (
        "import sys; from ui.cli import main; code = main(['sync-now']); "
        "print('qt-loaded' if 'PySide6' in sys.modules else 'qt-absent'); sys.exit(code)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2
    assert "This kiosk is not enrolled" in done.stderr
    assert "harmony-kiosk enrol --server URL --code CODE" in done.stderr
    assert "qt-absent" in done.stdout
    assert "Traceback" not in done.stderr
