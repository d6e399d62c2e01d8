"""An operator running whole jobs through the real services, each answer timed."""

from __future__ import annotations

import time
from dataclasses import dataclass

from bench.answers import check_passes, measured_value, scanned_code
from bench.plant import SIGNERS
from harmony_kiosk.domain.canonical import canonical_json
from harmony_kiosk.domain.events import Event
from harmony_kiosk.domain.instructions import (
    ConfirmStep,
    InstructionStep,
    MeasurementStep,
    PassFailStep,
    ScanStep,
    SignatureStep,
    Step,
    StepKind,
)
from harmony_kiosk.services.auth import OperatorSession
from harmony_kiosk.services.jobs import JobService, StepOutcome


@dataclass(frozen=True)
class Answer:
    """One step answered: its kind, how long the call took, and the size of its journal row."""

    kind: StepKind
    elapsed_ns: int
    row_bytes: int


def row_bytes(event: Event) -> int:
    """Roughly the bytes the event's journal row holds (its text columns)."""
    content = event.hashed_content()
    payload = canonical_json(content.pop("payload"))
    return len(payload) + len(event.hash) + sum(len(str(value)) for value in content.values())


class JobRunner:
    """Runs complete jobs at one station for one logged-in operator, alternating work orders."""

    def __init__(self, jobs: JobService, session: OperatorSession) -> None:
        self._jobs = jobs
        self._session = session
        self._orders = [entry.work_order.id for entry in jobs.queue()]
        if not self._orders:
            raise RuntimeError("the bench station has no work orders queued")
        self.turn = 0  # jobs run
        self._answered = 0  # steps answered, so odd answers spread over jobs

    def run_job(self) -> list[Answer]:
        """Start a job, answer every step in order (signatures too), complete it with one good."""
        order = self._orders[self.turn % len(self._orders)]
        view = self._jobs.start(self._session, order)
        answers = [self._answer(view.job.id, step) for step in view.version.steps]
        self._jobs.complete(self._session, view.job.id, good=1, scrap=0)
        self.turn += 1
        return answers

    def _answer(self, job_id: str, step: Step) -> Answer:
        started = time.perf_counter_ns()
        outcome = self._call(job_id, step)
        elapsed = time.perf_counter_ns() - started
        return Answer(step.kind, elapsed, row_bytes(outcome.event))

    def _call(self, job_id: str, step: Step) -> StepOutcome:
        jobs, session, turn = self._jobs, self._session, self._answered
        self._answered += 1
        if isinstance(step, InstructionStep | ConfirmStep):
            return jobs.acknowledge(session, job_id, step.id)
        if isinstance(step, MeasurementStep):
            return jobs.measure(session, job_id, step.id, measured_value(step, turn))
        if isinstance(step, PassFailStep):
            return jobs.check(session, job_id, step.id, check_passes(turn))
        if isinstance(step, ScanStep):
            return jobs.scan(session, job_id, step.id, scanned_code(step, turn))
        if isinstance(step, SignatureStep):
            badge, pin = SIGNERS[step.role]
            return jobs.sign(session, job_id, step.id, badge, pin)
        raise TypeError(f"the bench cannot answer a {step.kind} step")
