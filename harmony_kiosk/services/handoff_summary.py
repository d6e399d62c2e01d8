"""The shift summary a handoff carries: assembled from the shift's own events, printable."""

from __future__ import annotations

import html
from dataclasses import asdict, dataclass
from typing import Any

from harmony_kiosk.domain.shifts import Shift
from harmony_kiosk.services.handoff_labels import ENGLISH, HandoffLabels


@dataclass(frozen=True)
class JobLine:
    work_order_id: str
    product: str
    good: int
    scrap: int
    status: str
    held_by: str


@dataclass(frozen=True)
class DowntimeLine:
    reason: str
    minutes: float


@dataclass(frozen=True)
class ExceptionLine:
    kind: str
    severity: str
    text: str
    status: str
    decision: str | None
    conflict: bool


@dataclass(frozen=True)
class HandoffSummary:
    line_id: str
    shift_id: str
    shift_name: str
    start: str
    end: str
    jobs: tuple[JobLine, ...]
    downtime: tuple[DowntimeLine, ...]
    exceptions: tuple[ExceptionLine, ...]
    nonconforming_steps: int
    not_yet_sent: int
    oldest_not_sent: str | None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        # Decimals never appear here; minutes are rounded text so the JSON is canonical-safe.
        data["downtime"] = [
            {"reason": d.reason, "minutes": f"{d.minutes:.1f}"} for d in self.downtime
        ]
        return data

    @property
    def downtime_minutes(self) -> float:
        return sum(line.minutes for line in self.downtime)


def to_html(
    summary: HandoffSummary,
    notes: str,
    written_by: str,
    accepted_by: str | None,
    labels: HandoffLabels = ENGLISH,
) -> str:
    """A printable page (Qt renders it to PDF) in the words of `labels`; every value is escaped."""
    e, w = html.escape, labels
    jobs = (
        "".join(
            f"<tr><td>{e(j.work_order_id)}</td><td>{e(j.product)}</td><td>{w.count(j.good)}</td>"
            f"<td>{w.count(j.scrap)}</td><td>{e(w.job_status(j.status))}</td></tr>"
            for j in summary.jobs
        )
        or f"<tr><td colspan=5>{e(w.no_jobs)}</td></tr>"
    )
    stops = (
        "".join(
            f"<tr><td>{e(w.reason(d.reason))}</td>"
            f"<td>{e(w.stop_minutes.format(minutes=w.minutes(d.minutes)))}</td></tr>"
            for d in summary.downtime
        )
        or f"<tr><td colspan=2>{e(w.no_downtime)}</td></tr>"
    )
    troubles = (
        "".join(
            f"<tr><td>{e(w.exception_kind(x.kind))} ({e(w.severity(x.severity))})</td>"
            f"<td>{e(x.text)}</td><td>{e(w.exception_status(x.status))}"
            f"{e(w.conflicting) if x.conflict else ''}</td>"
            f"<td>{e(x.decision or '')}</td></tr>"
            for x in summary.exceptions
        )
        or f"<tr><td colspan=4>{e(w.no_exceptions)}</td></tr>"
    )
    oldest = (
        w.oldest.format(when=w.when(summary.oldest_not_sent)) if summary.oldest_not_sent else ""
    )
    unsent = (
        w.unsent.format(count=w.count(summary.not_yet_sent)) + oldest
        if summary.not_yet_sent
        else w.all_sent
    )
    accepted = w.accepted_by.format(name=accepted_by) if accepted_by else w.not_accepted
    title = w.title.format(line=summary.line_id, shift=summary.shift_name)
    period = w.period.format(
        start=w.when(summary.start),
        end=w.when(summary.end),
        written_by=written_by,
        accepted=accepted,
    )
    downtime = w.downtime.format(minutes=w.minutes(summary.downtime_minutes))
    nonconforming = w.nonconforming.format(count=w.count(summary.nonconforming_steps))
    return (
        f"<h1>{e(title)}</h1><p>{e(period)}</p>"
        f"<h2>{e(w.jobs)}</h2><table border=1 cellpadding=4><tr><th>{e(w.order)}</th>"
        f"<th>{e(w.product)}</th><th>{e(w.good)}</th><th>{e(w.scrap)}</th>"
        f"<th>{e(w.status)}</th></tr>{jobs}</table>"
        f"<h2>{e(downtime)}</h2><table border=1 cellpadding=4>{stops}</table>"
        f"<h2>{e(w.exceptions)}</h2><table border=1 cellpadding=4><tr><th>{e(w.kind)}</th>"
        f"<th>{e(w.what)}</th><th>{e(w.status)}</th><th>{e(w.decision)}</th></tr>"
        f"{troubles}</table>"
        f"<h2>{e(w.quality)}</h2><p>{e(nonconforming)}</p>"
        f"<h2>{e(w.sync)}</h2><p>{e(unsent)}</p>"
        f"<h2>{e(w.notes)}</h2><p>{e(notes) or e(w.no_notes)}</p>"
    )


def shift_bounds(shift: Shift) -> tuple[str, str]:
    return shift.start.isoformat(), shift.end.isoformat()
