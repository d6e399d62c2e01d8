"""A believable shift of downtime for previews and tests, recorded through the real services.

Each stop is started, timed (the manual clock is moved) and stopped by an operator, then coded by
the team lead, at a given time before "now"; the wall clock is put back to "now" afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.services.auth import OperatorSession
from harmony_kiosk.services.downtime import DowntimeView
from harmony_kiosk.services.kiosk import Kiosk

OPERATOR_BADGE = ("10078", "7315")  # Emily Carter, operator, English
LEAD_BADGE = ("20014", "735914")  # Ricardo Mendoza, team lead
INCOMING_LEAD = ("40007", "916372")  # Kevin Walsh, supervisor: a lead too
TRANSFER = "Transfer conveyor TC-3"
NUTRUNNER = "Nutrunner TW-07"


@dataclass(frozen=True)
class SeedStop:
    ago_min: int  # started this many minutes before now
    minutes: int
    code: str | None
    equipment: str | None = None
    note: str = ""


# The current shift: coded, short, and two that wait for a code.
SHIFT_STOPS = (
    SeedStop(105, 12, "MECH-CONV-JAM", TRANSFER, "Tote wedged at the transfer; guide re-set"),
    SeedStop(88, 6, "ELEC-NUTR-CAL", NUTRUNNER),
    SeedStop(75, 22, "MAT-SHORT-LINE", None, "Gaskets not delivered to the line"),
    SeedStop(50, 3, None),
    SeedStop(44, 18, None),
    SeedStop(22, 9, None, NUTRUNNER),
)
DAY = 24 * 60
# Earlier days: the jam keeps coming back on the same conveyor (recurring, and rising against
# a quiet history); the nutrunner's calibration is an old acquaintance.
PAST_STOPS = (
    SeedStop(1 * DAY + 30, 15, "MECH-CONV-JAM", TRANSFER),
    SeedStop(2 * DAY + 200, 9, "MECH-CONV-JAM", TRANSFER),
    SeedStop(4 * DAY + 90, 21, "MECH-CONV-JAM", TRANSFER),
    SeedStop(3 * DAY + 60, 35, "CHG-MODEL"),
    SeedStop(5 * DAY + 120, 14, "QUAL-REWORK"),
    SeedStop(10 * DAY, 12, "ELEC-NUTR-CAL", NUTRUNNER),
    SeedStop(17 * DAY, 10, "ELEC-NUTR-CAL", NUTRUNNER),
)


def seed_stops(
    kiosk: Kiosk,
    clock: ManualClock,
    stops: tuple[SeedStop, ...] = SHIFT_STOPS,
    *,
    operator: OperatorSession | None = None,
    lead: OperatorSession | None = None,
) -> list[DowntimeView]:
    """Record `stops` (oldest first), ending with the wall clock back where it was."""
    now = clock.now()
    operator = operator or kiosk.auth.login(*OPERATOR_BADGE)
    lead = lead or kiosk.auth.login(*LEAD_BADGE)
    made = []
    for stop in sorted(stops, key=lambda s: -s.ago_min):
        moment = now - timedelta(minutes=stop.ago_min)
        clock.jump_wall((moment - clock.now()).total_seconds())
        started = kiosk.downtime.start(operator, stop.equipment)
        clock.advance(stop.minutes * 60)
        view = kiosk.downtime.stop(operator)
        if stop.code is not None:
            view = kiosk.downtime.code(lead, started.id, stop.code, stop.note)
        made.append(view)
    clock.jump_wall((now - clock.now()).total_seconds())
    return made


def start_running_stop(kiosk: Kiosk, clock: ManualClock, ago_min: int) -> DowntimeView:
    """The station went down `ago_min` minutes ago and is still down."""
    now = clock.now()
    clock.jump_wall(-ago_min * 60)
    running = kiosk.downtime.start(kiosk.auth.login(*OPERATOR_BADGE))
    clock.advance(ago_min * 60)
    clock.jump_wall((now - clock.now()).total_seconds())
    return running
