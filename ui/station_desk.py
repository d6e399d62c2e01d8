"""The station bar's work: start and stop downtime through the worker, and what the bar counts."""

from __future__ import annotations

import logging
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from harmony_kiosk.clock import Clock
from harmony_kiosk.domain.operators import Role
from harmony_kiosk.errors import KnownError
from ui import lead_reads
from ui.downtime_watch import DowntimeWatch
from ui.downtime_wording import minutes_text
from ui.refusal_wording import refusal_text
from ui.widgets.station_bar import StationBar
from ui.worker import Worker

if TYPE_CHECKING:  # services import SQLAlchemy: kept off the path to the first paint
    from harmony_kiosk.services.auth import OperatorSession
    from harmony_kiosk.services.downtime import DowntimeView
    from harmony_kiosk.services.kiosk import Kiosk
    from ui.screens.home import HomeScreen

log = logging.getLogger(__name__)


class StationDesk(QObject):
    """Answers the bar's taps: "Station stopped" starts a stop at once (the service times it on
    the monotonic clock), "Running again" ends it; the watch tells every screen."""

    def __init__(
        self,
        worker: Worker,
        kiosk: Kiosk,
        clock: Clock,
        watch: DowntimeWatch,
        bar: StationBar,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._kiosk = kiosk
        self._clock = clock
        self._watch = watch
        self.bar = bar
        self._session: OperatorSession | None = None
        bar.follow(watch)
        bar.stop_tapped.connect(self._stop_tapped)
        bar.running_again_tapped.connect(self._running_again)

    def enter(self, session: OperatorSession) -> None:
        """The home screen is shown for `session`: read the running stop and the counts."""
        self.bar.say("")  # what was said last time is old news
        self._session = session
        self.bar.set_lead(is_lead=session.holds(Role.TEAM_LEAD))
        self.refresh()

    def refresh(self) -> None:
        session = self._session
        lead = session is not None and session.holds(Role.TEAM_LEAD)
        read = partial(lead_reads.home_facts, self._kiosk, self._clock, lead=lead)
        self._worker.run(read, self._read, self._refused, background=True)

    def _read(self, facts: lead_reads.HomeFacts) -> None:
        self._watch.set_running(facts.running)
        self.bar.set_counts(facts.needing_code, facts.handoff_waiting)

    def _stop_tapped(self) -> None:
        session = self._session
        if session is None:
            return
        self.bar.set_busy(True)
        self.bar.say("")
        self._worker.run(partial(self._kiosk.downtime.start, session), self._started, self._refused)

    def _started(self, view: DowntimeView) -> None:
        self._watch.set_running(view)

    def _running_again(self) -> None:
        session = self._session
        if session is None:
            return
        self.bar.set_busy(True)
        self._worker.run(partial(self._kiosk.downtime.stop, session), self._stopped, self._refused)

    def _stopped(self, view: DowntimeView) -> None:
        self._watch.set_running(None)
        lasted = minutes_text(view.duration_s or 0)
        after = (
            QCoreApplication.translate("StationDesk", "A team lead codes the stop.")
            if view.needs_code
            else QCoreApplication.translate("StationDesk", "Short: no code needed.")
        )
        self.bar.say(
            QCoreApplication.translate(
                "StationDesk", "✓  Running again after {lasted}. {after}"
            ).format(lasted=lasted, after=after),
            "success",
        )
        self.refresh()

    def _refused(self, error: KnownError) -> None:
        """Another kiosk or a restart may know better: say why, and read the station again."""
        self.bar.say(refusal_text(error), "error")
        self.bar.set_busy(False)
        self._worker.run(self._kiosk.downtime.running, self._watch.set_running, background=True)


def put_on_home(
    home: HomeScreen, worker: Worker, kiosk: Kiosk, clock: Clock, watch: DowntimeWatch
) -> StationDesk:
    """The station bar at the top of the home screen, answered by a desk the home owns."""
    bar = StationBar()
    bar.zone = home.zone
    home.body.insertWidget(0, bar)  # above the queue: the first thing on home
    home.stop_chip.follow(watch)
    return StationDesk(worker, kiosk, clock, watch, bar, home)
