"""The kiosk's window: a stack of screens, and the navigation between them."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from harmony_kiosk.clock import Clock
from harmony_kiosk.domain.instructions import Step
from harmony_kiosk.errors import DatabaseUnusable, KnownError
from harmony_kiosk.services.auth import OperatorSession
from harmony_kiosk.services.jobs import JobView, StepOutcome
from harmony_kiosk.services.kiosk import Kiosk
from ui.place import Place
from ui.screens.completion import CompletionScreen
from ui.screens.home import HomeScreen
from ui.screens.login import LoginScreen
from ui.screens.message import MessageScreen
from ui.screens.signature import SignatureScreen
from ui.screens.step_runner import StepRunnerScreen
from ui.worker import Worker

log = logging.getLogger(__name__)
Opener = Callable[[], tuple[Kiosk, Place]]
GENERIC_PROBLEM = "Something went wrong. Your saved work is safe."


def open_failure_text(error: KnownError) -> tuple[str, str, str, str]:
    """Title, message, hint and action label when the kiosk cannot open its data."""
    if isinstance(error, DatabaseUnusable):
        hint = "Nothing was written to the file. Call IT and show them this screen."
    else:
        hint = "Call IT or your supervisor and show them this screen."
    return "The kiosk cannot start", error.message, hint, "Try again"


class MainWindow(QWidget):
    """Owns navigation and who is logged in. Screens only say what happened (signals)."""

    def __init__(self, worker: Worker, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Harmony Kiosk")
        self._worker = worker
        self._clock = clock
        self._opener: Opener | None = None
        self.kiosk: Kiosk | None = None
        self.session: OperatorSession | None = None
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.login = LoginScreen(worker, clock)
        self.message = MessageScreen(clock)
        self.stack.addWidget(self.login)
        self.stack.addWidget(self.message)
        self._message_action: Callable[[], None] = self._back_home
        self.message.acted.connect(self._message_acted)
        self.login.logged_in.connect(self._logged_in)
        worker.crashed.connect(self._crashed)
        worker.refused.connect(self._refused)
        self.home: HomeScreen | None = None
        self.runner: StepRunnerScreen | None = None
        self.signature: SignatureScreen | None = None
        self.completion: CompletionScreen | None = None

    # --- start-up ------------------------------------------------------------------------------
    def start(self, opener: Opener) -> None:
        """Open the kiosk on the worker; the login screen says "Starting…" meanwhile."""
        self._opener = opener
        self.stack.setCurrentWidget(self.login)
        self._worker.run(opener, self._opened, self._open_failed)

    def is_ready(self) -> bool:
        return self.kiosk is not None

    def _opened(self, opened: tuple[Kiosk, Place]) -> None:
        kiosk, place = opened
        self.kiosk = kiosk
        self._build(kiosk, place)
        self.login.attach(kiosk.auth, place)
        self.stack.setCurrentWidget(self.login)
        log.info("kiosk ready at station %s", place.station_id)

    def _build(self, kiosk: Kiosk, place: Place) -> None:
        worker, clock = self._worker, self._clock
        self.home = HomeScreen(worker, kiosk.jobs, kiosk.auth, place, clock)
        self.runner = StepRunnerScreen(worker, kiosk.jobs, place, clock)
        self.signature = SignatureScreen(worker, kiosk.jobs, place, clock)
        self.completion = CompletionScreen(worker, kiosk.jobs, place, clock)
        for screen in (self.home, self.runner, self.signature, self.completion):
            self.stack.addWidget(screen)
        self.home.job_opened.connect(self._job_opened)
        self.home.logged_out.connect(self._logged_out)
        self.runner.paused.connect(self._back_home)
        self.runner.sign_requested.connect(self._sign_requested)
        self.runner.finished.connect(self._steps_done)
        self.signature.signed.connect(self._signed)
        self.signature.cancelled.connect(lambda: self._show(self.runner))
        self.completion.completed.connect(self._completed)
        self.completion.back.connect(self._review)

    def _open_failed(self, error: KnownError) -> None:
        title, message, hint, action = open_failure_text(error)
        self._message(title, message, hint, action, self._retry_start)

    def _retry_start(self) -> None:
        if self._opener is not None:
            self.start(self._opener)

    # --- navigation ----------------------------------------------------------------------------
    def _logged_in(self, session: OperatorSession) -> None:
        self.session = session
        assert self.home is not None
        self.home.enter(session)
        self._show(self.home)

    def _logged_out(self) -> None:
        self.session = None
        self.login.reset()
        self._show(self.login)

    def _job_opened(self, view: JobView) -> None:
        assert self.runner is not None
        assert self.session is not None
        if view.current_index is None:
            self._steps_done(view)
            return
        self.runner.open(self.session, view)
        self._show(self.runner)

    def _sign_requested(self, view: JobView, step: Step) -> None:
        assert self.signature is not None
        assert self.session is not None
        self.signature.begin(self.session, view, step)
        self._show(self.signature)

    def _signed(self, outcome: StepOutcome) -> None:
        assert self.runner is not None
        self._show(self.runner)
        self.runner.after_signature(outcome)

    def _steps_done(self, view: JobView) -> None:
        assert self.completion is not None
        assert self.session is not None
        self.completion.begin(self.session, view)
        self._show(self.completion)

    def _review(self, view: JobView) -> None:
        assert self.runner is not None
        assert self.session is not None
        self.runner.open(self.session, view, len(view.version.steps) - 1)
        self._show(self.runner)

    def _completed(self, view: JobView) -> None:
        counts = f"{view.job.good} good, {view.job.scrap} scrap"
        self._back_home(f"✓  Job complete: {view.work_order.id} · {counts}. Saved.")

    def _back_home(self, banner: str = "") -> None:
        if self.session is not None and self.home is not None:
            self.home.enter(self.session, banner)
            self._show(self.home)
        else:
            self.login.reset()
            self._show(self.login)

    def _show(self, screen: QWidget | None) -> None:
        if screen is not None:
            self.stack.setCurrentWidget(screen)

    # --- problems ------------------------------------------------------------------------------
    def _message(
        self, title: str, message: str, hint: str, action: str, then: Callable[[], None]
    ) -> None:
        self._message_action = then
        self.message.show_message(title, message, hint, action)
        self._show(self.message)

    def _message_acted(self) -> None:
        self._message_action()

    def _crashed(self) -> None:
        if self.kiosk is None:
            self._message(
                "The kiosk cannot start",
                "Something went wrong while opening the kiosk's data.",
                "The details are in the kiosk's log. Call IT and show them this screen.",
                "Try again",
                self._retry_start,
            )
            return
        self._message(
            "Something went wrong",
            GENERIC_PROBLEM,
            "If it happens again, tell your team lead.",
            "Back to home",
            self._back_home,
        )

    def _refused(self, error: KnownError) -> None:
        self._message("That did not work", error.message, "", "Back to home", self._back_home)
