"""Bringing a demo job to a given step through the real services, for previews and tests."""

from __future__ import annotations

from harmony_kiosk.domain.instructions import (
    MeasurementStep,
    ScanStep,
    SignatureStep,
    StepKind,
)
from harmony_kiosk.services.auth import OperatorSession
from harmony_kiosk.services.jobs import JobView
from harmony_kiosk.services.kiosk import Kiosk

# Codes that match the demo instructions' scan patterns (resources/demo/instructions).
DEMO_CODES = {
    "serial": "GBX250-004217",
    "label-scan": "LPN0004417230",
    "scan-housing": "PMP45-261125-00042",
}


def start_first_job(kiosk: Kiosk, session: OperatorSession) -> JobView:
    entry = kiosk.jobs.queue()[0]
    if entry.progress.open_job_id is not None:
        return kiosk.jobs.resume(session, entry.progress.open_job_id)
    return kiosk.jobs.start(session, entry.work_order.id)


def answer_until(
    kiosk: Kiosk,
    session: OperatorSession,
    view: JobView,
    kind: StepKind | None,
    pin: str = "",
    *,
    step_id: str | None = None,
) -> JobView:
    """Answer steps in order (in limits, passing) until a step of `kind` (or `step_id`) is next.

    With neither, answers every step; a signature is given by the session's own badge, whose
    PIN must then be passed in.
    """
    jobs, job_id = kiosk.jobs, view.job.id
    while (index := view.current_index) is not None:
        step = view.version.steps[index]
        if step.kind is kind or step.id == step_id:
            return view
        if isinstance(step, MeasurementStep):
            value = step.nominal if step.nominal is not None else step.lower or 0
            view = jobs.measure(session, job_id, step.id, str(value)).view
        elif step.kind is StepKind.PASSFAIL:
            view = jobs.check(session, job_id, step.id, passed=True).view
        elif isinstance(step, ScanStep):
            view = jobs.scan(session, job_id, step.id, DEMO_CODES[step.id]).view
        elif isinstance(step, SignatureStep):
            view = jobs.sign(session, job_id, step.id, session.badge, pin).view
        else:
            view = jobs.acknowledge(session, job_id, step.id).view
    if kind is not None or step_id is not None:
        wanted = step_id or (kind.value if kind else "")
        raise LookupError(f"{view.version.instruction_id} has no open step {wanted!r}")
    return view
