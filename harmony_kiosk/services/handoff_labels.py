"""The words and formats of the printed handoff page, English by default.

harmony_kiosk never imports Qt, so it cannot translate: the kiosk's UI fills these from its
translations and its locale (ui/handoff_labels.py) for the lead who exports the page, and the
command line prints the English defaults. Texts are `str.format` templates with named fields.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


def _as_given(text: str) -> str:
    return text


def _whole(number: float) -> str:
    return f"{number:.0f}"


@dataclass(frozen=True)
class HandoffLabels:
    title: str = "Shift handoff · {line} · shift {shift}"
    period: str = "{start} – {end} · written by {written_by} · {accepted}"
    accepted_by: str = "Accepted by {name}"
    not_accepted: str = "Not yet accepted"
    jobs: str = "Jobs"
    order: str = "Order"
    product: str = "Product"
    good: str = "Good"
    scrap: str = "Scrap"
    status: str = "Status"
    no_jobs: str = "No jobs this shift."
    downtime: str = "Downtime ({minutes} min)"
    stop_minutes: str = "{minutes} min"
    no_downtime: str = "No downtime."
    exceptions: str = "Exceptions"
    kind: str = "Kind"
    what: str = "What"
    decision: str = "Decision"
    conflicting: str = " — conflicting decisions"
    no_exceptions: str = "No exceptions."
    quality: str = "Quality"
    nonconforming: str = "{count} nonconforming step results."
    sync: str = "Sync"
    unsent: str = "{count} records not yet sent to the server"
    oldest: str = " (oldest from {when})"
    all_sent: str = "Everything was sent to the server."
    notes: str = "Notes"
    no_notes: str = "None."
    # How values are written: a date and time (ISO 8601 in), a count, a number of minutes, and
    # the names of job statuses, exception kinds, severities and statuses (their codes in).
    when: Callable[[str], str] = _as_given
    count: Callable[[int], str] = str
    minutes: Callable[[float], str] = _whole
    job_status: Callable[[str], str] = _as_given
    reason: Callable[[str], str] = _as_given  # a stop's reason ("Not coded yet" included)
    exception_kind: Callable[[str], str] = _as_given
    severity: Callable[[str], str] = _as_given
    exception_status: Callable[[str], str] = _as_given


ENGLISH = HandoffLabels()
