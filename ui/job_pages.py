"""The window's part for running a job: home, the step runner, the signature and the completion
screens, and which of them each tap opens.

Built by MainWindow once the kiosk is open, and owned by it, like ui.exception_pages and
ui.lead_pages: the screens only emit signals; the navigation they cause is decided here with the
window's own `show` and `back_home`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from harmony_kiosk.domain.instructions import Step
from ui.screens.completion import CompletionScreen
from ui.screens.frame import Screen
from ui.screens.home import HomeScreen
from ui.screens.signature import SignatureScreen
from ui.screens.step_runner import StepRunnerScreen
from ui.sent import SentReader
from ui.window_parts import WindowParts

if TYPE_CHECKING:  # services import SQLAlchemy: kept off the path to the first paint
    from harmony_kiosk.services.jobs import JobView, StepOutcome


class JobPages(QObject):
    """Makes the four screens of a job, adds them to the stack, and wires what each one opens;
    "Log out" on home calls `logged_out`."""

    def __init__(self, parts: WindowParts, *, logged_out: Callable[[], None]) -> None:
        super().__init__(parts.stack)
        self._show = show = parts.show
        self._back_home = parts.back_home
        self._session = parts.session
        worker, kiosk, place, clock = parts.worker, parts.kiosk, parts.place, parts.clock
        sent = SentReader(kiosk.uow)
        self.home = HomeScreen(worker, kiosk.jobs, kiosk.auth, place, clock, sent=sent)
        self.runner = StepRunnerScreen(worker, kiosk.jobs, place, clock, sent=sent)
        self.signature = SignatureScreen(worker, kiosk.jobs, place, clock)
        self.completion = CompletionScreen(worker, kiosk.jobs, place, clock)
        self.screens: tuple[Screen, ...] = (self.home, self.runner, self.signature, self.completion)
        for screen in self.screens:
            parts.stack.addWidget(screen)
        self.home.job_opened.connect(self._job_opened)
        self.home.logged_out.connect(logged_out)
        self.runner.paused.connect(self._back_home)
        self.runner.sign_requested.connect(self._sign_requested)
        self.runner.finished.connect(self._steps_done)
        self.signature.signed.connect(self._signed)
        self.signature.cancelled.connect(lambda: show(self.runner))
        self.completion.completed.connect(self._completed)
        self.completion.back.connect(self._review)

    def open_step(self, view: JobView, index: int | None = None) -> None:
        """The runner at step `index` (the job's current step when None), for whoever is in."""
        session = self._session()
        if session is None:
            return
        self.runner.open(session, view, index)
        self._show(self.runner)

    def _job_opened(self, view: JobView) -> None:
        assert self._session() is not None
        if view.current_index is None:
            self._steps_done(view)
            return
        self.open_step(view)

    def _sign_requested(self, view: JobView, step: Step) -> None:
        session = self._session()
        assert session is not None
        self.signature.begin(session, view, step)
        self._show(self.signature)

    def _signed(self, outcome: StepOutcome) -> None:
        self._show(self.runner)
        self.runner.after_signature(outcome)

    def _steps_done(self, view: JobView) -> None:
        session = self._session()
        assert session is not None
        self.completion.begin(session, view)
        self._show(self.completion)

    def _review(self, view: JobView) -> None:
        assert self._session() is not None
        self.open_step(view, len(view.version.steps) - 1)

    def _completed(self, view: JobView) -> None:
        counts = QCoreApplication.translate("MainWindow", "{good} good, {scrap} scrap").format(
            good=view.job.good, scrap=view.job.scrap
        )
        self._back_home(
            QCoreApplication.translate("MainWindow", "✓  Job complete: {id} · {counts}.").format(
                id=view.work_order.id, counts=counts
            ),
            view.job.id,
        )
