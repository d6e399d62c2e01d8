"""A simulated shift driven through the kiosk's real window: logins, whole jobs, downtime, idle
log-outs, with the kiosk's clock moved instead of waited for.

Taps are mouse clicks on the buttons an operator taps and badges and codes are typed by a
simulated reader (keys 5 ms apart on the kiosk's clock, through the scan router), so every
screen, model, event filter and worker round trip of a real shift runs; only time is simulated.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from bench.answers import measured_value, scanned_code
from harmony_kiosk.clock import ManualClock
from harmony_kiosk.domain.instructions import MeasurementStep, ScanStep
from harmony_kiosk.services.auth import OperatorSession
from ui.main_window import MainWindow
from ui.widgets.answers import (
    AcknowledgePanel,
    MeasurementPanel,
    PassFailPanel,
    ScanPanel,
    SignaturePanel,
)
from ui.widgets.keypad import Keypad
from ui.worker import Worker

WAIT_S = 60.0  # one screen change or worker answer; far more than any takes
WAKE_MS = 20
ACTION_S = 6.0  # simulated time before each tap: reading the step, doing the work
DOWNTIME_MINUTES = 4.0  # shorter than the idle limit: the operator is back before it
READER_GAP_S = 0.005  # a badge reader or scanner sends a key every few milliseconds
_MAX_ACTIONS_PER_JOB = 60  # a job that takes more taps than this is stuck, not slow
T = TypeVar("T")


class ShiftStuck(Exception):
    """The window did not get where the shift expected; the message says where it was."""


@dataclass(frozen=True)
class Operator:
    badge: str
    pin: str


class ShiftDriver:
    """One station's shift through `window`; every wait is on the event loop, never a sleep."""

    def __init__(
        self, app: QApplication, window: MainWindow, worker: Worker, clock: ManualClock
    ) -> None:
        self._app = app
        self._window = window
        self._worker = worker
        self._clock = clock
        self.clock = clock
        self.jobs_done = 0
        self.logins = 0
        self.idle_logouts = 0
        self.downtimes = 0
        self._wake = QTimer()
        self._wake.setInterval(WAKE_MS)

    # --- waiting -------------------------------------------------------------------------------
    def wait(self, done: Callable[[], bool], waiting_for: str) -> None:
        deadline = time.monotonic() + WAIT_S
        self._app.processEvents()
        # Blocks until something happens (a worker's answer is a queued signal); the wake-up
        # timer only makes sure the deadline is looked at. A busy loop would take a core.
        self._wake.start()
        try:
            while not (done() and self._worker.is_idle()):
                if time.monotonic() > deadline:
                    busy = "" if self._worker.is_idle() else " (the worker still busy)"
                    raise ShiftStuck(f"gave up waiting for {waiting_for} on {self._where()}{busy}")
                self._app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        finally:
            self._wake.stop()
        self._app.processEvents()

    def _where(self) -> str:
        shown = self._window.stack.currentWidget()
        return type(shown).__name__ if shown is not None else "no screen"

    def _shows(self, screen: QWidget | None) -> bool:
        return screen is not None and self._window.stack.currentWidget() is screen

    def on_worker(self, call: Callable[[], T]) -> T:
        """A service call on the kiosk's database thread, as the screens make them."""
        answers: list[T] = []
        self._worker.run(call, answers.append)
        self.wait(lambda: bool(answers), "a service call on the worker")
        return answers[0]

    # --- the parts of a shift ------------------------------------------------------------------
    def log_in(self, who: Operator) -> OperatorSession:
        """Badge through the scan router, PIN on the keypad; ends on home or the resumed step."""
        login = self._window.login
        self.wait(lambda: self._shows(login) and login.is_ready(), "the login screen")
        self.scan(who.badge)
        if login.badge_field.text() != who.badge:
            raise ShiftStuck("the login screen did not take the badge scan")
        self._type(login.keypad, who.pin)
        self.tap(login.keypad.key("ok"))
        window = self._window
        self.wait(lambda: window.session is not None and not self._shows(login), "the login to end")
        assert window.session is not None
        self.logins += 1
        return window.session

    def run_job(self, who: Operator) -> None:
        """Start (or resume) the first order on home and answer every step, then complete."""
        home = self._window.home
        assert home is not None
        if self._shows(home):
            self.wait(home.start_button.isEnabled, "the queue on home")
            self.tap(home.start_button)
            self.wait(lambda: not self._shows(home), "the job to open")
        for _ in range(_MAX_ACTIONS_PER_JOB):
            if self._shows(home):
                self.jobs_done += 1
                return
            self._act(who)
        raise ShiftStuck(f"a job took more than {_MAX_ACTIONS_PER_JOB} actions")

    def _act(self, who: Operator) -> None:
        """One tap (or scan) on whatever screen the job shows, then wait for its answer."""
        window = self._window
        runner, signature, completion = window.runner, window.signature, window.completion
        assert runner is not None
        assert signature is not None
        assert completion is not None
        before = (window.stack.currentWidget(), runner.index)
        self._clock.advance(ACTION_S)
        if self._shows(runner) and runner.pages.currentIndex() != 0:
            runner.notice.proceed.emit()  # an out-of-limits notice: continue, as offered
        elif self._shows(runner):
            self._answer(runner.current_panel(), runner.current_step())
        elif self._shows(signature):
            self._type(signature.keypad, who.pin)
            self.tap(signature.keypad.key("ok"))
        elif self._shows(completion):
            self._type(completion.keypad, "1")
            self.tap(completion.complete_button)
        else:
            raise ShiftStuck(f"a job ended up on {self._where()}")
        self.wait(
            lambda: (window.stack.currentWidget(), runner.index) != before, "the answer to be saved"
        )

    def _answer(self, panel: QWidget, step: object) -> None:
        if isinstance(panel, AcknowledgePanel):
            self.tap(panel.action)
        elif isinstance(panel, PassFailPanel):
            self.tap(panel.pass_button)
        elif isinstance(panel, MeasurementPanel) and isinstance(step, MeasurementStep):
            self.tap(panel.keypad.key("clear"))
            self._type(panel.keypad, measured_value(step, 1))
            self.tap(panel.keypad.key("ok"))
        elif isinstance(panel, ScanPanel) and isinstance(step, ScanStep):
            self.scan(scanned_code(step, self.jobs_done + 1))
        elif isinstance(panel, SignaturePanel):
            self.tap(panel.sign_button)
        else:
            raise ShiftStuck(f"the shift cannot answer a {type(panel).__name__}")

    def downtime(self, session: OperatorSession) -> None:
        """The line stops for a few minutes and starts again (the station's downtime service)."""
        kiosk = self._window.kiosk
        assert kiosk is not None
        self.on_worker(lambda: kiosk.downtime.start(session))
        self._clock.advance(DOWNTIME_MINUTES * 60)
        self.on_worker(lambda: kiosk.downtime.stop(session))
        self.downtimes += 1

    def idle_logout(self) -> None:
        """The operator walks away: the idle limit passes on the kiosk's clock."""
        window, login = self._window, self._window.login
        idle = getattr(window, "idle", None)
        if idle is None:  # a window without an idle watch: the operator taps "Log out"
            home = window.home
            assert home is not None
            self.tap(home.logout_button)
        else:
            self._clock.advance(idle.limit_s + 1)
            idle.check()
        self.wait(lambda: self._shows(login) and window.session is None, "the idle log-out")
        self.idle_logouts += 1

    # --- hands ---------------------------------------------------------------------------------
    def tap(self, button: QAbstractButton) -> None:
        """A press and release on the button, as a finger gives them (the idle watch sees it)."""
        if not (button.isVisible() and button.isEnabled()):
            raise ShiftStuck(f"{button.objectName() or button.text()!r} cannot be tapped now")
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    def _type(self, keypad: Keypad, typed: str) -> None:
        for char in typed:
            self.tap(keypad.key({".": "point", "-": "minus"}.get(char, char)))

    def scan(self, code: str) -> None:
        """A reader's burst into whatever has the keyboard focus, ending with Enter."""
        window = self._window
        target = window.focusWidget() or window
        for char in code:
            QTest.keyClicks(target, char)  # one key: the reader's gap is on the kiosk's clock
            self._clock.advance(READER_GAP_S)
        QTest.keyClick(target, Qt.Key.Key_Return)
