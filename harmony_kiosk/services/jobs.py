"""Running jobs: start, answer steps in order, pause, resume, complete; rules checked here."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from sqlalchemy import Connection

from harmony_kiosk.clock import Clock, unix_ms
from harmony_kiosk.domain.events import Event
from harmony_kiosk.domain.ids import uuid7
from harmony_kiosk.domain.instructions import (
    ConfirmStep,
    InstructionStep,
    InstructionVersion,
    MeasurementStep,
    PassFailStep,
    ScanStep,
    SignatureStep,
    Step,
)
from harmony_kiosk.domain.jobs import (
    JobState,
    JobStatus,
    check_can_answer,
    check_can_complete,
    check_can_skip,
    check_running,
    step_params,
    step_record,
    with_answer,
)
from harmony_kiosk.domain.measurement import limits_text, read_measurement
from harmony_kiosk.domain.operators import Role
from harmony_kiosk.domain.signatures import signed_content_hash
from harmony_kiosk.errors import InvalidEntry, NotAllowed, RuleViolation
from harmony_kiosk.services.auth import AuthService, OperatorSession
from harmony_kiosk.services.job_views import JobView, QueueEntry, StepOutcome
from harmony_kiosk.services.unit_of_work import UnitOfWork
from harmony_kiosk.store import job_records, master_data

# The view types live in job_views; they are named here too, where callers have always found them.
__all__ = ["MAX_CODE_LENGTH", "JobService", "JobView", "QueueEntry", "StepOutcome"]

MAX_CODE_LENGTH = 200


class JobService:
    """The job use cases of one station."""

    def __init__(self, uow: UnitOfWork, auth: AuthService, clock: Clock, station_id: str) -> None:
        self._uow = uow
        self._auth = auth
        self._clock = clock
        self._station_id = station_id
        # Published versions never change, so caching them is always safe.
        self._versions: dict[tuple[str, int], InstructionVersion] = {}
        # The last view of each job this service produced; reused while the job's last_seq says
        # nothing else changed it, so answering a step reads one row instead of seven queries.
        self._views: dict[str, JobView] = {}

    # --- reading -------------------------------------------------------------------------------
    def queue(self) -> list[QueueEntry]:
        with self._uow.reading() as connection:
            entries = []
            for order in master_data.work_orders_at(connection, self._station_id):
                version = self._version(connection, order.instruction_id, None)
                entries.append(
                    QueueEntry(
                        order,
                        master_data.product(connection, order.product_id).name,
                        version.title,
                        job_records.order_progress(connection, order.id),
                    )
                )
            return [entry for entry in entries if entry.remaining > 0]

    def view(self, job_id: str) -> JobView:
        with self._uow.reading() as connection:
            return self._view(connection, job_id)

    def image(self, sha256: str) -> bytes | None:
        with self._uow.reading() as connection:
            return master_data.image(connection, sha256)

    # --- job lifecycle -------------------------------------------------------------------------
    def start(self, session: OperatorSession, work_order_id: str) -> JobView:
        with self._uow.action() as action:
            connection = action.connection
            order = master_data.work_order(connection, work_order_id)
            if order.station_id != self._station_id:
                raise RuleViolation(
                    f"Work order {order.id} is queued at {order.station_id}, not here.",
                    code="order.other_station",
                    params={"order": order.id, "station": order.station_id},
                )
            progress = job_records.order_progress(connection, order.id)
            if progress.open_job_id is not None:
                raise RuleViolation(
                    f"Work order {order.id} already has a job in progress: resume it.",
                    code="order.job_open",
                    params={"order": order.id},
                )
            if order.quantity - progress.good - progress.scrap <= 0:
                raise RuleViolation(
                    f"Work order {order.id} is already complete.",
                    code="order.complete",
                    params={"order": order.id},
                )
            version = self._version(connection, order.instruction_id, None)
            station = master_data.station(connection, self._station_id)
            job_id = uuid7(unix_ms(self._clock.now()))
            action.record(
                "job.started",
                session.badge,
                {
                    "job_id": job_id,
                    "work_order_id": order.id,
                    "station_id": station.id,
                    "line_id": station.line_id,
                    "instruction_id": version.instruction_id,
                    "instruction_version": version.version,
                    "instruction_hash": version.content_hash,
                },
            )
            return self._view(connection, job_id)

    def resume(self, session: OperatorSession, job_id: str) -> JobView:
        """Take up a job: one's own paused job, or (team leads) another operator's."""
        with self._uow.action() as action:
            job = job_records.job_state(action.connection, job_id)
            if job.status is JobStatus.COMPLETED:
                raise RuleViolation("This job is already complete.", code="job.complete")
            own = job.held_by == session.badge
            if not own and not session.holds(Role.TEAM_LEAD):
                raise NotAllowed(
                    f"This job is held by badge {job.held_by}. A team lead can take it over.",
                    code="job.held_lead",
                    params={"badge": job.held_by or ""},
                )
            if job.status is JobStatus.PAUSED or not own:
                action.record(
                    "job.resumed", session.badge, {"job_id": job_id, "station_id": self._station_id}
                )
            return self._view(action.connection, job_id)

    def pause(self, session: OperatorSession, job_id: str) -> JobView:
        with self._uow.action() as action:
            check_running(self._held(action.connection, session, job_id).job)
            action.record("job.paused", session.badge, {"job_id": job_id})
            return self._view(action.connection, job_id)

    def complete(self, session: OperatorSession, job_id: str, good: int, scrap: int) -> JobView:
        with self._uow.action() as action:
            connection = action.connection
            job = self._held(connection, session, job_id).job
            if job_records.hold_on(connection, job_id) is not None:
                raise RuleViolation(
                    "This job is on quality hold until quality releases it.", code="job.on_hold"
                )
            version = self._version(connection, job.instruction_id, job.instruction_version)
            order = master_data.work_order(connection, job.work_order_id)
            progress = job_records.order_progress(connection, order.id)
            check_can_complete(
                version, job, good, scrap, order.quantity - progress.good - progress.scrap
            )
            action.record(
                "job.completed", session.badge, {"job_id": job_id, "good": good, "scrap": scrap}
            )
            return self._view(connection, job_id)

    # --- answering steps -----------------------------------------------------------------------
    def acknowledge(self, session: OperatorSession, job_id: str, step_id: str) -> StepOutcome:
        """Mark an instruction step read or a confirm step done."""
        with self._uow.action() as action:
            view, step = self._answerable(action.connection, session, job_id, step_id)
            if not isinstance(step, InstructionStep | ConfirmStep):
                raise RuleViolation(
                    f"Step “{step.title}” needs an answer, not a confirmation.",
                    code="step.needs_answer",
                    params=step_params(step),
                )
            payload = {**self._step_payload(view.job, step), "step_kind": step.kind.value}
            event = action.record("step.acknowledged", session.badge, payload)
            return StepOutcome(self._answered(view, event), event, None)

    def measure(
        self, session: OperatorSession, job_id: str, step_id: str, typed: str
    ) -> StepOutcome:
        """Record a measured value; out of its limits it is saved as nonconforming, not refused."""
        with self._uow.action() as action:
            view, step = self._answerable(action.connection, session, job_id, step_id)
            if not isinstance(step, MeasurementStep):
                raise RuleViolation(
                    f"Step “{step.title}” is not a measurement.",
                    code="step.not_measurement",
                    params=step_params(step),
                )
            measured = read_measurement(step, typed)
            payload: dict[str, Any] = {
                **self._step_payload(view.job, step),
                "value": measured.text(),
                "unit": step.unit or None,
                "lower": None if step.lower is None else str(step.lower),
                "upper": None if step.upper is None else str(step.upper),
                "conforming": measured.conforming,
            }
            event = action.record("step.measured", session.badge, _without_none(payload))
            notice = None
            if not measured.conforming:
                unit = f" {step.unit}" if step.unit else ""
                notice = (
                    f"{measured.text()}{unit} is {measured.deviation} the limits "
                    f"({limits_text(step)}). Recorded as nonconforming."
                )
            return StepOutcome(self._answered(view, event), event, measured.conforming, notice)

    def check(
        self, session: OperatorSession, job_id: str, step_id: str, passed: bool
    ) -> StepOutcome:
        with self._uow.action() as action:
            view, step = self._answerable(action.connection, session, job_id, step_id)
            if not isinstance(step, PassFailStep):
                raise RuleViolation(
                    f"Step “{step.title}” is not a pass/fail check.",
                    code="step.not_check",
                    params=step_params(step),
                )
            payload = {**self._step_payload(view.job, step), "passed": passed}
            event = action.record("step.checked", session.badge, payload)
            notice = None if passed else f"“{step.title}” failed. Recorded as nonconforming."
            return StepOutcome(self._answered(view, event), event, passed, notice)

    def scan(self, session: OperatorSession, job_id: str, step_id: str, code: str) -> StepOutcome:
        code = code.strip()
        with self._uow.action() as action:
            view, step = self._answerable(action.connection, session, job_id, step_id)
            if not isinstance(step, ScanStep):
                raise RuleViolation(
                    f"Step “{step.title}” is not a scan.",
                    code="step.not_scan",
                    params=step_params(step),
                )
            if not code or len(code) > MAX_CODE_LENGTH or not step.matches(code):
                raise InvalidEntry(
                    f"“{code[:40]}” is not a valid code for this step. Scan again.",
                    code="scan.invalid",
                    params={"code": code[:40]},
                )
            event = action.record(
                "step.scanned", session.badge, {**self._step_payload(view.job, step), "code": code}
            )
            return StepOutcome(self._answered(view, event), event, None)

    def sign(
        self, session: OperatorSession, job_id: str, step_id: str, signer_badge: str, pin: str
    ) -> StepOutcome:
        """An e-signature: the signer's badge + PIN are checked again, and their role."""
        with self._uow.reading() as connection:
            _, step = self._answerable(connection, session, job_id, step_id)
        if not isinstance(step, SignatureStep):
            raise RuleViolation(
                f"Step “{step.title}” is not a signature.",
                code="step.not_signature",
                params=step_params(step),
            )
        # The PIN hash is checked before the write transaction: it is slow by design.
        signer = self._auth.check_signer(signer_badge, pin, step.role)
        with self._uow.action() as action:
            view, step = self._answerable(action.connection, session, job_id, step_id)
            assert isinstance(step, SignatureStep)
            answers = job_records.answer_hashes(action.connection, job_id)
            signed_hash = signed_content_hash(
                job_id, view.version, answers, view.version.index_of(step_id)
            )
            payload = {
                **self._step_payload(view.job, step),
                "signer": signer.badge,
                "signer_name": signer.name,
                "meaning": step.meaning.value,
                "role": step.role.value,
                "signed_hash": signed_hash,
            }
            event = action.record("step.signed", signer.badge, payload)
            return StepOutcome(self._answered(view, event), event, None)

    def skip(self, session: OperatorSession, job_id: str, step_id: str) -> StepOutcome:
        with self._uow.action() as action:
            view = self._held(action.connection, session, job_id)
            step = view.version.steps[check_can_skip(view.version, view.job, step_id)]
            event = action.record("step.skipped", session.badge, self._step_payload(view.job, step))
            return StepOutcome(self._answered(view, event), event, None)

    # --- helpers -------------------------------------------------------------------------------
    def _version(
        self, connection: Connection, instruction_id: str, number: int | None
    ) -> InstructionVersion:
        if number is None:
            number = master_data.latest_version_number(connection, instruction_id)
        key = (instruction_id, number)
        if key not in self._versions:
            self._versions[key] = master_data.instruction_version(
                connection, instruction_id, number
            )
        return self._versions[key]

    def _held(self, connection: Connection, session: OperatorSession, job_id: str) -> JobView:
        """The job's current view, if the session's operator is the one running it."""
        view = self._current(connection, job_id)
        if view.job.held_by != session.badge:
            held_by = view.job.held_by
            raise NotAllowed(
                f"This job is held by badge {held_by}. Resume it to take it over.",
                code="job.held_resume",
                params={"badge": held_by or ""},
            )
        return view

    def _answerable(
        self, connection: Connection, session: OperatorSession, job_id: str, step_id: str
    ) -> tuple[JobView, Step]:
        view = self._held(connection, session, job_id)
        if job_records.hold_on(connection, job_id) is not None:
            raise RuleViolation(
                "This job is on quality hold until quality releases it.", code="job.on_hold"
            )
        return view, view.version.steps[check_can_answer(view.version, view.job, step_id)]

    def _current(self, connection: Connection, job_id: str) -> JobView:
        """The job as it is now: the cached view while its last_seq matches, else read anew."""
        cached = self._views.get(job_id)
        if cached is not None and cached.job.last_seq == job_records.job_last_seq(
            connection, job_id
        ):
            return cached
        return self._view(connection, job_id)

    def _answered(self, view: JobView, event: Event) -> JobView:
        """The view after a step event, derived in memory by the same rule the projection uses."""
        record = step_record(event)
        found = () if record.conforming is not False else (job_records.nonconformance_of(event),)
        answered = replace(
            view, job=with_answer(view.job, event), nonconformances=view.nonconformances + found
        )
        self._views[view.job.id] = answered
        return answered

    def _view(self, connection: Connection, job_id: str) -> JobView:
        job = job_records.job_state(connection, job_id)
        order = master_data.work_order(connection, job.work_order_id)
        progress = job_records.order_progress(connection, order.id)
        self._views[job_id] = JobView(
            job=job,
            version=self._version(connection, job.instruction_id, job.instruction_version),
            work_order=order,
            product_name=master_data.product(connection, order.product_id).name,
            remaining=order.quantity - progress.good - progress.scrap,
            nonconformances=tuple(job_records.job_nonconformances(connection, job_id)),
        )
        return self._views[job_id]

    @staticmethod
    def _step_payload(job: JobState, step: Step) -> dict[str, Any]:
        return {
            "job_id": job.id,
            "instruction_id": job.instruction_id,
            "instruction_version": job.instruction_version,
            "step_id": step.id,
        }


def _without_none(payload: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in payload.items() if value is not None}
