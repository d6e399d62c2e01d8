"""The station home: the queue as rows, Start or Resume, and the empty queue."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.services.auth import OperatorSession
from harmony_kiosk.services.kiosk import Kiosk
from tests.ui.driving import settle, tap
from ui.models.queue_model import DUE_ROLE
from ui.place import load_place
from ui.preview_jobs import start_first_job
from ui.screens.home import HomeScreen
from ui.worker import Worker


def _home(qtbot: QtBot, kiosk: Kiosk, worker: Worker, clock: ManualClock) -> HomeScreen:
    screen = HomeScreen(worker, kiosk.jobs, kiosk.auth, load_place(kiosk), clock)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    return screen


def test_rows_show_order_product_due_quantity_and_status(
    qtbot: QtBot,
    kiosk: Kiosk,
    operator_session: OperatorSession,
    worker: Worker,
    clock: ManualClock,
) -> None:
    job = start_first_job(kiosk, operator_session)
    kiosk.jobs.pause(operator_session, job.job.id)
    screen = _home(qtbot, kiosk, worker, clock)
    screen.enter(operator_session)
    settle(qtbot, worker)
    model = screen.model
    assert model.rowCount() == 2
    first = model.index(0)
    assert first.data() == "WO-26-1187"
    assert model.status_label(0) == "Paused · you"
    assert model.status_label(1) == "Not started"
    assert first.data(DUE_ROLE) == "Fri 27 Nov"
    assert screen.start_button.text() == "Resume WO-26-1187  →"
    assert screen.list.visualRect(first).height() >= 80
    # Tapping the second row makes it the one Start acts on.
    second = screen.list.visualRect(model.index(1)).center()
    qtbot.mouseClick(screen.list.viewport(), Qt.MouseButton.LeftButton, pos=second)
    assert screen.start_button.text() == "Start WO-26-1192  →"


def test_an_empty_queue_says_so(
    qtbot: QtBot,
    kiosk: Kiosk,
    operator_session: OperatorSession,
    worker: Worker,
    clock: ManualClock,
) -> None:
    screen = _home(qtbot, kiosk, worker, clock)
    screen.enter(operator_session)
    settle(qtbot, worker)
    screen.show_queue([])
    assert screen.empty.isVisible()
    assert "No work orders are waiting at this station." in screen.empty.text()
    assert not screen.list.isVisible()
    assert not screen.start_button.isEnabled()
    assert screen.count.text() == "0 orders queued at this station"
    tap(qtbot, screen.logout_button)
    settle(qtbot, worker)
