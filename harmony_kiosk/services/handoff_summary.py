"""The shift summary a handoff carries: assembled from the shift's own events, printable."""

from __future__ import annotations

import html
from dataclasses import asdict, dataclass
from typing import Any

from harmony_kiosk.domain.shifts import Shift


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


def to_html(summary: HandoffSummary, notes: str, written_by: str, accepted_by: str | None) -> str:
    """A printable page (Qt renders it to PDF); every value is escaped."""
    e = html.escape
    jobs = (
        "".join(
            f"<tr><td>{e(j.work_order_id)}</td><td>{e(j.product)}</td><td>{j.good}</td>"
            f"<td>{j.scrap}</td><td>{e(j.status)}</td></tr>"
            for j in summary.jobs
        )
        or "<tr><td colspan=5>No jobs this shift.</td></tr>"
    )
    stops = (
        "".join(
            f"<tr><td>{e(d.reason)}</td><td>{d.minutes:.0f} min</td></tr>" for d in summary.downtime
        )
        or "<tr><td colspan=2>No downtime.</td></tr>"
    )
    troubles = (
        "".join(
            f"<tr><td>{e(x.kind)} ({e(x.severity)})</td><td>{e(x.text)}</td><td>{e(x.status)}"
            f"{' — conflicting decisions' if x.conflict else ''}</td>"
            f"<td>{e(x.decision or '')}</td></tr>"
            for x in summary.exceptions
        )
        or "<tr><td colspan=4>No exceptions.</td></tr>"
    )
    unsent = (
        f"{summary.not_yet_sent} records not yet sent to the server"
        + (f" (oldest from {e(summary.oldest_not_sent)})" if summary.oldest_not_sent else "")
        if summary.not_yet_sent
        else "Everything was sent to the server."
    )
    accepted = f"Accepted by {e(accepted_by)}" if accepted_by else "Not yet accepted"
    return (
        f"<h1>Shift handoff · {e(summary.line_id)} · shift {e(summary.shift_name)}</h1>"
        f"<p>{e(summary.start)} – {e(summary.end)} · written by {e(written_by)} · {accepted}</p>"
        "<h2>Jobs</h2><table border=1 cellpadding=4><tr><th>Order</th><th>Product</th>"
        f"<th>Good</th><th>Scrap</th><th>Status</th></tr>{jobs}</table>"
        f"<h2>Downtime ({summary.downtime_minutes:.0f} min)</h2>"
        f"<table border=1 cellpadding=4>{stops}</table>"
        "<h2>Exceptions</h2><table border=1 cellpadding=4><tr><th>Kind</th><th>What</th>"
        f"<th>Status</th><th>Decision</th></tr>{troubles}</table>"
        f"<h2>Quality</h2><p>{summary.nonconforming_steps} nonconforming step results.</p>"
        f"<h2>Sync</h2><p>{unsent}</p>"
        f"<h2>Notes</h2><p>{e(notes) or 'None.'}</p>"
    )


def shift_bounds(shift: Shift) -> tuple[str, str]:
    return shift.start.isoformat(), shift.end.isoformat()
