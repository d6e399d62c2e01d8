"""No microphone, no sound server, no Qt Multimedia: the widget says so, and nothing breaks.

Each case runs in a fresh kiosk process (probe_widget.py), because Qt Multimedia meets its
sound server once per process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.ui.voice.pulse import PulseServer
from ui.voice import wording

ROOT = Path(__file__).resolve().parents[3]


def probe(data_dir: Path, env: dict[str, str]) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.voice.probe_widget", str(data_dir)],
        cwd=ROOT,
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    shown: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return shown


def no_autospawn(tmp_path: Path) -> dict[str, str]:
    """The environment of a kiosk whose libpulse never starts a sound server by itself."""
    config = tmp_path / "client.conf"
    config.write_text("autospawn = no\n")
    return {**os.environ, "PULSE_CLIENTCONFIG": str(config)}


def assert_unavailable(shown: dict[str, Any], reason: str) -> None:
    assert shown["state"] == "unavailable"
    assert shown["message"].startswith(wording.UNAVAILABLE.format(reason=reason))
    assert shown["enabled"] == [], "nothing to tap on a kiosk that cannot record"
    assert shown["visible"] == [], "no greyed Record button: the message is the whole panel"


def test_no_sound_server_means_no_microphone_found(tmp_path: Path) -> None:
    env = {**no_autospawn(tmp_path), "PULSE_SERVER": f"unix:{tmp_path}/nobody-here/native"}
    shown = probe(tmp_path / "data", env)
    assert_unavailable(shown, wording.NO_MICROPHONE)
    assert shown["message"] == (
        "Voice notes are not available on this kiosk: no microphone found. "
        "Everything else works as usual. Type the note instead."
    )


@pytest.fixture
def server_without_microphones(tmp_path: Path) -> Iterator[PulseServer]:
    server = PulseServer(tmp_path / "pulse-empty")
    server.start(microphones=False)
    yield server
    server.stop()


def test_a_sound_server_without_a_microphone_means_no_microphone_found(
    tmp_path: Path, server_without_microphones: PulseServer
) -> None:
    shown = probe(tmp_path / "data", {**no_autospawn(tmp_path), **server_without_microphones.env})
    assert_unavailable(shown, wording.NO_MICROPHONE)


@pytest.mark.skipif(sys.platform != "linux", reason="a Linux dynamic loader is fooled here")
def test_qt_multimedia_failing_to_load_leaves_the_app_working(tmp_path: Path) -> None:
    """An unloadable libpulse.so.0 first on the library path: `import PySide6.QtMultimedia`
    fails in the dynamic loader, exactly as on a kiosk where libpulse0 is not installed."""
    broken = tmp_path / "broken-libs"
    broken.mkdir()
    (broken / "libpulse.so.0").write_bytes(b"")
    env = {**no_autospawn(tmp_path), "LD_LIBRARY_PATH": str(broken)}
    shown = probe(tmp_path / "data", env)
    assert_unavailable(shown, wording.NO_AUDIO_SYSTEM)
    assert shown["app_modules"] == ["ui.app", "ui.main_window"]
    assert not shown["multimedia_loaded"]
