"""A job (one run of a work order at a station) and the rules for moving it forward."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import StrEnum

from harmony_kiosk.domain.events import Event
from harmony_kiosk.domain.instructions import InstructionVersion, SignatureStep, Step
from harmony_kiosk.errors import InvalidEntry, RuleViolation


def step_params(step: Step, index: int | None = None) -> dict[str, str | int]:
    """A refused step's values, so a screen can name it in its own language (title_es)."""
    said: dict[str, str | int] = {"title": step.title, "title_es": step.title_es or step.title}
    if index is not None:
        said["number"] = index + 1
    return said


class JobStatus(StrEnum):
    RUNNING = "running"
    PAUSED = "paused"
    COMPLETED = "completed"


@dataclass(frozen=True)
class StepRecord:
    """The latest answer to one step of a job (earlier answers stay in the journal)."""

    step_id: str
    skipped: bool
    value: str | None
    conforming: bool | None
    event_id: str


@dataclass(frozen=True)
class JobState:
    """A job as its projection holds it: enough to judge the next action."""

    id: str
    work_order_id: str
    station_id: str
    instruction_id: str
    instruction_version: int
    status: JobStatus
    held_by: str  # the operator running it now (who started or last resumed it)
    records: Mapping[str, StepRecord]
    good: int = 0
    scrap: int = 0
    last_seq: int = 0  # the seq of the last event that changed the job


STEP_EVENT_TYPES = frozenset(
    {
        "step.acknowledged",
        "step.measured",
        "step.checked",
        "step.scanned",
        "step.signed",
        "step.skipped",
    }
)


def step_record(event: Event) -> StepRecord:
    """The answer a step event records: what the projection keeps for the step."""
    payload = event.payload
    value: str | None = None
    conforming: bool | None = None
    if event.type == "step.measured":
        value, conforming = payload["value"], payload["conforming"]
    elif event.type == "step.checked":
        value, conforming = ("pass" if payload["passed"] else "fail"), payload["passed"]
    elif event.type == "step.scanned":
        value = payload["code"]
    elif event.type == "step.signed":
        value = payload["signer"]
    elif event.type not in STEP_EVENT_TYPES:
        raise ValueError(f"{event.type} does not answer a step")
    return StepRecord(
        step_id=payload["step_id"],
        skipped=event.type == "step.skipped",
        value=value,
        conforming=conforming,
        event_id=event.id,
    )


def with_answer(job: JobState, event: Event) -> JobState:
    """The job after a step event, without reading it back from the database."""
    record = step_record(event)
    return replace(job, records={**job.records, record.step_id: record}, last_seq=event.seq)


def next_open_index(version: InstructionVersion, job: JobState) -> int | None:
    """Index of the first step with no answer yet, or None when every step has one."""
    for index, step in enumerate(version.steps):
        if step.id not in job.records:
            return index
    return None


def check_running(job: JobState) -> None:
    if job.status is JobStatus.PAUSED:
        raise RuleViolation("This job is paused. Resume it first.", code="job.paused")
    if job.status is JobStatus.COMPLETED:
        raise RuleViolation("This job is already complete.", code="job.complete")


def check_can_answer(version: InstructionVersion, job: JobState, step_id: str) -> int:
    """Steps are answered in order; an answer behind a signature is sealed. Returns the index."""
    check_running(job)
    index = _index(version, step_id)
    first_open = next_open_index(version, job)
    if first_open is not None and index > first_open:
        blocking = version.steps[first_open]
        raise RuleViolation(
            f"Answer step {first_open + 1} “{blocking.title}” first.",
            code="step.answer_first",
            params=step_params(blocking, first_open),
        )
    for later in version.steps[index:]:
        if isinstance(later, SignatureStep) and later.id in job.records:
            raise RuleViolation(
                "This step is signed off and can no longer be changed.", code="step.signed_off"
            )
    return index


def check_can_skip(version: InstructionVersion, job: JobState, step_id: str) -> int:
    """Only optional steps may be skipped, and only in their turn."""
    index = check_can_answer(version, job, step_id)
    step = version.steps[index]
    if step.required:
        raise RuleViolation(
            f"Step {index + 1} “{step.title}” is required and cannot be skipped.",
            code="step.required",
            params=step_params(step, index),
        )
    return index


def check_can_complete(
    version: InstructionVersion, job: JobState, good: int, scrap: int, remaining: int
) -> None:
    """A job completes when every step has its answer and the counts make sense."""
    check_running(job)
    first_open = next_open_index(version, job)
    if first_open is not None:
        step = version.steps[first_open]
        raise RuleViolation(
            f"Step {first_open + 1} “{step.title}” is not answered yet.",
            code="step.not_answered",
            params=step_params(step, first_open),
        )
    if good < 0 or scrap < 0:
        raise InvalidEntry("Counts cannot be negative.", code="counts.negative")
    if good + scrap == 0:
        raise InvalidEntry("Enter how many were made: good, scrap, or both.", code="counts.empty")
    if good + scrap > remaining:
        raise InvalidEntry(
            f"Good and scrap add up to {good + scrap}, "
            f"more than the {remaining} left on this order.",
            code="counts.too_many",
            params={"total": good + scrap, "remaining": remaining},
        )


def _index(version: InstructionVersion, step_id: str) -> int:
    try:
        return version.index_of(step_id)
    except KeyError:
        raise RuleViolation(
            f"Step “{step_id}” is not part of this instruction.",
            code="step.unknown",
            params={"step": step_id},
        ) from None
