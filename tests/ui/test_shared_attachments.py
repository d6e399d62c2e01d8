"""On kiosk B of the line, the photo and voice note raised on kiosk A: first said to be on the
other kiosk, then shown and playable once the sync has downloaded them (real server process)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.services.kiosk import open_database, open_kiosk
from sync.client.connect import build_engine
from sync.client.enrol import enrol
from sync.client.transport import ServerAddress
from tests.conftest import OPERATOR, OPERATOR_EN, TEAM_LEAD
from tests.sync.client.conftest import sync_once
from tests.sync.client.shared_attachments import raise_with_attachments, tiny_wav
from tests.sync.live_server import LiveServer
from tests.ui.conftest import Screenshots
from tests.ui.driving import settle, tap
from tests.ui.lead_driving import open_stops, select_stop
from ui.place import load_place
from ui.screens.exception_detail import ExceptionDetailScreen
from ui.screens.stops import StopsScreen
from ui.worker import Worker

pytestmark = pytest.mark.slow


@pytest.fixture
def server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[LiveServer]:
    monkeypatch.setenv("HARMONY_KEYRING", "file")  # secrets stay in each test's own folders
    live = LiveServer(tmp_path / "server")
    live.data_dir.mkdir(parents=True)
    live.cli("demo")
    live.start()
    try:
        yield live
    finally:
        live.stop()


def _enrolled(server: LiveServer, folder: Path, station: str, clock: ManualClock) -> Path:
    _, database, _ = open_database(folder, clock)
    database.close()
    enrol(folder, ServerAddress(server.url), server.enrol_code(station), clock)
    sync_once(folder, clock)
    return folder


def test_kiosk_b_shows_the_photo_and_plays_the_note_once_downloaded(
    qtbot: QtBot,
    server: LiveServer,
    worker: Worker,
    clock: ManualClock,
    tmp_path: Path,
    shots: Screenshots,
) -> None:
    first = _enrolled(server, tmp_path / "kiosk-a", "LINE1-ST1", clock)
    second = _enrolled(server, tmp_path / "kiosk-b", "LINE1-ST2", clock)
    raised = raise_with_attachments(first, clock, tmp_path / "made")
    sync_once(first, clock)
    built = build_engine(second, clock)
    assert built is not None
    engine, database = built
    engine.pull_line_events()  # the events first: the attachments follow on the same pass
    kiosk = open_kiosk(second, clock)
    try:
        session = kiosk.auth.login(*OPERATOR_EN)
        screen = ExceptionDetailScreen(worker, kiosk, load_place(kiosk), clock)
        qtbot.addWidget(screen)
        screen.resize(1280, 800)
        screen.show()
        screen.open(session, raised.exception_id)
        qtbot.waitUntil(lambda: screen.detail is not None)
        settle(qtbot, worker)
        photos, voices = screen.overview.photos, screen.overview.voice_notes
        (waiting,) = photos.thumbnails
        assert waiting.text() == "A photo taken on another kiosk: not downloaded yet."
        (note,) = voices.rows
        assert isinstance(note, QLabel) and "not downloaded yet" in note.text()
        shots.save(screen, "kiosk-b-before-download")
        assert engine.downloads.download_round() == 2
        screen.refresh()  # what the exception pages do after each sync pass
        qtbot.waitUntil(
            lambda: isinstance(voices.rows[0], QPushButton) and voices.rows[0].isVisible()
        )
        (thumbnail,) = photos.thumbnails
        pixmap = thumbnail.pixmap()
        assert pixmap is not None and pixmap.height() == 180
        assert pixmap.toImage().pixelColor(5, 5).red() > 200  # the orange photo, not a blank
        (play,) = voices.rows
        assert isinstance(play, QPushButton) and play.isVisible() and play.isEnabled()
        assert play.text() == "▶  Play the voice note"
        assert "not downloaded" not in " ".join(
            label.text() for label in screen.findChildren(QLabel) if label.isVisible()
        )
        shots.save(screen, "kiosk-b-after-download")
        settle(qtbot, worker)
    finally:
        database.close()
        kiosk.close()


def test_kiosk_b_plays_the_voice_note_of_a_stop_coded_on_kiosk_a(
    qtbot: QtBot,
    server: LiveServer,
    worker: Worker,
    clock: ManualClock,
    tmp_path: Path,
    shots: Screenshots,
) -> None:
    first = _enrolled(server, tmp_path / "kiosk-a", "LINE1-ST1", clock)
    second = _enrolled(server, tmp_path / "kiosk-b", "LINE1-ST2", clock)
    kiosk_a = open_kiosk(first, clock)
    started = kiosk_a.downtime.start(kiosk_a.auth.login(*OPERATOR))
    clock.advance(20 * 60)
    kiosk_a.downtime.stop(kiosk_a.auth.login(*OPERATOR))
    note = kiosk_a.attachments.store(tiny_wav(tmp_path / "why.wav"))
    kiosk_a.downtime.code(
        kiosk_a.auth.login(*TEAM_LEAD), started.id, "MECH-CONV-JAM", voice_note=note
    )
    kiosk_a.close()
    sync_once(first, clock)
    built = build_engine(second, clock)
    assert built is not None
    engine, database = built
    engine.pull_line_events()
    kiosk = open_kiosk(second, clock)
    try:
        screen = StopsScreen(worker, kiosk, load_place(kiosk), clock)
        qtbot.addWidget(screen)
        screen.resize(1280, 800)
        screen.show()
        screen.enter(kiosk.auth.login(*TEAM_LEAD))
        open_stops(qtbot, screen, worker)
        tap(qtbot, screen.filter.buttons["shift"])
        settle(qtbot, worker)
        select_stop(qtbot, screen, started.id)
        voice = screen.details.voice
        (waiting,) = voice.rows
        assert isinstance(waiting, QLabel) and "not downloaded yet" in waiting.text()
        shots.save(screen, "stop-on-kiosk-b-before-download")
        assert engine.downloads.download_round() == 1
        screen.reload(started.id)  # what a sync pass brings about
        qtbot.waitUntil(
            lambda: isinstance(voice.rows[0], QPushButton) and voice.rows[0].isVisible()
        )
        (play,) = voice.rows
        assert isinstance(play, QPushButton) and play.isVisible()
        assert play.text() == "▶  Play the voice note"
        shots.save(screen, "stop-on-kiosk-b-after-download")
        settle(qtbot, worker)
    finally:
        database.close()
        kiosk.close()
