"""What the lead pages read, run on the worker: the line's stops, the reason tree, the board.

Each function here is handed to `Worker.run`; the GUI thread never calls them. The store is
imported inside the functions, so importing this module costs nothing at start-up.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from harmony_kiosk.clock import Clock
from ui.pattern_wording import bars_said, pareto_said, pattern_said
from ui.widgets.voice_notes import VoiceNoteFile, voice_note_file

if TYPE_CHECKING:  # services import SQLAlchemy: kept off the path to the first paint
    from harmony_kiosk.domain.reasons import ReasonTree
    from harmony_kiosk.domain.shifts import Shift
    from harmony_kiosk.services.downtime import DowntimeView
    from harmony_kiosk.services.kiosk import Kiosk
    from harmony_kiosk.services.patterns import ParetoBar, Pattern

RECENT = timedelta(days=7)  # how far back "needs a code" looks
NO_SHIFT_SPAN = timedelta(hours=12)  # a line without a calendar: the last 12 hours


class Period(enum.Enum):
    SHIFT = "shift"
    DAY = "day"
    WEEK = "week"


@dataclass(frozen=True)
class LineStops:
    """The line's stops for the lead: those waiting for a code, and the shift's."""

    shift: Shift | None
    needing_code: list[DowntimeView]  # the last 7 days', newest first
    of_shift: list[DowntimeView]  # newest first
    tree: ReasonTree
    # hash -> the note's file if it is on this kiosk (looked at here, on the worker)
    voice_notes: dict[str, VoiceNoteFile] = field(default_factory=dict)

    def voice_note_of(self, stop: DowntimeView | None) -> VoiceNoteFile | None:
        return self.voice_notes.get(stop.voice_note) if stop and stop.voice_note else None


@dataclass(frozen=True)
class Board:
    """Everything the line board shows for one period."""

    period: Period
    label: str  # "Shift B", "Today", "Last 7 days"
    shift_label: str  # "Shift B" (the toggle's words), whatever the period
    bars: list[ParetoBar]
    pareto: Pattern | None
    recurring: list[Pattern]
    rising: list[Pattern]
    open_exceptions: int


def reason_tree(kiosk: Kiosk) -> ReasonTree:
    from harmony_kiosk.store import master_data  # noqa: PLC0415 (worker only)

    with kiosk.uow.reading() as connection:
        return master_data.reason_tree(connection)


def shift_now(kiosk: Kiosk, clock: Clock) -> Shift | None:
    """The shift running now, or between shifts the one that ended last (None: no calendar)."""
    from harmony_kiosk.store import master_data  # noqa: PLC0415 (worker only)

    now = clock.now()
    with kiosk.uow.reading() as connection:
        calendar = master_data.shift_calendar(connection, kiosk.station.line_id)
    if calendar is None:
        return None
    current = calendar.shift_at(now)
    if current is not None:
        return current
    before = [s for s in calendar.shifts_between(now - timedelta(days=3), now) if s.end <= now]
    return before[-1] if before else None


def line_stops(kiosk: Kiosk, clock: Clock) -> LineStops:
    now = clock.now()
    shift = shift_now(kiosk, clock)
    start, end = (shift.start, shift.end) if shift else (now - NO_SHIFT_SPAN, now)
    of_shift = kiosk.downtime.on_line(start, max(end, now))
    recent = [s for s in kiosk.downtime.on_line(now - RECENT, now) if s.needs_code]
    notes = {
        s.voice_note: voice_note_file(kiosk.attachments.path(s.voice_note), s.voice_note)
        for s in (*recent, *of_shift)
        if s.voice_note
    }
    return LineStops(
        shift, _newest_first(recent), _newest_first(of_shift), reason_tree(kiosk), notes
    )


def _newest_first(stops: list[DowntimeView]) -> list[DowntimeView]:
    return sorted(stops, key=lambda stop: stop.started_at, reverse=True)


def period_bounds(
    period: Period, now: datetime, shift: Shift | None, zone: tzinfo | None
) -> tuple[datetime, datetime, str]:
    """The [start, end) a board period covers, and its name."""
    if period is Period.SHIFT and shift is not None:
        return (
            shift.start,
            shift.end,
            QCoreApplication.translate("LeadReads", "Shift {name}").format(name=shift.name),
        )
    if period is Period.WEEK:
        return now - timedelta(days=7), now, QCoreApplication.translate("LeadReads", "Last 7 days")
    local = now.astimezone(zone)
    midnight = datetime.combine(local.date(), time(0), tzinfo=local.tzinfo)
    label = (
        QCoreApplication.translate("LeadReads", "Today")
        if period is Period.DAY
        else QCoreApplication.translate("LeadReads", "Today (no shift calendar)")
    )
    return midnight.astimezone(UTC), now, label


def board(
    kiosk: Kiosk, clock: Clock, period: Period, zone: tzinfo | None, language: str = "en"
) -> Board:
    """The board of `period`; its reasons and sentences in `language` (ui/pattern_wording.py)."""
    now = clock.now()
    shift = shift_now(kiosk, clock)
    start, end, label = period_bounds(period, now, shift, zone)
    tree = reason_tree(kiosk)
    bars, pareto = kiosk.patterns.pareto(start, end)
    bars = bars_said(bars, tree, language)
    sentence = pareto_said(pareto, bars) if pareto is not None else None
    return Board(
        period,
        label,
        QCoreApplication.translate("LeadReads", "Shift {name}").format(name=shift.name)
        if shift
        else QCoreApplication.translate("LeadReads", "This shift"),
        bars,
        sentence,
        [pattern_said(found, tree, language) for found in kiosk.patterns.recurring()],
        [pattern_said(found, tree, language) for found in kiosk.patterns.rising()],
        len(kiosk.exceptions.open_on_line()),
    )


@dataclass(frozen=True)
class HomeFacts:
    """What the station bar shows: the running stop, stops to code, a handoff to accept."""

    running: DowntimeView | None
    needing_code: int
    handoff_waiting: str | None  # the name of the shift whose handoff waits, for leads


def home_facts(kiosk: Kiosk, clock: Clock, *, lead: bool) -> HomeFacts:
    now = clock.now()
    needing = sum(1 for stop in kiosk.downtime.on_line(now - RECENT, now) if stop.needs_code)
    pending = kiosk.handoffs.pending() if lead else []
    waiting = pending[0].summary.shift_name if pending else None
    return HomeFacts(kiosk.downtime.running(), needing, waiting)
