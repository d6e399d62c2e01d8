"""Fixtures for the voice-note tests: a private PulseAudio with a speaking virtual microphone."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.services.attachments import Attachments
from harmony_kiosk.store.blob_store import BlobStore
from tests.ui.voice.driving import using_microphone
from tests.ui.voice.pulse import PulseServer, make_speech, missing_tools
from ui.voice import backend

_HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Voice tests run first: Qt Multimedia connects to a sound server once per process, so our
    PulseAudio must be up before any other test (a screen with a voice note) touches it."""
    voice = [item for item in items if _HERE in Path(str(item.path)).parents]
    if voice:
        others = [item for item in items if item not in voice]
        items[:] = voice + others


@pytest.fixture(scope="session")
def pulse(tmp_path_factory: pytest.TempPathFactory, qapp: QApplication) -> Iterator[PulseServer]:
    """The session's PulseAudio: `vmic` (default) hears espeak-ng speech in a loop, `vmute`
    hears nothing. PULSE_SERVER points this process's Qt at it, and Qt Multimedia is started
    here, the way the kiosk starts it (ui.voice.backend), so it finds `vmic`."""
    missing = missing_tools()
    if missing:
        pytest.fail(f"voice-note tests need {', '.join(missing)}: run `make system-deps`")
    _refuse_if_qt_audio_started_without_us()
    server = PulseServer(tmp_path_factory.mktemp("pulse"))
    server.start()
    server.speak_forever(make_speech(server.folder))
    before = os.environ.get("PULSE_SERVER")
    os.environ["PULSE_SERVER"] = server.address
    kit = backend.load(qapp)
    assert not isinstance(kit, str), f"Qt Multimedia did not start: {kit}"
    found = kit.microphone()
    assert not isinstance(found, str), f"Qt Multimedia did not find the virtual microphone: {found}"
    assert found.device.id().data() == b"vmic"
    yield server
    server.stop()
    if before is None:
        os.environ.pop("PULSE_SERVER", None)
    else:
        os.environ["PULSE_SERVER"] = before


def _refuse_if_qt_audio_started_without_us() -> None:
    if "ui.voice.kit" in sys.modules:
        pytest.fail("Qt Multimedia met its sound server before the PulseAudio fixture started")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    made = tmp_path / "data"
    made.mkdir()
    return made


@pytest.fixture
def attachments(data_dir: Path) -> Attachments:
    return Attachments(BlobStore(data_dir / "blobs"), ManualClock())


@pytest.fixture
def muted_microphone(pulse: PulseServer, qtbot: QtBot) -> Iterator[None]:
    """The default microphone is `vmute` (true silence) for this test."""
    with using_microphone(pulse, qtbot, "vmute"):
        yield
