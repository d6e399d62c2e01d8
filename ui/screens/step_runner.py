"""The step runner: one step at a time, its answer, the notice, and Back / Pause / Skip / Next."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QStackedWidget, QWidget

from harmony_kiosk.clock import Clock
from harmony_kiosk.domain.instructions import Step
from harmony_kiosk.errors import KnownError, RuleViolation
from ui.exception_context import RaiseContext, where_text
from ui.place import Place
from ui.refusal_wording import refusal_text
from ui.screens.frame import Screen
from ui.screens.step_notice import step_notice
from ui.sent import SentReader
from ui.widgets.answers import Answer, AnswerPanel, ScanPanel, make_panels
from ui.widgets.exception_alive import alive
from ui.widgets.exception_hold import HoldPanel
from ui.widgets.notice import NoticePanel
from ui.widgets.saved_mark import SavedMark
from ui.widgets.step_content import StepContent
from ui.widgets.touch import button, text
from ui.wording import instruction_title, step_title
from ui.worker import Worker

if TYPE_CHECKING:  # services import SQLAlchemy: kept off the path to the first paint
    from harmony_kiosk.services.auth import OperatorSession
    from harmony_kiosk.services.jobs import JobService, JobView, StepOutcome
    from ui.exception_reads import HoldInfo

    HoldReader = Callable[[str], HoldInfo | None]  # job id -> the hold on it (on the worker)


class StepRunnerScreen(Screen):
    """Runs a job's steps in order; Back shows earlier answers, which may be given again."""

    paused = Signal()
    sign_requested = Signal(object, object)  # JobView, Step
    finished = Signal(object)  # JobView with every step answered
    step_shown = Signal()  # a step is on screen (ui/work_keeper.py restores its draft)

    def __init__(
        self,
        worker: Worker,
        jobs: JobService,
        place: Place,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        sent: SentReader | None = None,
    ) -> None:
        super().__init__(clock, place, parent)
        self._worker = worker
        self._jobs = jobs
        self._sent = sent
        self._session: OperatorSession | None = None
        self._view: JobView | None = None
        self._index = 0
        self._images: dict[str, bytes | None] = {}

        self.step_count = text("", "header-step", wrap=False, name="step-count")
        self.header.add_right(self.step_count, first=True)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(10)
        self.page.insertWidget(1, self.progress)

        self.pages = QStackedWidget()
        self.body.addWidget(self.pages, 1)
        step_page = QWidget()
        row = QHBoxLayout(step_page)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(36)
        self.content = StepContent()
        row.addWidget(self.content, 3)
        self.answers = QStackedWidget()
        self.answers.setMinimumWidth(440)
        self.answers.setMaximumWidth(620)
        self.panels = make_panels()
        for panel in self.panels.values():
            self.answers.addWidget(panel)
            panel.answered.connect(self._answer)
        row.addWidget(self.answers, 2)
        self.pages.addWidget(step_page)
        self.notice = NoticePanel()
        self.notice.retry.connect(self._retry)
        self.notice.proceed.connect(self._advance)
        self.pages.addWidget(self.notice)

        self._build_actions()
        self._build_exceptions(clock, place)

    def _build_actions(self) -> None:
        """Back and Pause on the left, "Saved" in the middle, Skip and Next on the right.

        The middle says "✓ Saved" for a moment after an answer; on a step answered before, it
        says where that answer is: "Saved on this kiosk" or "Sent to the server"."""
        self.back_button = button(
            QCoreApplication.translate("StepRunner", "←  Back"), height=84, name="back"
        )
        self.pause_button = button(
            QCoreApplication.translate("StepRunner", "Pause"), height=84, name="pause"
        )
        self.saved = SavedMark()
        self.skip_button = button(
            QCoreApplication.translate("StepRunner", "Skip"), height=84, name="skip"
        )
        self.next_button = button(
            QCoreApplication.translate("StepRunner", "Next  →"), height=84, name="next"
        )
        for widget in (self.back_button, self.pause_button, self.next_button, self.skip_button):
            widget.setMinimumWidth(200)
        self.action_row.addWidget(self.back_button)
        self.action_row.addWidget(self.pause_button)
        self.action_row.addStretch(1)
        self.action_row.addWidget(self.saved)
        self.action_row.addStretch(1)
        self.action_row.addWidget(self.skip_button)
        self.action_row.addWidget(self.next_button)
        self.back_button.clicked.connect(self._back)
        self.next_button.clicked.connect(self._next)
        self.skip_button.clicked.connect(self._skip)
        self.pause_button.clicked.connect(self._pause)

    # --- opening -------------------------------------------------------------------------------
    def open(self, session: OperatorSession, view: JobView, index: int | None = None) -> None:
        """Show `view` at `index`, by default its first unanswered step."""
        self._session = session
        self._view = view
        self.set_person(session)
        language = session.language
        self.header.set_place(
            f"{view.work_order.id} · {view.work_order.product_id}",
            f"{instruction_title(view.version, language)} · {view.version.instruction_id} "
            f"v{view.version.version}",
        )
        self.saved.reset()
        first_open = view.current_index
        fallback = first_open if first_open is not None else len(view.version.steps) - 1
        self._go(fallback if index is None else index)
        self.check_hold()

    @property
    def view(self) -> JobView | None:
        return self._view

    @property
    def index(self) -> int:
        return self._index

    def current_step(self) -> Step:
        assert self._view is not None
        return self._view.version.steps[self._index]

    def current_panel(self) -> AnswerPanel:
        return self.panels[self.current_step().kind]

    def take_scan(self, code: str) -> bool:
        """A scanner's code (ui/scan_router.py): the answer of a shown scan step, else refused."""
        if self._view is None or self.pages.currentIndex() != 0:  # a notice or a hold is shown
            return False
        panel = self.current_panel()
        if not isinstance(panel, ScanPanel) or not panel.isEnabled():  # enabled: not saving
            return False
        panel.scanned(code)
        return True

    def after_signature(self, outcome: StepOutcome) -> None:
        """The signature screen saved the signature: carry on as after any answer."""
        self._saved_answer(outcome)

    # --- showing a step ------------------------------------------------------------------------
    def _go(self, index: int) -> None:
        view, session = self._view, self._session
        if view is None or session is None:
            return
        steps = view.version.steps
        self._index = max(0, min(index, len(steps) - 1))
        step = steps[self._index]
        record = view.job.records.get(step.id)
        self.pages.setCurrentIndex(0)
        self.action_bar.show()
        self.step_count.setText(
            QCoreApplication.translate("StepRunner", "Step {value} of {count}").format(
                value=self._index + 1, count=len(steps)
            )
        )
        self.progress.setMaximum(len(steps))
        self.progress.setValue(len(view.job.records))
        self.content.show_step(step, session.language)
        panel = self.panels[step.kind]
        panel.load(step, record)
        panel.set_busy(False)
        self.answers.setCurrentWidget(panel)
        panel.focus_entry()
        self.back_button.setEnabled(self._index > 0)
        self.next_button.setEnabled(record is not None)
        self.skip_button.setVisible(not step.required and (record is None or not record.skipped))
        self._load_picture(step)
        self._load_mark(record.event_id if record is not None else None)
        self.step_shown.emit()

    # --- Saved or Sent ---------------------------------------------------------------------------
    def set_acked(self, acked_seq: int) -> None:
        """The server acknowledged up to `acked_seq` (from the sync monitor's poll)."""
        self.saved.set_acked(acked_seq)

    def _load_mark(self, event_id: str | None) -> None:
        self.saved.show_record(event_id)
        sent = self._sent
        if event_id is not None and sent is not None:
            self._worker.run(lambda: sent.of_events([event_id]), self.saved.read, background=True)

    def _load_picture(self, step: Step) -> None:
        sha = step.image
        if sha is None:
            return
        if sha in self._images:
            self.content.show_picture(self._images[sha])
            return

        def loaded(data: bytes | None) -> None:
            self._images[sha] = data
            if self._view is not None and self.current_step().image == sha:
                self.content.show_picture(data)

        self._worker.run(lambda: self._jobs.image(sha), loaded)

    # --- answering -----------------------------------------------------------------------------
    def _answer(self, answer: Answer) -> None:
        if answer.action == "sign":
            assert self._view is not None
            self.sign_requested.emit(self._view, self.current_step())
            return
        call = self._service_call(answer)
        if call is not None:
            self._call(call)

    def _service_call(self, answer: Answer) -> Callable[[], StepOutcome] | None:
        view, session = self._view, self._session
        if view is None or session is None:
            return None
        jobs, job_id, step_id = self._jobs, view.job.id, self.current_step().id
        if answer.action == "acknowledge":
            return lambda: jobs.acknowledge(session, job_id, step_id)
        if answer.action == "measure":
            return lambda: jobs.measure(session, job_id, step_id, answer.value)
        if answer.action == "check":
            return lambda: jobs.check(session, job_id, step_id, answer.passed)
        if answer.action == "scan":
            return lambda: jobs.scan(session, job_id, step_id, answer.value)
        return None

    def _skip(self) -> None:
        view, session = self._view, self._session
        if view is None or session is None:
            return
        jobs, job_id, step_id = self._jobs, view.job.id, self.current_step().id
        self._call(lambda: jobs.skip(session, job_id, step_id))

    def _call(self, call: Callable[[], StepOutcome]) -> None:
        self._set_busy(True)
        self._worker.run(call, self._saved_answer, self._refused)

    def _saved_answer(self, outcome: StepOutcome) -> None:
        self._view = outcome.view
        self._set_busy(False)
        self.saved.flash()
        self.progress.setValue(len(outcome.view.job.records))
        if outcome.notice:
            self._show_notice(outcome)
            return
        self._advance()

    def _refused(self, error: KnownError) -> None:
        self._set_busy(False)
        self.current_panel().show_error(refusal_text(error))
        if isinstance(error, RuleViolation):  # a quality hold, perhaps placed on another kiosk
            self.check_hold()

    def _show_notice(self, outcome: StepOutcome) -> None:
        assert self._session is not None
        assert outcome.notice is not None
        notice = step_notice(self.current_step(), outcome, self._index + 1, self._session.language)
        self._notice_reading = notice.reading
        self.notice.show_notice(
            notice.heading, notice.where, notice.facts, notice.message, notice.hint, notice.retry
        )
        self.action_bar.hide()
        self.pages.setCurrentWidget(self.notice)

    def _retry(self) -> None:
        self._go(self._index)

    def _advance(self) -> None:
        """On to the next step; past the last one, on to completion once all are answered."""
        view = self._view
        if view is None:
            return
        following = self._index + 1
        if following < len(view.version.steps):
            self._go(following)
        elif view.current_index is None:
            self.finished.emit(view)
        else:
            self._go(view.current_index)

    def _back(self) -> None:
        self.saved.stop_flash()  # from here on it says where the shown answer is
        self._go(self._index - 1)

    def _next(self) -> None:
        self.saved.stop_flash()
        self._advance()

    def _pause(self) -> None:
        view, session = self._view, self._session
        if view is None or session is None:
            return
        jobs, job_id = self._jobs, view.job.id
        self._set_busy(True)
        self._worker.run(lambda: jobs.pause(session, job_id), self._paused, self._refused)

    def _paused(self, _view: JobView) -> None:
        self._set_busy(False)
        self.paused.emit()

    def _set_busy(self, busy: bool) -> None:
        self.current_panel().set_busy(busy)
        for widget in (self.back_button, self.pause_button, self.next_button, self.skip_button):
            widget.setEnabled(not busy)
        if not busy:
            view = self._view
            record = view.job.records.get(self.current_step().id) if view else None
            self.back_button.setEnabled(self._index > 0)
            self.next_button.setEnabled(record is not None)

    # --- exceptions: raised from here, and the quality hold ----------------------------------
    def _build_exceptions(self, clock: Clock, place: Place) -> None:
        self._clock = clock
        self._line_name = place.line_name
        self._notice_reading = ""
        self._read_hold: HoldReader | None = None
        self.offer_raise_exception()
        self.notice.raise_requested.connect(self.raise_exception_requested)
        self.hold = HoldPanel()
        self.hold.pause_requested.connect(self._pause)
        self.hold.check_requested.connect(self.check_hold)
        self.pages.addWidget(self.hold)

    def exception_context(self) -> RaiseContext:
        """The job and the step shown; from the notice, its reading too (a quality matter)."""
        view, session = self._view, self._session
        if view is None or session is None:
            return RaiseContext()
        step = self.current_step()
        where = where_text(view.work_order.id, self._index + 1, step_title(step, session.language))
        if self.pages.currentWidget() is self.notice:
            return RaiseContext(view.job.id, step.id, where, self._notice_reading, "quality")
        return RaiseContext(view.job.id, step.id, where)

    def after_exception_raised(self) -> None:
        """Back from the raise form: the notice says it was raised; a hold shows at once."""
        if self.pages.currentWidget() is self.notice:
            self.notice.set_raised(raised=True)
        self.check_hold()

    def attach_holds(self, read_hold: HoldReader) -> None:
        """How to read the hold on a job (on the worker); without it no hold is shown."""
        self._read_hold = read_hold

    def check_hold(self) -> None:
        view, read = self._view, self._read_hold
        if view is None or read is None:
            return
        job_id = view.job.id
        self._worker.run(lambda: read(job_id), self._hold_read, background=True)

    def _hold_read(self, hold: HoldInfo | None) -> None:
        if not alive(self):
            return
        if hold is None:
            if self.pages.currentWidget() is self.hold:
                self._go(self._index)  # released meanwhile: on with the step
            return
        self.hold.show_hold(hold, self._line_name, self.zone, self._clock.now())
        self.action_bar.hide()
        self.pages.setCurrentWidget(self.hold)
