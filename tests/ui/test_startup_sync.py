"""Start-up of kiosks that are not plain demos: a new kiosk is offered enrolment, an enrolled
one without plant data waits calmly, and a sync client that cannot start stops no one."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from harmony_kiosk.clock import ManualClock, to_iso
from harmony_kiosk.enrolment import Enrolment, save_enrolment
from harmony_kiosk.services.kiosk import open_database
from tests.ui.conftest import Screenshots, open_window
from tests.ui.driving import settle, tap, wait_for_screen
from ui.worker import Worker


@pytest.fixture
def new_kiosk(tmp_path: Path, clock: ManualClock, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A kiosk's own data folder, never enrolled, without any plant data."""
    monkeypatch.setenv("HARMONY_KEYRING", "file")
    folder = tmp_path / "kiosk"
    _, database, _ = open_database(folder, clock)
    database.close()
    return folder


def test_a_new_kiosk_offers_to_enrol(
    qtbot: QtBot, new_kiosk: Path, clock: ManualClock, worker: Worker, shots: Screenshots
) -> None:
    window = open_window(qtbot, new_kiosk, clock, worker)
    wait_for_screen(qtbot, window, window.message)
    settle(qtbot, worker)
    assert window.message.title.text() == "This kiosk is not set up yet"
    assert window.message.action.text() == "Enrol with server"
    assert window.message.other_action.text() == "Try again"
    assert window.message.sync_pill.text() == "Not enrolled"
    shots.save(window, "not-set-up")
    tap(qtbot, window.message.other_action)  # try again: still nothing, the same calm screen
    settle(qtbot, worker)
    wait_for_screen(qtbot, window, window.message)
    tap(qtbot, window.message.action)
    wait_for_screen(qtbot, window, window.maintenance)
    assert window.maintenance.is_open()  # no supervisor exists yet: the code is the proof
    tap(qtbot, window.maintenance.back_button)
    settle(qtbot, worker)
    wait_for_screen(qtbot, window, window.message)
    assert not window.sync.is_running()


def test_an_enrolled_kiosk_whose_secret_is_lost_waits_and_offers_to_enrol_again(
    qtbot: QtBot, new_kiosk: Path, clock: ManualClock, worker: Worker, shots: Screenshots
) -> None:
    enrolment = Enrolment(
        "http://127.0.0.1:9", "LINE1-ST1", "LINE1", "ALC-GDL", to_iso(clock.now())
    )
    save_enrolment(new_kiosk, enrolment)  # as if enrolled, but the keyring lost the secret
    window = open_window(qtbot, new_kiosk, clock, worker)
    try:
        qtbot.waitUntil(window.is_waiting)
        assert window.message.title.text() == "Waiting for plant data from the server…"
        qtbot.waitUntil(window.message.other_action.isVisible)
        assert window.message.other_action.text() == "Enrol again"
        assert not window.message.action.isVisible()
        assert window.message.sync_pill.text() == "Sync off: capturing locally"
        shots.save(window, "waiting-sync-off")
        tap(qtbot, window.message.other_action)
        screen = window.maintenance
        wait_for_screen(qtbot, window, screen)
        assert "secret is missing" in screen.about.value("Problem")
        settle(qtbot, worker)
        assert screen.about.value("Server") == "http://127.0.0.1:9"
    finally:
        window.sync.stop()
