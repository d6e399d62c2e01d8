"""Running jobs through the services: the rules hold here, not only in the UI."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from sqlalchemy import text

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.domain.catalogue import CATALOGUE, validate_payload
from harmony_kiosk.domain.instructions import StepKind
from harmony_kiosk.domain.jobs import JobStatus
from harmony_kiosk.domain.signatures import signed_content_hash
from harmony_kiosk.errors import InvalidEntry, NotAllowed, RuleViolation
from harmony_kiosk.services.auth import OperatorSession
from harmony_kiosk.services.kiosk import Kiosk, open_kiosk, verify_journal
from harmony_kiosk.store import job_records
from harmony_kiosk.store.journal import read_events
from harmony_kiosk.store.master_data import add_instruction_version
from tests.conftest import INSPECTION_STATION, OPERATOR_EN, PACK_STATION, QUALITY, TEAM_LEAD
from tests.services.job_runner import answer, run_whole_job

# Event type each step kind produces (from the catalogue's step.* types).
EVENT_FOR_KIND = {
    StepKind.INSTRUCTION: "step.acknowledged",
    StepKind.CONFIRM: "step.acknowledged",
    StepKind.MEASUREMENT: "step.measured",
    StepKind.PASSFAIL: "step.checked",
    StepKind.SCAN: "step.scanned",
    StepKind.SIGNATURE: "step.signed",
}


def journal(kiosk: Kiosk) -> list[tuple[str, dict[str, object]]]:
    with kiosk.database.read() as connection:
        return [(event.type, dict(event.payload)) for event in read_events(connection)]


def test_a_whole_job_records_exactly_one_event_per_action(
    kiosk: Kiosk, operator_session: OperatorSession
) -> None:
    view = run_whole_job(kiosk, operator_session, out_of_limit={"torque-2": "12.8"}, good=1)
    assert view.job.status is JobStatus.COMPLETED
    expected = [
        "session.logged_in",
        "job.started",
        *(EVENT_FOR_KIND[step.kind] for step in view.version.steps),
        "job.completed",
    ]
    events = journal(kiosk)
    assert [kind for kind, _ in events] == expected
    for kind, payload in events:
        assert kind in CATALOGUE
        validate_payload(kind, payload)
    assert verify_journal(kiosk.database, kiosk.identity.device_id).first_break is None
    (nonconformance,) = view.nonconformances
    assert (nonconformance.step_id, nonconformance.value) == ("torque-2", "12.8")
    assert (nonconformance.lower, nonconformance.upper, nonconformance.unit) == (
        "11.5",
        "12.5",
        "N·m",
    )


def test_an_out_of_limit_measurement_is_saved_as_nonconforming_with_a_plain_notice(
    kiosk: Kiosk, operator_session: OperatorSession
) -> None:
    view = kiosk.jobs.start(operator_session, kiosk.jobs.queue()[0].work_order.id)
    index = next(i for i, s in enumerate(view.version.steps) if s.kind is StepKind.MEASUREMENT)
    for i in range(index):
        view = answer(kiosk, operator_session, view, i, {}).view
    outcome = kiosk.jobs.measure(
        operator_session, view.job.id, view.version.steps[index].id, "12.8"
    )
    assert outcome.conforming is False
    assert (
        outcome.notice
        == "12.8 N·m is above the limits (11.5 – 12.5 N·m). Recorded as nonconforming."
    )
    remeasured = kiosk.jobs.measure(
        operator_session, view.job.id, view.version.steps[index].id, "12.1"
    )
    assert remeasured.conforming and remeasured.notice is None
    assert len(remeasured.view.nonconformances) == 1  # the first reading stays on record


def test_steps_are_answered_in_order(kiosk: Kiosk, operator_session: OperatorSession) -> None:
    view = kiosk.jobs.start(operator_session, kiosk.jobs.queue()[0].work_order.id)
    later = view.version.steps[3]
    with pytest.raises(RuleViolation, match="Answer step 1"):
        kiosk.jobs.check(operator_session, view.job.id, later.id, True)


def test_required_steps_cannot_be_skipped_optional_ones_can(
    demo_dir: Path, clock: ManualClock
) -> None:
    kiosk = open_kiosk(demo_dir, clock, PACK_STATION)
    session = kiosk.auth.login(*OPERATOR_EN)
    view = kiosk.jobs.start(session, kiosk.jobs.queue()[0].work_order.id)
    with pytest.raises(RuleViolation, match="required and cannot be skipped"):
        kiosk.jobs.skip(session, view.job.id, view.version.steps[0].id)
    optional = next(i for i, s in enumerate(view.version.steps) if not s.required)
    for i in range(optional):
        view = answer(kiosk, session, view, i, {}).view
    outcome = kiosk.jobs.skip(session, view.job.id, view.version.steps[optional].id)
    assert outcome.view.job.records[view.version.steps[optional].id].skipped
    kiosk.close()


def test_a_paused_job_takes_no_answers_until_resumed(
    kiosk: Kiosk, operator_session: OperatorSession
) -> None:
    view = kiosk.jobs.start(operator_session, kiosk.jobs.queue()[0].work_order.id)
    kiosk.jobs.pause(operator_session, view.job.id)
    with pytest.raises(RuleViolation, match="paused"):
        answer(kiosk, operator_session, view, 0, {})
    resumed = kiosk.jobs.resume(operator_session, view.job.id)
    assert resumed.job.status is JobStatus.RUNNING
    answer(kiosk, operator_session, resumed, 0, {})
    with pytest.raises(RuleViolation, match="already has a job in progress"):
        kiosk.jobs.start(operator_session, view.work_order.id)


def test_only_a_team_lead_takes_over_another_operators_job(
    kiosk: Kiosk, operator_session: OperatorSession
) -> None:
    view = kiosk.jobs.start(operator_session, kiosk.jobs.queue()[0].work_order.id)
    kiosk.jobs.pause(operator_session, view.job.id)
    other = kiosk.auth.login(*OPERATOR_EN)
    with pytest.raises(NotAllowed, match="team lead"):
        kiosk.jobs.resume(other, view.job.id)
    with pytest.raises(NotAllowed):
        answer(kiosk, other, view, 0, {})
    lead = kiosk.auth.login(*TEAM_LEAD)
    taken = kiosk.jobs.resume(lead, view.job.id)
    assert taken.job.held_by == TEAM_LEAD[0]
    with pytest.raises(NotAllowed):  # the original operator now has to ask for it back
        answer(kiosk, operator_session, taken, 0, {})


def test_a_signature_needs_the_role_and_the_right_pin_and_seals_what_it_signed(
    demo_dir: Path, clock: ManualClock
) -> None:
    kiosk = open_kiosk(demo_dir, clock, INSPECTION_STATION)
    session = kiosk.auth.login(*OPERATOR_EN)
    view = kiosk.jobs.start(session, kiosk.jobs.queue()[0].work_order.id)
    sign_index = next(i for i, s in enumerate(view.version.steps) if s.kind is StepKind.SIGNATURE)
    for i in range(sign_index):
        view = answer(kiosk, session, view, i, {}).view
    step = view.version.steps[sign_index]
    with pytest.raises(NotAllowed, match="quality"):
        kiosk.jobs.sign(session, view.job.id, step.id, *OPERATOR_EN)
    with pytest.raises(Exception, match="not recognised"):
        kiosk.jobs.sign(session, view.job.id, step.id, QUALITY[0], "000000")
    outcome = kiosk.jobs.sign(session, view.job.id, step.id, *QUALITY)
    payload = dict(outcome.event.payload)
    assert outcome.event.actor == QUALITY[0]
    assert (payload["signer"], payload["meaning"], payload["role"]) == (
        QUALITY[0],
        "verified",
        "quality",
    )
    with kiosk.database.read() as connection:
        hashes = job_records.answer_hashes(connection, view.job.id)
    del hashes[step.id]
    assert payload["signed_hash"] == signed_content_hash(
        view.job.id, view.version, hashes, sign_index
    )
    with pytest.raises(RuleViolation, match="signed off"):
        answer(kiosk, session, outcome.view, 1, {})
    kiosk.close()


def test_completion_needs_every_step_and_sensible_counts(
    kiosk: Kiosk, operator_session: OperatorSession
) -> None:
    view = kiosk.jobs.start(operator_session, kiosk.jobs.queue()[0].work_order.id)
    with pytest.raises(RuleViolation, match="not answered yet"):
        kiosk.jobs.complete(operator_session, view.job.id, 1, 0)
    for i in range(len(view.version.steps)):
        view = answer(kiosk, operator_session, view, i, {}).view
    for good, scrap, message in (
        (0, 0, "how many"),
        (-1, 2, "negative"),
        (40, 1, "more than the 40"),
    ):
        with pytest.raises(InvalidEntry, match=message):
            kiosk.jobs.complete(operator_session, view.job.id, good, scrap)
    done = kiosk.jobs.complete(operator_session, view.job.id, 38, 2)
    assert done.remaining == 0
    assert all(entry.work_order.id != view.work_order.id for entry in kiosk.jobs.queue())


def test_an_invalid_scan_is_refused_and_records_nothing(demo_dir: Path, clock: ManualClock) -> None:
    kiosk = open_kiosk(demo_dir, clock, PACK_STATION)
    session = kiosk.auth.login(*OPERATOR_EN)
    view = kiosk.jobs.start(session, kiosk.jobs.queue()[0].work_order.id)
    scan_index = next(i for i, s in enumerate(view.version.steps) if s.kind is StepKind.SCAN)
    for i in range(scan_index):
        view = answer(kiosk, session, view, i, {}).view
    before = len(journal(kiosk))
    with pytest.raises(InvalidEntry, match="not a valid code"):
        kiosk.jobs.scan(session, view.job.id, view.version.steps[scan_index].id, "GBX200-12")
    assert len(journal(kiosk)) == before
    kiosk.close()


def test_a_running_job_keeps_its_instruction_version(
    kiosk: Kiosk, operator_session: OperatorSession
) -> None:
    view = kiosk.jobs.start(operator_session, kiosk.jobs.queue()[0].work_order.id)
    newer = dataclasses.replace(
        view.version, version=view.version.version + 1, steps=view.version.steps[:2]
    )
    with kiosk.database.write() as connection:
        add_instruction_version(connection, newer)
    for i in range(len(view.version.steps)):
        view = answer(kiosk, operator_session, view, i, {}).view
    assert view.version.version == 3
    kiosk.jobs.complete(operator_session, view.job.id, 1, 0)
    fresh = kiosk.jobs.start(operator_session, view.work_order.id)
    assert fresh.version.version == 4


def test_every_action_is_one_transaction(kiosk: Kiosk, operator_session: OperatorSession) -> None:
    with kiosk.database.read() as connection:
        before = connection.execute(text("SELECT count(*) FROM events")).scalar()
    view = kiosk.jobs.start(operator_session, kiosk.jobs.queue()[0].work_order.id)
    outcome = answer(kiosk, operator_session, view, 0, {})
    with kiosk.database.read() as connection:
        after = connection.execute(text("SELECT count(*) FROM events")).scalar()
    assert after == before + 2
    assert outcome.event.seq == after


def test_the_view_derived_in_memory_equals_the_view_read_back(
    kiosk: Kiosk, operator_session: OperatorSession, clock: ManualClock
) -> None:
    view = kiosk.jobs.start(operator_session, kiosk.jobs.queue()[0].work_order.id)
    out_of_limit = {"torque-2": "12.8", "gasket-check": "fail"}
    for index in range(len(view.version.steps)):
        view = answer(kiosk, operator_session, view, index, out_of_limit).view
        fresh = open_kiosk(kiosk.data_dir, clock).jobs.view(view.job.id)
        assert view == fresh
    assert len(view.nonconformances) == 2
