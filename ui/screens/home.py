"""Station home: who is logged in, the work orders queued here, start or resume, log out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from harmony_kiosk.clock import Clock
from harmony_kiosk.errors import KnownError
from ui.models.queue_model import QueueModel
from ui.place import Place
from ui.refusal_wording import refusal_text
from ui.screens.frame import Screen
from ui.sent import SentReader, SentState
from ui.sync_wording import record_mark
from ui.widgets.queue_list import queue_list
from ui.widgets.queue_row import QueueRowDelegate
from ui.widgets.touch import button, set_style_property, text
from ui.worker import Worker

if TYPE_CHECKING:  # services import SQLAlchemy: kept off the path to the first paint
    from harmony_kiosk.services.auth import AuthService, OperatorSession
    from harmony_kiosk.services.jobs import JobService, JobView, QueueEntry


class HomeScreen(Screen):
    """The station's queue. One decision: which order to work on (the first is chosen)."""

    job_opened = Signal(object)  # JobView
    logged_out = Signal()

    def __init__(
        self,
        worker: Worker,
        jobs: JobService,
        auth: AuthService,
        place: Place,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        sent: SentReader | None = None,
    ) -> None:
        super().__init__(clock, place, parent)
        self._worker = worker
        self._jobs = jobs
        self._auth = auth
        self._clock = clock
        self._sent = sent
        self._session: OperatorSession | None = None
        # The job the banner confirms, its last event's seq once read, and the banner's words.
        self._banner_job: str | None = None
        self._banner_seq: int | None = None
        self._banner_text = ""
        self._acked: int | None = None

        heading = QHBoxLayout()
        heading.addWidget(
            text(QCoreApplication.translate("Home", "Work orders"), "title", wrap=False)
        )
        heading.addStretch(1)
        self.count = text("", "caption", wrap=False)
        heading.addWidget(self.count, 0, Qt.AlignmentFlag.AlignBottom)
        self.body.addLayout(heading)
        self.banner = text("", "success", name="home-banner")
        self.banner.hide()
        self.body.addWidget(self.banner)

        self.model = QueueModel()
        self.list = queue_list(self.model, QueueRowDelegate)
        self.list.selectionModel().currentChanged.connect(self._selection_changed)
        self.body.addWidget(self.list, 1)
        self.empty = text(
            QCoreApplication.translate(
                "Home",
                "No work orders are waiting at this station.\nAsk your team lead what to run next.",
            ),
            "empty",
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.body.addWidget(self.empty, 1)

        self.logout_button = button(QCoreApplication.translate("Home", "Log out"), name="logout")
        self.logout_button.clicked.connect(self._log_out)
        self.action_row.addWidget(self.logout_button)
        self.message = text("", "error-inline", name="home-message")
        self.message.hide()
        self.action_row.addWidget(self.message, 1)
        self.action_row.addStretch(0)
        self.start_button = button(
            QCoreApplication.translate("Home", "Start"), primary=True, name="start"
        )
        self.start_button.setMinimumWidth(380)
        self.start_button.clicked.connect(self._start)
        self.action_row.addWidget(self.start_button)
        self._update_start()
        self.offer_raise_exception()  # exceptions: "Raise exception" in the header

    def enter(self, session: OperatorSession, banner: str = "", job_id: str | None = None) -> None:
        """Show the queue for `session`; `banner` confirms what just happened (e.g. job done),
        and ends in "Saved on this kiosk" or "Sent to the server" for `job_id`'s last event."""
        self._session = session
        self.set_person(session)
        self._banner_text, self._banner_job, self._banner_seq = banner, job_id, None
        self._show_banner()
        self._say("")
        self.refresh()

    def refresh(self) -> None:
        banner_job = self._banner_job
        self._worker.run(lambda: self._load(banner_job), self._loaded, self._refused)

    def set_acked(self, acked_seq: int) -> None:
        """The server acknowledged up to `acked_seq`: "Saved" becomes "Sent" where it now is."""
        if self._acked is None:
            return
        self._acked = acked_seq
        self.model.set_acked(acked_seq)
        self._show_banner()

    def _load(self, banner_job: str | None) -> tuple[list[QueueEntry], SentState | None]:
        """On the worker: the queue, and the seqs that say Saved or Sent for its open jobs."""
        entries = self._jobs.queue()
        if self._sent is None:
            return entries, None
        ids = [e.progress.open_job_id for e in entries if e.progress.open_job_id is not None]
        if banner_job is not None:
            ids.append(banner_job)
        return entries, self._sent.of_jobs(ids)

    def _loaded(self, loaded: tuple[list[QueueEntry], SentState | None]) -> None:
        entries, state = loaded
        if state is not None:
            self._acked = state.acked_seq
            self.model.set_marks(state.seqs, state.acked_seq)
            if self._banner_job is not None:
                self._banner_seq = state.seqs.get(self._banner_job)
        self._show_banner()
        self.show_queue(entries)

    def _show_banner(self) -> None:
        shown = self._banner_text
        if shown and self._banner_job is not None:  # the commit returned: saved, at least
            shown = f"{shown} {record_mark(self._banner_seq, self._acked or 0)}."
        self.banner.setText(shown)
        self.banner.setVisible(bool(shown))

    def selected_entry(self) -> QueueEntry | None:
        index = self.list.currentIndex()
        return self.model.entry(index.row()) if index.isValid() else None

    def show_queue(self, entries: list[QueueEntry]) -> None:
        """Fill the list (the answer to `JobService.queue`), choosing the first order."""
        badge = self._session.badge if self._session else ""
        self.model.set_entries(entries, badge, self._clock.now().date())
        queued = len(entries)  # a plain name: lupdate does not read a call as the count
        self.count.setText(
            QCoreApplication.translate("Home", "%n order(s) queued at this station", "", queued)
        )
        self.list.setVisible(bool(entries))
        self.empty.setVisible(not entries)
        if entries:
            self.list.selectionModel().setCurrentIndex(
                self.model.index(0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self._update_start()

    def _selection_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_start()

    def _update_start(self) -> None:
        entry = self.selected_entry()
        self.start_button.setEnabled(entry is not None)
        if entry is None:
            self.start_button.setText(QCoreApplication.translate("Home", "Start"))
        elif entry.progress.open_job_id is None:
            self.start_button.setText(
                QCoreApplication.translate("Home", "Start {id}  →").format(id=entry.work_order.id)
            )
        else:
            self.start_button.setText(
                QCoreApplication.translate("Home", "Resume {id}  →").format(id=entry.work_order.id)
            )

    def _start(self) -> None:
        entry, session = self.selected_entry(), self._session
        if entry is None or session is None:
            return
        self.start_button.setEnabled(False)
        job_id = entry.progress.open_job_id
        if job_id is None:
            order_id = entry.work_order.id
            self._worker.run(
                lambda: self._jobs.start(session, order_id), self._opened, self._start_refused
            )
        else:
            self._worker.run(
                lambda: self._jobs.resume(session, job_id), self._opened, self._start_refused
            )

    def _opened(self, view: JobView) -> None:
        self._update_start()
        self.job_opened.emit(view)

    def _log_out(self) -> None:
        session = self._session
        if session is None:
            self.logged_out.emit()
            return
        self.logout_button.setEnabled(False)
        self._worker.run(lambda: self._auth.logout(session), self._ended, self._refused)

    def _ended(self, _result: None) -> None:
        self._session = None
        self.logout_button.setEnabled(True)
        self.logged_out.emit()

    def _refused(self, error: KnownError) -> None:
        self.logout_button.setEnabled(True)
        self._update_start()
        self._say(refusal_text(error))

    def _start_refused(self, error: KnownError) -> None:
        # The queue may have moved on (another kiosk, a lead): show it as it is now.
        self._refused(error)
        self.refresh()

    def _say(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(bool(message))
        set_style_property(self.message, "role", "error-inline")
