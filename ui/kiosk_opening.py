"""Opening the kiosk's data on the worker: the first try, what a failure says, and, on a kiosk
enrolled but still without plant data, a quiet new try after each sync pass."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from harmony_kiosk.enrolment import Enrolment
from harmony_kiosk.errors import KnownError
from ui.opening import NoPlantData, Opened
from ui.startup_text import open_failure_text, waiting_text
from ui.sync_link import SyncLink
from ui.sync_picture import SyncMode, SyncPicture
from ui.window_messages import WindowMessages
from ui.worker import Worker

Opener = Callable[[], Opened]


class KioskOpening(QObject):
    """Runs the opener until it yields a kiosk, then hands it to `on_open`; `starting` is called
    before each try an operator sees (the login screen says "Starting…"), `setup` offers
    enrolment (maintenance)."""

    def __init__(
        self,
        worker: Worker,
        sync: SyncLink,
        messages: WindowMessages,
        *,
        starting: Callable[[], None],
        on_open: Callable[[Opened], None],
        setup: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._sync = sync
        self._messages = messages
        self._starting = starting
        self._on_open = on_open
        self._setup = setup
        self._opener: Opener | None = None
        self._waiting: Enrolment | None = None  # enrolled, no plant data: reopened after passes
        self._offering_enrolment = False
        self._retrying = False
        sync.monitor.changed.connect(self._sync_changed)
        sync.passed.connect(self._sync_passed)

    def start(self, opener: Opener) -> None:
        self._opener = opener
        self._starting()
        self._worker.run(opener, self._opened, self._open_failed, background=True)

    def retry(self) -> None:
        if self._opener is not None:
            self.start(self._opener)

    def is_waiting(self) -> bool:
        """Enrolled, but the plant data has not come from the server yet."""
        return self._waiting is not None

    def _opened(self, opened: Opened) -> None:
        self._retrying = False
        if opened.enrolment is not None:
            self._sync.ensure_started()  # also, and above all, while waiting for plant data
        if opened.kiosk is None or opened.place is None:
            assert opened.enrolment is not None
            self._waiting = opened.enrolment
            self._show_waiting(self._sync.monitor.latest)
            return
        self._waiting = None
        self._on_open(opened)

    def _open_failed(self, error: KnownError) -> None:
        self._retrying = False
        if isinstance(error, NoPlantData):  # a new kiosk: enrol it (or try again)
            self._sync.monitor.set_mode(SyncMode.NOT_ENROLLED)
            self._messages.say(open_failure_text(error), self._setup, self.retry)
            return
        self._messages.say(open_failure_text(error), self.retry)

    def _sync_changed(self, picture: SyncPicture) -> None:
        shown_waiting = self._waiting is not None and self._messages.is_shown()
        if shown_waiting and _cannot_sync(picture) != self._offering_enrolment:
            self._show_waiting(picture)  # revoked, or sync cannot start: offer to enrol again

    def _show_waiting(self, picture: SyncPicture) -> None:
        assert self._waiting is not None
        self._offering_enrolment = _cannot_sync(picture)
        said = waiting_text(self._waiting, enrol_again=self._offering_enrolment)
        self._messages.say(said, self.retry, self._setup)

    def _sync_passed(self) -> None:
        """Waiting for plant data: try to open again, quietly, after each sync pass."""
        if self._waiting is not None and not self._retrying and self._opener is not None:
            self._retrying = True
            self._worker.run(self._opener, self._opened, self._open_failed, background=True)


def _cannot_sync(picture: SyncPicture) -> bool:
    """Sync could not start, or the server revoked the kiosk: only a new enrolment helps."""
    revoked = picture.status is not None and picture.status.revoked
    return picture.mode is SyncMode.BROKEN or revoked
