"""Start-up trouble: a database that fails its check, and a bug, each get a calm full screen."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from harmony_kiosk import paths
from harmony_kiosk.clock import ManualClock
from tests.conftest import OPERATOR
from tests.ui.conftest import Screenshots, open_window
from tests.ui.driving import log_in, settle, tap, wait_for_screen
from ui.main_window import GENERIC_PROBLEM, MainWindow
from ui.worker import Worker

GARBAGE = b"SQLite format 3\x00" + bytes(range(256)) * 64


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_corrupt_database_gets_the_message_screen_and_is_left_untouched(
    qtbot: QtBot, demo_dir: Path, clock: ManualClock, shots: Screenshots
) -> None:
    database = paths.database_path(demo_dir)
    for sidecar in (Path(f"{database}-wal"), Path(f"{database}-shm")):
        sidecar.unlink(missing_ok=True)
    database.write_bytes(GARBAGE)
    before = _digest(database)
    folder_before = sorted(p.name for p in demo_dir.iterdir())
    worker = Worker()
    crashes: list[bool] = []
    worker.crashed.connect(lambda: crashes.append(True))
    try:
        window = open_window(qtbot, demo_dir, clock, worker)
        wait_for_screen(qtbot, window, window.message)
        settle(qtbot, worker)
        assert window.message.title.text() == "The kiosk cannot start"
        assert str(database) in window.message.text.text()
        assert "integrity check" in window.message.text.text()
        assert "Traceback" not in window.message.text.text()
        assert window.message.action.text() == "Try again"
        shots.save(window, "database-unusable")
        tap(qtbot, window.message.action)  # still broken: the same calm screen again
        settle(qtbot, worker)
        assert window.stack.currentWidget() is window.message
        assert window.kiosk is None
    finally:
        worker.shutdown()
    assert not crashes  # an expected error, not a bug
    assert _digest(database) == before
    assert sorted(p.name for p in demo_dir.iterdir()) == folder_before


def test_an_unexpected_error_is_logged_and_shown_calmly_then_home(
    qtbot: QtBot,
    window: MainWindow,
    worker: Worker,
    crashes: list[str],
    caplog: pytest.LogCaptureFixture,
    shots: Screenshots,
) -> None:
    log_in(qtbot, window, worker, *OPERATOR)
    caplog.set_level(logging.ERROR)

    def broken() -> None:
        raise ZeroDivisionError("a bug")

    worker.run(broken, lambda _result: None)
    wait_for_screen(qtbot, window, window.message)
    settle(qtbot, worker)
    assert window.message.text.text() == GENERIC_PROBLEM
    assert "Traceback" not in window.message.text.text()
    assert window.message.action.text() == "Back to home"
    shots.save(window, "unexpected-error")
    logged = [record for record in caplog.records if record.exc_info]
    assert logged
    assert logged[0].exc_info is not None
    assert logged[0].exc_info[0] is ZeroDivisionError
    tap(qtbot, window.message.action)
    wait_for_screen(qtbot, window, window.home)
    settle(qtbot, worker)
    assert crashes == ["crashed"]
    crashes.clear()  # caused on purpose
