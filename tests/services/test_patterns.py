"""Patterns for the lead: recurring troubles, the Pareto of losses, rising reasons."""

from __future__ import annotations

from datetime import timedelta

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.services.auth import OperatorSession
from harmony_kiosk.services.kiosk import Kiosk
from harmony_kiosk.services.patterns import PatternService
from tests.conftest import TEAM_LEAD


def stop(
    kiosk: Kiosk,
    session: OperatorSession,
    clock: ManualClock,
    minutes: int,
    code: str,
    equipment: str | None = None,
) -> None:
    started = kiosk.downtime.start(session, equipment)
    clock.advance(minutes * 60)
    kiosk.downtime.stop(session)
    kiosk.downtime.code(kiosk.auth.login(*TEAM_LEAD), started.id, code)
    clock.advance(600)


def patterns(kiosk: Kiosk, clock: ManualClock) -> PatternService:
    return PatternService(kiosk.uow, kiosk.downtime, clock)


def test_a_reason_recurring_on_the_same_equipment_is_spelled_out(
    kiosk: Kiosk, operator_session: OperatorSession, clock: ManualClock
) -> None:
    for _ in range(4):
        stop(kiosk, operator_session, clock, 6, "MECH-CONV-JAM", "Transfer conveyor TC-3")
    stop(kiosk, operator_session, clock, 6, "MECH-CONV-JAM", "Box labeller")  # another machine
    (found,) = patterns(kiosk, clock).recurring(threshold=3)
    assert found.sentence == (
        "Mechanical › Conveyor › Jam / blockage on Transfer conveyor TC-3 happened 4 times "
        "in the last 7 days (24 min in all)."
    )


def test_the_pareto_names_the_few_reasons_that_make_most_of_the_loss(
    kiosk: Kiosk, operator_session: OperatorSession, clock: ManualClock
) -> None:
    start = clock.now()
    stop(kiosk, operator_session, clock, 50, "MAT-SHORT-LINE")
    stop(kiosk, operator_session, clock, 30, "ELEC-NUTR-CAL")
    stop(kiosk, operator_session, clock, 10, "MECH-TOOL-WEAR")
    stop(kiosk, operator_session, clock, 10, "QUAL-REWORK")
    stop(kiosk, operator_session, clock, 45, "PLAN-BREAK")  # planned: not a loss
    bars, sentence = patterns(kiosk, clock).pareto(start, clock.now())
    assert [bar.minutes for bar in bars] == [50, 30, 10, 10]
    assert bars[-1].cumulative_share == 1.0
    assert sentence is not None
    assert sentence.sentence.startswith("2 reasons make 80% of the 100 min lost: Material")


def test_a_reason_rising_against_its_own_history(
    kiosk: Kiosk, operator_session: OperatorSession, clock: ManualClock
) -> None:
    stop(kiosk, operator_session, clock, 5, "MECH-PNEU-AIR")  # once, four weeks ago
    clock.advance(timedelta(days=25).total_seconds())
    for _ in range(4):
        stop(kiosk, operator_session, clock, 5, "MECH-PNEU-AIR")
    stop(kiosk, operator_session, clock, 5, "ELEC-SENS")
    (found,) = patterns(kiosk, clock).rising()
    assert found.numbers == {"recent": 4, "usual": 0.25}
    assert "Low air pressure is rising: 4 stops in the last 7 days" in found.sentence
