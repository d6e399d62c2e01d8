"""Diagnostics from the maintenance menu: the same archive as `harmony-kiosk diagnostics`,
written on the worker, its place said on screen; no planted secret or PIN in it."""

from __future__ import annotations

import json
import logging
import re
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from harmony_kiosk.logs import REDACTOR, start_logging
from tests.conftest import SUPERVISOR
from tests.ui.conftest import Screenshots
from tests.ui.driving import open_maintenance, settle, tap
from tests.ui.recovery_driving import log_in_anywhere
from ui.main_window import MainWindow
from ui.worker import Worker

FAKE_SECRET = "hk-menu-5ecret-44ee55ff"
FAKE_PIN = "740162"
ARCHIVE_FILES = {
    "versions.json",
    "settings.json",
    "device.json",
    "checks.json",
    "logs/recent.jsonl",
}


@pytest.fixture
def logging_to(demo_dir: Path) -> Iterator[Path]:
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    yield start_logging(demo_dir)
    for handler in root.handlers[:]:
        if handler not in before:
            handler.close()
            root.removeHandler(handler)
    root.setLevel(level)


def test_diagnostics_from_the_menu_writes_the_archive_and_says_where(
    qtbot: QtBot,
    window: MainWindow,
    worker: Worker,
    logging_to: Path,
    demo_dir: Path,
    shots: Screenshots,
) -> None:
    # Planted: a wrong PIN typed at login, the secret in a record, an error in a thread.
    log_in_anywhere(qtbot, window, worker, SUPERVISOR[0], FAKE_PIN)
    assert window.stack.currentWidget() is window.login  # refused
    REDACTOR.never_write(FAKE_SECRET)
    logging.getLogger("harmony_kiosk.test").warning("device secret=%s", FAKE_SECRET)

    def boom() -> None:
        try:
            raise RuntimeError(f"token {FAKE_SECRET} pin {FAKE_PIN}")
        except RuntimeError:
            logging.getLogger("harmony_kiosk.test").exception("crash in a thread")

    thread = threading.Thread(target=boom)
    thread.start()
    thread.join()

    screen = open_maintenance(qtbot, window, worker, *SUPERVISOR)
    assert screen.is_open()
    assert screen.diagnostics_button.isVisible()
    assert screen.exit_button.isVisible()
    tap(qtbot, screen.diagnostics_button)
    assert not screen.diagnostics_button.isEnabled()  # busy while the worker writes
    settle(qtbot, worker)
    said = screen.tool_note.text()
    assert screen.tool_note.isVisible()
    assert screen.tool_note.property("role") == "success"
    found = re.search(r"saved to (\S+\.zip)\.", said)
    assert found, said
    archive = Path(found.group(1))
    assert archive.parent == demo_dir / "exports"
    shots.save(window, "maintenance-diagnostics")

    with zipfile.ZipFile(archive) as opened:
        names = set(opened.namelist())
        assert names == ARCHIVE_FILES
        checks = json.loads(opened.read("checks.json"))
        assert checks["integrity_check"] == ["ok"]
        assert checks["journal"]["first_break"] is None
        assert "Qt" in json.loads(opened.read("versions.json"))
        assert b"crash in a thread" in opened.read("logs/recent.jsonl")
        everything = b"".join(opened.read(name) for name in names)
    assert FAKE_SECRET.encode() not in everything
    assert FAKE_PIN.encode() not in everything
    logs = b"".join(path.read_bytes() for path in logging_to.parent.glob("kiosk.jsonl*"))
    assert FAKE_SECRET.encode() not in logs
    assert FAKE_PIN.encode() not in logs


def test_a_diagnostics_folder_that_cannot_be_written_is_said_plainly(
    qtbot: QtBot, window: MainWindow, worker: Worker, demo_dir: Path
) -> None:
    (demo_dir / "exports").write_text("a file where the folder should be", encoding="utf-8")
    screen = open_maintenance(qtbot, window, worker, *SUPERVISOR)
    tap(qtbot, screen.diagnostics_button)
    settle(qtbot, worker)
    assert screen.tool_note.property("role") == "error"
    assert screen.tool_note.text().startswith("The diagnostics archive could not be written")
    assert screen.diagnostics_button.isEnabled()
    assert window.stack.currentWidget() is screen  # no crash message: an expected problem
