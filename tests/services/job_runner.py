"""A test helper that runs a whole job through the services, answering each step by its kind."""

from __future__ import annotations

from collections.abc import Mapping

from harmony_kiosk.domain.instructions import (
    MeasurementStep,
    PassFailStep,
    ScanStep,
    SignatureStep,
    StepKind,
)
from harmony_kiosk.services.auth import OperatorSession
from harmony_kiosk.services.jobs import JobView, StepOutcome
from harmony_kiosk.services.kiosk import Kiosk

# Demo PINs by badge (resources/demo/operators.toml), and who signs for the quality role.
DEMO_PINS = {"10041": "4821", "10078": "7315", "20014": "735914", "30035": "264817"}
QUALITY_SIGNER = "30035"


def scan_example(step: ScanStep) -> str:
    for candidate in ("GBX250-004211", "LPN2611270418", "PMP45-261118-00317"):
        if step.matches(candidate):
            return candidate
    raise AssertionError(f"no example code for pattern {step.pattern}")


def answer(
    kiosk: Kiosk,
    session: OperatorSession,
    view: JobView,
    index: int,
    out_of_limit: Mapping[str, str],
) -> StepOutcome:
    step = view.version.steps[index]
    job_id = view.job.id
    if isinstance(step, MeasurementStep):
        value = out_of_limit.get(step.id, str(step.nominal))
        return kiosk.jobs.measure(session, job_id, step.id, value)
    if isinstance(step, PassFailStep):
        return kiosk.jobs.check(session, job_id, step.id, step.id not in out_of_limit)
    if isinstance(step, ScanStep):
        return kiosk.jobs.scan(session, job_id, step.id, scan_example(step))
    if isinstance(step, SignatureStep):
        signer = QUALITY_SIGNER if step.role.value == "quality" else session.badge
        return kiosk.jobs.sign(session, job_id, step.id, signer, DEMO_PINS[signer])
    assert step.kind in (StepKind.INSTRUCTION, StepKind.CONFIRM)
    return kiosk.jobs.acknowledge(session, job_id, step.id)


def run_whole_job(
    kiosk: Kiosk,
    session: OperatorSession,
    out_of_limit: Mapping[str, str] | None = None,
    good: int = 1,
    scrap: int = 0,
) -> JobView:
    """Start the first queued order, answer every step in order, complete it."""
    view = kiosk.jobs.start(session, kiosk.jobs.queue()[0].work_order.id)
    for index in range(len(view.version.steps)):
        view = answer(kiosk, session, view, index, out_of_limit or {}).view
    return kiosk.jobs.complete(session, view.job.id, good, scrap)
