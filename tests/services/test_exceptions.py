"""Raising an exception captures its context without typing; the line's queue shows it."""

from __future__ import annotations

import pytest

from harmony_kiosk.domain.catalogue import validate_payload
from harmony_kiosk.domain.instructions import StepKind
from harmony_kiosk.errors import InvalidEntry
from harmony_kiosk.services.auth import OperatorSession
from harmony_kiosk.services.kiosk import Kiosk, rebuild_projections
from harmony_kiosk.store.journal import read_events
from tests.services.job_runner import answer


def test_an_exception_from_an_out_of_limit_step_carries_the_reading_and_limits(
    kiosk: Kiosk, operator_session: OperatorSession
) -> None:
    view = kiosk.jobs.start(operator_session, kiosk.jobs.queue()[0].work_order.id)
    index = next(i for i, s in enumerate(view.version.steps) if s.kind is StepKind.MEASUREMENT)
    for i in range(index):
        view = answer(kiosk, operator_session, view, i, {}).view
    step = view.version.steps[index]
    kiosk.jobs.measure(operator_session, view.job.id, step.id, "12.9")
    raised = kiosk.exceptions.raise_exception(
        operator_session, "quality", "high", "Bolt 1 over torque", view.job.id, step.id
    )
    assert raised.raised_here and raised.status == "open"
    with kiosk.database.read() as connection:
        event = list(read_events(connection))[-1]
    validate_payload(event.type, event.payload)
    assert event.type == "exception.raised"
    context = dict(event.payload)
    assert context["station_id"] == "LINE1-ST1" and context["line_id"] == "LINE1"
    assert context["work_order_id"] == view.work_order.id
    assert (context["instruction_id"], context["instruction_version"]) == ("WI-GBX-COVER", 3)
    assert (context["step_id"], context["value"]) == (step.id, "12.9")
    assert (context["lower"], context["upper"], context["unit"]) == ("11.5", "12.5", "N·m")
    assert [e.id for e in kiosk.exceptions.open_on_line()] == [raised.id]


def test_kind_and_severity_are_checked(kiosk: Kiosk, operator_session: OperatorSession) -> None:
    with pytest.raises(InvalidEntry):
        kiosk.exceptions.raise_exception(operator_session, "cosmic", "high")
    with pytest.raises(InvalidEntry):
        kiosk.exceptions.raise_exception(operator_session, "safety", "apocalyptic")


def test_exceptions_survive_a_projection_rebuild(
    kiosk: Kiosk, operator_session: OperatorSession
) -> None:
    kiosk.exceptions.raise_exception(operator_session, "safety", "critical", "Guard open")
    before = kiosk.exceptions.open_on_line()
    rebuild_projections(kiosk.database)
    assert kiosk.exceptions.open_on_line() == before
