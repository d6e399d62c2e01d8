"""How the kiosk words its sync: the status pill, ages, and "Saved" vs "Sent" for a record."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

from ui.sync_picture import SyncMode, SyncPicture
from ui.wording import day_text

if TYPE_CHECKING:
    from sync.client.worker import SyncStatus

SAVED = "Saved on this kiosk"
SENT = "Sent to the server"


@dataclass(frozen=True)
class PillText:
    """A bold headline and a detail; `tone` picks the colour (ok, offline, stuck, revoked…)."""

    headline: str
    detail: str
    tone: str
    joiner: str = " · "

    @property
    def line(self) -> str:
        """On one line: "Offline · 37 waiting · oldest 2 h", "Revoked: capturing locally"."""
        return f"{self.headline}{self.joiner}{self.detail}" if self.detail else self.headline


def record_mark(seq: int | None, acked_seq: int) -> str:
    """ "Sent" only once the server acknowledged the record's event; until then "Saved"."""
    return SENT if seq is not None and 0 < seq <= acked_seq else SAVED


def age_text(seconds: float) -> str:
    """A rough age an operator reads at a glance: "< 1 min", "12 min", "2 h", "3 d"."""
    if seconds < 60:
        return "< 1 min"
    if seconds < 3600:
        return f"{int(seconds // 60)} min"
    if seconds < 48 * 3600:
        return f"{int(seconds // 3600)} h"
    return f"{int(seconds // 86400)} d"


def parse_moment(iso: str) -> datetime:
    return datetime.fromisoformat(iso.replace("Z", "+00:00"))


def moment_text(iso: str, now: datetime, zone: tzinfo | None) -> str:
    """When something happened, at the site: "14:02" today, else "Tue 24 Nov 14:02"."""
    local = parse_moment(iso).astimezone(zone)
    clock = local.strftime("%H:%M")
    if local.date() == now.astimezone(zone).date():
        return clock
    return f"{day_text(local.date())} {clock}"


def pill_text(picture: SyncPicture, now: datetime, zone: tzinfo | None) -> PillText | None:
    """What the header's pill says; None while the kiosk is still opening."""
    if picture.mode is not SyncMode.ENROLLED:
        return _FIXED.get(picture.mode)
    if picture.status is None:
        return PillText("Connecting…", "", "neutral")
    return _status_text(picture.status, now, zone)


def _status_text(status: SyncStatus, now: datetime, zone: tzinfo | None) -> PillText:
    if status.revoked:
        return PillText("Revoked", "capturing locally", "revoked", ": ")
    if status.stuck:
        return PillText("Stuck", f"{status.waiting:,} waiting, no progress", "stuck", ": ")
    waiting = f"{status.waiting:,} waiting" if status.waiting else ""
    if not status.online and status.last_error is None:
        # No pass has failed and none has finished in this run yet: the first is under way.
        return PillText("Connecting…", waiting, "neutral")
    headline, tone = ("Online", "ok") if status.online else ("Offline", "offline")
    if waiting:
        if status.oldest_unsent_at:
            age = (now - parse_moment(status.oldest_unsent_at)).total_seconds()
            waiting += f" · oldest {age_text(age)}"
        return PillText(headline, waiting, tone)
    detail = "all sent"
    if status.last_success_at:
        detail += f" · {moment_text(status.last_success_at, now, zone)}"
    return PillText(headline, detail, tone)


_FIXED = {
    SyncMode.DEMO: PillText("Demo", "stays on this kiosk", "neutral"),
    SyncMode.NOT_ENROLLED: PillText("Not enrolled", "", "neutral"),
    SyncMode.BROKEN: PillText("Sync off", "capturing locally", "stuck", ": "),
}


def sync_facts(picture: SyncPicture, now: datetime, zone: tzinfo | None) -> list[tuple[str, str]]:
    """The longer account the maintenance screen gives: label and value, line by line."""
    pill = pill_text(picture, now, zone)
    facts = [("Sync", pill.line if pill else "Starting…")]
    if picture.problem:
        facts.append(("Problem", picture.problem))
    status = picture.status
    if status is None:
        return facts
    waiting = f"{status.waiting:,} events"
    if status.oldest_unsent_at:
        age = (now - parse_moment(status.oldest_unsent_at)).total_seconds()
        waiting += f", the oldest from {age_text(age)} ago"
    facts.append(("Waiting to send", waiting if status.waiting else "nothing"))
    last = status.last_success_at
    facts.append(("Last successful sync", moment_text(last, now, zone) if last else "never"))
    if status.last_error:
        facts.append(("Last problem", status.last_error))
    return facts
