"""What the job use cases hand back: a queued order, a job's view, and what answering a step did."""

from __future__ import annotations

from dataclasses import dataclass

from harmony_kiosk.domain.events import Event
from harmony_kiosk.domain.instructions import InstructionVersion
from harmony_kiosk.domain.jobs import JobState, next_open_index
from harmony_kiosk.domain.plant import WorkOrder
from harmony_kiosk.store.job_records import Nonconformance, OrderProgress


@dataclass(frozen=True)
class QueueEntry:
    """A work order waiting at this station, with how far it has come."""

    work_order: WorkOrder
    product_name: str
    instruction_title: str
    progress: OrderProgress

    @property
    def remaining(self) -> int:
        return self.work_order.quantity - self.progress.good - self.progress.scrap


@dataclass(frozen=True)
class JobView:
    """A job with everything a screen needs to show it."""

    job: JobState
    version: InstructionVersion
    work_order: WorkOrder
    product_name: str
    remaining: int
    nonconformances: tuple[Nonconformance, ...]

    @property
    def current_index(self) -> int | None:
        return next_open_index(self.version, self.job)


@dataclass(frozen=True)
class StepOutcome:
    """What answering a step did: the event saved and, if it was out of limits, what to say."""

    view: JobView
    event: Event
    conforming: bool | None
    notice: str | None = None
