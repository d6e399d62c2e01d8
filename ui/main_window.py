"""The kiosk's window: a stack of screens, the navigation between them, and the sync status."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from harmony_kiosk.clock import Clock
from harmony_kiosk.domain.instructions import Step
from harmony_kiosk.enrolment import Enrolment
from harmony_kiosk.errors import KnownError
from ui.disk_watch import DiskWatch
from ui.language import UiLanguage
from ui.lockdown import Lockdown
from ui.marked import QT_TRANSLATE_NOOP
from ui.opening import NoPlantData, Opened
from ui.place import Place
from ui.scan_router import ScanRouter
from ui.screen_set import retire
from ui.screens.frame import Screen
from ui.screens.login import LoginScreen
from ui.screens.maintenance import MaintenanceScreen
from ui.screens.message import MessageScreen
from ui.sent import SentReader
from ui.startup_text import Said, open_failure_text, waiting_text
from ui.sync_link import SyncLink
from ui.sync_picture import SyncMode, SyncPicture
from ui.worker import Worker

if TYPE_CHECKING:  # services import SQLAlchemy: kept off the path to the first paint
    from harmony_kiosk.services.auth import OperatorSession
    from harmony_kiosk.services.jobs import JobView, StepOutcome
    from harmony_kiosk.services.kiosk import Kiosk
    from ui.exception_pages import ExceptionPages
    from ui.lead_pages import LeadPages
    from ui.screens.completion import CompletionScreen
    from ui.screens.home import HomeScreen
    from ui.screens.signature import SignatureScreen
    from ui.screens.step_runner import StepRunnerScreen
    from ui.work_keeper import WorkKeeper

__all__ = ["GENERIC_PROBLEM", "MainWindow", "Opener", "open_failure_text"]
log = logging.getLogger(__name__)
Opener = Callable[[], Opened]
# The English source text: shown through QCoreApplication.translate, in the language shown now.
GENERIC_PROBLEM = QT_TRANSLATE_NOOP("MainWindow", "Something went wrong. Your saved work is safe.")


class MainWindow(QWidget):
    """Owns navigation and who is logged in. Screens only say what happened (signals)."""

    ready = Signal()  # the kiosk has opened behind the login screen: a badge can log in
    exited = Signal()  # a supervisor chose "Exit kiosk": the application ends
    keeper: WorkKeeper | None = None  # drafts and where each operator was (ui/work_keeper.py)

    def __init__(
        self,
        worker: Worker,
        clock: Clock,
        sync: SyncLink,
        parent: QWidget | None = None,
        *,
        idle_logout_s: int = 300,
        language: str = "en",
    ) -> None:
        super().__init__(parent)
        # Installed before the first screen is made: the login screen reads the kiosk's default.
        self.language = UiLanguage(language, self)
        self.language.use_default()
        self._built_in = ""  # the language the screens behind the login screen were made in
        self._unbuilt: list[QWidget] = []
        self._place: Place | None = None
        self.setWindowTitle("Harmony Kiosk")
        self._worker = worker
        self._clock = clock
        self.sync = sync
        self._opener: Opener | None = None
        self._waiting: Enrolment | None = None  # enrolled, no plant data: reopened after passes
        self._offering_enrolment = False
        self._retrying = False
        self.kiosk: Kiosk | None = None
        self.session: OperatorSession | None = None
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.scans = ScanRouter(self, clock, self.stack.currentWidget)  # scanners, badge readers
        self.login = LoginScreen(worker, clock)
        self.message = MessageScreen(clock)
        self.maintenance = MaintenanceScreen(worker, clock, sync)
        for screen in (self.login, self.message, self.maintenance):
            self.stack.addWidget(screen)
        self._message_action: Callable[[], None] = self._back_home
        self._message_other: Callable[[], None] = self._retry_start
        self.message.acted.connect(self._message_acted)
        self.message.other_acted.connect(self._message_other_acted)
        self.login.logged_in.connect(self._logged_in)
        self.login.maintenance_requested.connect(self._maintenance)
        self.maintenance.done.connect(self._maintenance_done)
        sync.monitor.changed.connect(self._sync_changed)
        sync.passed.connect(self._sync_passed)
        worker.crashed.connect(self.show_crash)
        worker.refused.connect(self._refused)
        self.maintenance.exit_requested.connect(self.exit_kiosk)
        self.lockdown = Lockdown(self, clock, idle_logout_s, self._idle_expired)
        self.idle = self.lockdown.idle
        self.home: HomeScreen | None = None
        self.runner: StepRunnerScreen | None = None
        self.signature: SignatureScreen | None = None
        self.completion: CompletionScreen | None = None

    # --- start-up ------------------------------------------------------------------------------
    def start(self, opener: Opener) -> None:
        """Open the kiosk on the worker; the login screen says "Starting…" meanwhile."""
        self._opener = opener
        self.stack.setCurrentWidget(self.login)
        self._worker.run(opener, self._opened, self._open_failed, background=True)

    def is_ready(self) -> bool:
        return self.kiosk is not None

    def is_waiting(self) -> bool:
        """Enrolled, but the plant data has not come from the server yet."""
        return self._waiting is not None

    def _opened(self, opened: Opened) -> None:
        self._retrying = False
        if opened.enrolment is not None:
            self.sync.ensure_started()  # also, and above all, while waiting for plant data
        if opened.kiosk is None or opened.place is None:
            assert opened.enrolment is not None
            self._waiting = opened.enrolment
            self._show_waiting(self.sync.monitor.latest)
            return
        self._waiting = None
        kiosk, place = opened.kiosk, opened.place
        self.kiosk = kiosk
        self._place = place
        self._build(kiosk, place)
        self.login.attach(kiosk.auth, place)
        self.maintenance.attach(kiosk.auth, place)
        self._watch_disk(kiosk)
        self.sync.monitor.set_acked_reader(SentReader(kiosk.uow).acked_seq)
        if opened.enrolment is None:
            self.sync.monitor.set_mode(SyncMode.DEMO if opened.is_demo else SyncMode.NOT_ENROLLED)
        self.stack.setCurrentWidget(self.login)
        log.info("kiosk ready at station %s", place.station_id)
        self.ready.emit()

    def _build(self, kiosk: Kiosk, place: Place) -> None:
        # The screens behind the login screen load once the kiosk has opened, off the path to
        # the first paint (tests/ui/test_cli.py times it; `make bench` measures it).
        from ui.screens.completion import CompletionScreen  # noqa: PLC0415
        from ui.screens.home import HomeScreen  # noqa: PLC0415
        from ui.screens.signature import SignatureScreen  # noqa: PLC0415
        from ui.screens.step_runner import StepRunnerScreen  # noqa: PLC0415

        worker, clock, sent = self._worker, self._clock, SentReader(kiosk.uow)
        self._built_in = self.language.current
        # What the stack holds before: the screens of no one's session, kept on a rebuild.
        self._unbuilt = [w for i in range(self.stack.count()) if (w := self.stack.widget(i))]
        self.home = HomeScreen(worker, kiosk.jobs, kiosk.auth, place, clock, sent=sent)
        self.runner = StepRunnerScreen(worker, kiosk.jobs, place, clock, sent=sent)
        self.signature = SignatureScreen(worker, kiosk.jobs, place, clock)
        self.completion = CompletionScreen(worker, kiosk.jobs, place, clock)
        for screen in (self.home, self.runner, self.signature, self.completion):
            self.stack.addWidget(screen)
            screen.sync_pill.show_picture(self.sync.monitor.latest)
        self.home.job_opened.connect(self._job_opened)
        self.home.logged_out.connect(self._logged_out)
        self.runner.paused.connect(self._back_home)
        self.runner.sign_requested.connect(self._sign_requested)
        self.runner.finished.connect(self._steps_done)
        self.signature.signed.connect(self._signed)
        self.signature.cancelled.connect(lambda: self._show(self.runner))
        self.completion.completed.connect(self._completed)
        self.completion.back.connect(self._review)
        self._build_exceptions(kiosk, place)
        self._build_lead_pages(kiosk, place)
        from harmony_kiosk.store.drafts import DraftStore  # noqa: PLC0415
        from ui.work_keeper import WorkKeeper  # noqa: PLC0415

        self.keeper = WorkKeeper(worker, DraftStore(kiosk.data_dir), kiosk.jobs, self.runner, self)

    def _open_failed(self, error: KnownError) -> None:
        self._retrying = False
        if isinstance(error, NoPlantData):  # a new kiosk: enrol it (or try again)
            self.sync.monitor.set_mode(SyncMode.NOT_ENROLLED)
            self._say(open_failure_text(error), self._setup, self._retry_start)
            return
        self._say(open_failure_text(error), self._retry_start)

    def _retry_start(self) -> None:
        if self._opener is not None:
            self.start(self._opener)

    # --- sync ----------------------------------------------------------------------------------
    def _sync_changed(self, picture: SyncPicture) -> None:
        """Every header shows the new status; "Saved" turns "Sent" where the server acked."""
        for index in range(self.stack.count()):
            screen = self.stack.widget(index)
            if isinstance(screen, Screen):
                screen.sync_pill.show_picture(picture)
        self.maintenance.show_sync(picture)
        shown_waiting = self._waiting is not None and self.stack.currentWidget() is self.message
        if shown_waiting and _cannot_sync(picture) != self._offering_enrolment:
            self._show_waiting(picture)  # revoked, or sync cannot start: offer to enrol again
        if picture.acked_seq is not None:
            for shown in (self.home, self.runner):
                if shown is not None:
                    shown.set_acked(picture.acked_seq)

    def _show_waiting(self, picture: SyncPicture) -> None:
        assert self._waiting is not None
        self._offering_enrolment = _cannot_sync(picture)
        said = waiting_text(self._waiting, enrol_again=self._offering_enrolment)
        self._say(said, self._retry_start, self._setup)

    def _sync_passed(self) -> None:
        """Waiting for plant data: try to open again, quietly, after each sync pass."""
        if self._waiting is not None and not self._retrying and self._opener is not None:
            self._retrying = True
            self._worker.run(self._opener, self._opened, self._open_failed, background=True)

    # --- maintenance ---------------------------------------------------------------------------
    def _maintenance(self) -> None:
        self.maintenance.open_guarded()
        self._show(self.maintenance)
        self.idle.arm()  # a supervisor who walks away leaves the menu to the login screen

    def _setup(self) -> None:
        """A kiosk with no plant data has no supervisor to ask: enrolment only."""
        self.maintenance.open_setup()
        self._show(self.maintenance)

    def _maintenance_done(self) -> None:
        self.idle.disarm()
        if self.kiosk is None:
            self._retry_start()  # enrolled meanwhile? then it waits for the plant data
            return
        self.login.reset()
        self._show(self.login)

    # --- navigation ----------------------------------------------------------------------------
    def _logged_in(self, session: OperatorSession) -> None:
        """Home; or, after an idle log-out or a restart, the step the operator had open."""
        self.session = session
        self._speak(session.language)
        self.idle.arm()
        if self.keeper is None:
            self._back_home()
            return
        self.keeper.follow(session)
        self.keeper.resume(session, self._resume_step, self._back_home)

    def _resume_step(self, view: JobView, index: int) -> None:
        assert self.runner is not None
        if self.session is None:
            return
        self.runner.open(self.session, view, index)
        self._show(self.runner)

    def _logged_out(self) -> None:
        self.session = None
        self.idle.disarm()
        if self.keeper is not None:
            self.keeper.follow(None)
        self.language.use_default()  # before reset(): the login screen's words are the kiosk's
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
        counts = QCoreApplication.translate("MainWindow", "{good} good, {scrap} scrap").format(
            good=view.job.good, scrap=view.job.scrap
        )
        self._back_home(
            QCoreApplication.translate("MainWindow", "✓  Job complete: {id} · {counts}.").format(
                id=view.work_order.id, counts=counts
            ),
            view.job.id,
        )

    def _back_home(self, banner: str = "", job_id: str | None = None) -> None:
        if self.session is not None and self.home is not None:
            self.home.enter(self.session, banner, job_id)
            self._show(self.home)
        else:
            self.login.reset()
            self._show(self.login)

    def _show(self, screen: QWidget | None) -> None:
        if screen is not None:
            self.stack.setCurrentWidget(screen)
        if screen is self.home and self.keeper is not None:
            self.keeper.left_job(self.session)  # on home by choice: the next login starts here

    # --- exceptions: raised from any screen, the line's queue on home, one exception's detail ---
    exceptions: ExceptionPages | None = None

    def _build_exceptions(self, kiosk: Kiosk, place: Place) -> None:
        """ui.exception_pages wires them; the window lends its own navigation."""
        from ui.exception_pages import ExceptionPages  # noqa: PLC0415 - after the first paint

        assert self.home is not None
        assert self.runner is not None
        self.exceptions = ExceptionPages(
            self._worker,
            kiosk,
            place,
            self._clock,
            self.stack,
            self.home,
            self.runner,
            show=self._show,
            back_home=self._back_home,
            session=lambda: self.session,
            synced=self.sync.passed,
        )
        for screen in self.exceptions.screens:
            screen.sync_pill.show_picture(self.sync.monitor.latest)

    # --- downtime on home and in every header; line stops, shift handoff, line board ------------
    lead_pages: LeadPages | None = None

    def _build_lead_pages(self, kiosk: Kiosk, place: Place) -> None:
        """ui.lead_pages wires them; the window lends its own navigation."""
        from ui.lead_pages import LeadPages  # noqa: PLC0415 - after the first paint

        assert self.home is not None
        self.lead_pages = LeadPages(
            self._worker,
            kiosk,
            place,
            self._clock,
            self.stack,
            self.home,
            show=self._show,
            back_home=self._back_home,
            session=lambda: self.session,
        )
        for screen in self.lead_pages.screens:
            screen.sync_pill.show_picture(self.sync.monitor.latest)

    # --- problems ------------------------------------------------------------------------------
    def _message(
        self, title: str, message: str, hint: str, action: str, then: Callable[[], None]
    ) -> None:
        self._say((title, message, hint, action, ""), then)

    def _say(
        self, said: Said, then: Callable[[], None], other: Callable[[], None] | None = None
    ) -> None:
        self._message_action = then
        self._message_other = other or self._retry_start
        self.message.show_message(*said)
        self._show(self.message)

    def _message_acted(self) -> None:
        self._message_action()

    def _message_other_acted(self) -> None:
        self._message_other()

    def show_crash(self) -> None:
        """An unexpected error (a worker call, a GUI slot, a thread): the calm message."""
        log.error("showing the calm message after an unexpected error", extra=self.crash_context())
        if self.keeper is not None:
            self.keeper.keep_draft()
        if self.kiosk is None:
            self._message(
                QCoreApplication.translate("MainWindow", "The kiosk cannot start"),
                QCoreApplication.translate(
                    "MainWindow", "Something went wrong while opening the kiosk's data."
                ),
                QCoreApplication.translate(
                    "MainWindow",
                    "The details are in the kiosk's log. Call IT and show them this screen.",
                ),
                QCoreApplication.translate("MainWindow", "Try again"),
                self._retry_start,
            )
            return
        self._message(
            QCoreApplication.translate("MainWindow", "Something went wrong"),
            QCoreApplication.translate("MainWindow", GENERIC_PROBLEM),
            QCoreApplication.translate("MainWindow", "If it happens again, tell your team lead."),
            QCoreApplication.translate("MainWindow", "Back to home"),
            self._back_home,
        )

    def _refused(self, error: KnownError) -> None:
        self._message(
            QCoreApplication.translate("MainWindow", "That did not work"),
            error.message,
            "",
            QCoreApplication.translate("MainWindow", "Back to home"),
            self._back_home,
        )

    def crash_context(self) -> dict[str, str]:
        """Where an unexpected error happened, for the log: the screen, who, which job."""
        runner, session = self.runner, self.session
        job = runner.view.job.id if runner is not None and runner.view is not None else ""
        return {
            "screen": type(self.stack.currentWidget()).__name__,
            "badge": session.badge if session is not None else "",
            "job_id": job if session is not None else "",
        }

    # --- lock-down: kiosk mode (ui/lockdown.py), idle log-out -----------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.lockdown.may_close():
            event.ignore()
            return
        super().closeEvent(event)

    def exit_kiosk(self) -> None:
        """A supervisor chose "Exit kiosk" in maintenance: the only way out but the OS."""
        self.lockdown.allow_exit()
        self.close()
        self.exited.emit()

    def _idle_expired(self) -> None:
        """Nobody touched the screen: keep what was typed, then log out (reason "idle")."""
        session, kiosk = self.session, self.kiosk
        log.info("idle log-out", extra=self.crash_context())
        if session is None or kiosk is None:  # a supervisor left maintenance open
            self._logged_out()
            return
        assert self.keeper is not None
        self.keeper.log_out_idle(session, kiosk.auth, self._logged_out)

    # --- language: the operator's while logged in, the kiosk's default otherwise ----------------
    def _speak(self, language: str) -> None:
        """Install `language`; the screens behind the login screen set their words as they are
        made, so screens made in another language are made again (ui/screen_set.py)."""
        shown = self.language.use(language)
        if self.kiosk is None or self._place is None or shown == self._built_in:
            return
        log.info("building the screens again in %s", shown)
        keeper, pages = self.keeper, (self.exceptions, self.lead_pages)
        for page in pages:
            if page is not None:
                page.detach()
        disk: DiskWatch | None = getattr(self, "disk_watch", None)
        others: list[QObject] = [thing for thing in (keeper, *pages, disk) if thing is not None]
        if disk is not None:  # its banner on the login screen goes too: the new watch adds one
            disk.timer.stop()
            others.extend(disk.banners)
        retire(self.stack, self._unbuilt, others, self._worker)
        self._build(self.kiosk, self._place)
        self._watch_disk(self.kiosk)

    def _watch_disk(self, kiosk: Kiosk) -> None:
        watched = filter(None, (self.login, self.home))  # the disk banner: on these two screens
        self.disk_watch = DiskWatch(self._worker, kiosk.disk, watched, self)


def _cannot_sync(picture: SyncPicture) -> bool:
    """Sync could not start, or the server revoked the kiosk: only a new enrolment helps."""
    revoked = picture.status is not None and picture.status.revoked
    return picture.mode is SyncMode.BROKEN or revoked
