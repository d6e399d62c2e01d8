"""The kiosk's window: assembles its parts into one stack of screens, and owns who is logged in."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from harmony_kiosk.clock import Clock
from ui.disk_watch import DiskWatch
from ui.kiosk_opening import KioskOpening, Opener
from ui.language import UiLanguage
from ui.lockdown import Lockdown
from ui.opening import Opened
from ui.place import Place
from ui.scan_router import ScanRouter
from ui.screen_set import retire
from ui.screens.frame import Screen
from ui.screens.login import LoginScreen
from ui.screens.message import MessageScreen
from ui.sent import SentReader
from ui.startup_text import open_failure_text
from ui.sync_link import SyncLink
from ui.sync_picture import SyncMode, SyncPicture
from ui.window_messages import GENERIC_PROBLEM, WindowMessages
from ui.worker import Worker

if TYPE_CHECKING:  # services import SQLAlchemy: kept off the path to the first paint
    from harmony_kiosk.services.auth import AuthService, OperatorSession
    from harmony_kiosk.services.kiosk import Kiosk
    from ui.exception_pages import ExceptionPages
    from ui.job_pages import JobPages
    from ui.lead_pages import LeadPages
    from ui.screens.completion import CompletionScreen
    from ui.screens.home import HomeScreen
    from ui.screens.maintenance import MaintenanceScreen
    from ui.screens.signature import SignatureScreen
    from ui.screens.step_runner import StepRunnerScreen
    from ui.work_keeper import WorkKeeper

__all__ = ["GENERIC_PROBLEM", "MainWindow", "Opener", "open_failure_text"]
log = logging.getLogger(__name__)


class MainWindow(QWidget):
    """Owns navigation and who is logged in. Screens only say what happened (signals); the parts
    (ui/kiosk_opening.py, ui/job_pages.py, ui/exception_pages.py, ui/lead_pages.py,
    ui/window_messages.py, ui/lockdown.py, ui/work_keeper.py) decide the rest."""

    ready = Signal()  # the kiosk has opened behind the login screen: a badge can log in
    exited = Signal()  # a supervisor chose "Exit kiosk": the application ends
    keeper: WorkKeeper | None = None  # drafts and where each operator was (ui/work_keeper.py)
    exceptions: ExceptionPages | None = None  # raise, the line's queue, the detail
    lead_pages: LeadPages | None = None  # downtime, line stops, shift handoff, line board

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
        self.kiosk: Kiosk | None = None
        self.session: OperatorSession | None = None
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.scans = ScanRouter(self, clock, self.stack.currentWidget)  # scanners, badge readers
        self.login = LoginScreen(worker, clock)
        self.message = MessageScreen(clock)
        # Made the first time a supervisor (or a kiosk with no plant data) asks for it: it is
        # the biggest screen before login, and the first paint does not wait for it.
        self._maintenance_screen: MaintenanceScreen | None = None
        self._maintenance_auth: tuple[AuthService, Place] | None = None
        self._last_picture: SyncPicture | None = None
        for screen in (self.login, self.message):
            self.stack.addWidget(screen)
        self.messages = WindowMessages(
            self.stack,
            self.message,
            self._show,
            back_home=self._back_home,
            retry_start=self._retry_start,
        )
        self.login.logged_in.connect(self._logged_in)
        self.login.maintenance_requested.connect(self._maintenance)
        sync.monitor.changed.connect(self._sync_changed)
        self.opening = KioskOpening(
            worker,
            sync,
            self.messages,
            starting=lambda: self.stack.setCurrentWidget(self.login),
            on_open=self._opened,
            setup=self._setup,
            parent=self,
        )
        worker.crashed.connect(self.show_crash)
        worker.refused.connect(self.messages.refused)
        self.lockdown = Lockdown(self, clock, idle_logout_s, self._idle_expired)
        self.idle = self.lockdown.idle
        self.jobs: JobPages | None = None
        self.home: HomeScreen | None = None
        self.runner: StepRunnerScreen | None = None
        self.signature: SignatureScreen | None = None
        self.completion: CompletionScreen | None = None

    # --- start-up: ui/kiosk_opening.py opens the data, then the screens behind login are made ---
    def start(self, opener: Opener) -> None:
        """Open the kiosk on the worker; the login screen says "Starting…" meanwhile."""
        self.opening.start(opener)

    def is_ready(self) -> bool:
        return self.kiosk is not None

    def is_waiting(self) -> bool:
        """Enrolled, but the plant data has not come from the server yet."""
        return self.opening.is_waiting()

    def _retry_start(self) -> None:
        self.opening.retry()

    def _opened(self, opened: Opened) -> None:
        assert opened.kiosk is not None
        assert opened.place is not None
        kiosk, place = opened.kiosk, opened.place
        self.kiosk = kiosk
        self._place = place
        self._build(kiosk, place)
        self.login.attach(kiosk.auth, place)
        self._maintenance_auth = (kiosk.auth, place)
        if self._maintenance_screen is not None:
            self._maintenance_screen.attach(kiosk.auth, place)
        self._watch_disk(kiosk)
        self.sync.monitor.set_acked_reader(SentReader(kiosk.uow).acked_seq)
        if opened.enrolment is None:
            self.sync.monitor.set_mode(SyncMode.DEMO if opened.is_demo else SyncMode.NOT_ENROLLED)
        self.stack.setCurrentWidget(self.login)
        log.info("kiosk ready at station %s", place.station_id)
        self.ready.emit()

    def _build(self, kiosk: Kiosk, place: Place) -> None:
        """The screens behind the login screen, in the language installed now. Each part wires its
        own screens (ui/job_pages.py, ui/exception_pages.py, ui/lead_pages.py) and the window
        lends them its navigation."""
        # Loaded once the kiosk has opened, off the path to the first paint (tests/ui/test_cli.py
        # times it; `make bench` measures it).
        from harmony_kiosk.store.drafts import DraftStore  # noqa: PLC0415
        from ui.exception_pages import ExceptionPages  # noqa: PLC0415
        from ui.job_pages import JobPages  # noqa: PLC0415
        from ui.lead_pages import LeadPages  # noqa: PLC0415
        from ui.window_parts import WindowParts  # noqa: PLC0415
        from ui.work_keeper import WorkKeeper  # noqa: PLC0415

        self._built_in = self.language.current
        # What the stack holds before: the screens of no one's session, kept on a rebuild.
        self._unbuilt = [w for i in range(self.stack.count()) if (w := self.stack.widget(i))]
        parts = WindowParts(
            self._worker, kiosk, place, self._clock, self.stack, self._show, self._back_home,
            lambda: self.session,
        )  # fmt: skip
        self.jobs = jobs = JobPages(parts, logged_out=self._logged_out)
        self.home, self.runner = jobs.home, jobs.runner
        self.signature, self.completion = jobs.signature, jobs.completion
        self.exceptions = ExceptionPages(parts, jobs.home, jobs.runner, synced=self.sync.passed)
        self.lead_pages = LeadPages(parts, jobs.home)
        for screen in (*jobs.screens, *self.exceptions.screens, *self.lead_pages.screens):
            screen.sync_pill.show_picture(self.sync.monitor.latest)
        drafts = DraftStore(kiosk.data_dir)
        self.keeper = WorkKeeper(self._worker, drafts, kiosk.jobs, jobs.runner, self)

    # --- sync ----------------------------------------------------------------------------------
    def _sync_changed(self, picture: SyncPicture) -> None:
        """Every header shows the new status; "Saved" turns "Sent" where the server acked."""
        for index in range(self.stack.count()):
            screen = self.stack.widget(index)
            if isinstance(screen, Screen):
                screen.sync_pill.show_picture(picture)
        self._last_picture = picture
        if self._maintenance_screen is not None:
            self._maintenance_screen.show_sync(picture)
        if picture.acked_seq is not None:
            for shown in (self.home, self.runner):
                if shown is not None:
                    shown.set_acked(picture.acked_seq)

    # --- maintenance ---------------------------------------------------------------------------
    @property
    def maintenance(self) -> MaintenanceScreen:
        """The maintenance screen, made and wired on first use with what the window knows."""
        if self._maintenance_screen is None:
            from ui.screens.maintenance import MaintenanceScreen  # noqa: PLC0415 (first paint)

            screen = MaintenanceScreen(self._worker, self._clock, self.sync)
            self.stack.addWidget(screen)
            screen.done.connect(self._maintenance_done)
            screen.exit_requested.connect(self.exit_kiosk)
            if self._maintenance_auth is not None:
                screen.attach(*self._maintenance_auth)
            if self._last_picture is not None:
                screen.sync_pill.show_picture(self._last_picture)
                screen.show_sync(self._last_picture)
            self._maintenance_screen = screen
        return self._maintenance_screen

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

    # --- who is logged in, and where each screen leads -----------------------------------------
    def _logged_in(self, session: OperatorSession) -> None:
        """Home; or, after an idle log-out or a restart, the step the operator had open."""
        self.session = session
        self._speak(session.language)
        self.idle.arm()
        if self.keeper is None or self.jobs is None:
            self._back_home()
            return
        self.keeper.follow(session)
        self.keeper.resume(session, self.jobs.open_step, self._back_home)

    def _logged_out(self) -> None:
        self.session = None
        self.idle.disarm()
        if self.keeper is not None:
            self.keeper.follow(None)
        self.language.use_default()  # before reset(): the login screen's words are the kiosk's
        self.login.reset()
        self._show(self.login)

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

    # --- problems: the calm message (ui/window_messages.py) -----------------------------------
    def show_crash(self) -> None:
        """An unexpected error (a worker call, a GUI slot, a thread): the calm message."""
        log.error("showing the calm message after an unexpected error", extra=self.crash_context())
        if self.keeper is not None:
            self.keeper.keep_draft()
        self.messages.crash(opened=self.kiosk is not None)

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
        keeper, jobs, pages = self.keeper, self.jobs, (self.exceptions, self.lead_pages)
        for page in pages:
            if page is not None:
                page.detach()
        disk: DiskWatch | None = getattr(self, "disk_watch", None)
        parts = (keeper, jobs, *pages, disk)
        others: list[QObject] = [thing for thing in parts if thing is not None]
        if disk is not None:  # its banner on the login screen goes too: the new watch adds one
            disk.timer.stop()
            others.extend(disk.banners)
        retire(self.stack, self._unbuilt, others, self._worker)
        self._build(self.kiosk, self._place)
        self._watch_disk(self.kiosk)

    def _watch_disk(self, kiosk: Kiosk) -> None:
        watched = filter(None, (self.login, self.home))  # the disk banner: on these two screens
        self.disk_watch = DiskWatch(self._worker, kiosk.disk, watched, self)
