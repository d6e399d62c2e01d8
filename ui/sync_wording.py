"""How the kiosk words its sync: the status pill, ages, and "Saved" vs "Sent" for a record."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from ui.marked import QT_TRANSLATE_NOOP
from ui.sync_picture import SyncMode, SyncPicture

if TYPE_CHECKING:
    from sync.client.worker import SyncStatus

# English source texts; said() gives them in the language shown now.
SAVED = QT_TRANSLATE_NOOP("SyncWording", "Saved on this kiosk")
SENT = QT_TRANSLATE_NOOP("SyncWording", "Sent to the server")


def said(source: str) -> str:
    return QCoreApplication.translate("SyncWording", source)


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
    return said(SENT if seq is not None and 0 < seq <= acked_seq else SAVED)


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
    # Another day only: ui.wording loads the domain's tables, kept off the first paint.
    from ui.wording import day_text  # noqa: PLC0415

    return f"{day_text(local.date())} {clock}"


def pill_text(picture: SyncPicture, now: datetime, zone: tzinfo | None) -> PillText | None:
    """What the header's pill says; None while the kiosk is still opening."""
    if picture.mode is not SyncMode.ENROLLED:
        return _fixed(picture.mode)
    if picture.status is None:
        return PillText(QCoreApplication.translate("SyncWording", "Connecting…"), "", "neutral")
    return _status_text(picture.status, now, zone)


def _status_text(status: SyncStatus, now: datetime, zone: tzinfo | None) -> PillText:
    if status.revoked:
        return PillText(
            QCoreApplication.translate("SyncWording", "Revoked"),
            QCoreApplication.translate("SyncWording", "capturing locally"),
            "revoked",
            ": ",
        )
    count = QLocale().toString(status.waiting)
    if status.stuck:
        stuck = QCoreApplication.translate("SyncWording", "{count} waiting, no progress").format(
            count=count
        )
        return PillText(QCoreApplication.translate("SyncWording", "Stuck"), stuck, "stuck", ": ")
    waiting = (
        QCoreApplication.translate("SyncWording", "{count} waiting").format(count=count)
        if status.waiting
        else ""
    )
    if not status.online and status.last_error is None:
        # No pass has failed and none has finished in this run yet: the first is under way.
        return PillText(
            QCoreApplication.translate("SyncWording", "Connecting…"), waiting, "neutral"
        )
    if status.online:
        headline, tone = QCoreApplication.translate("SyncWording", "Online"), "ok"
    else:
        headline, tone = QCoreApplication.translate("SyncWording", "Offline"), "offline"
    if waiting:
        if status.oldest_unsent_at:
            age = (now - parse_moment(status.oldest_unsent_at)).total_seconds()
            waiting += QCoreApplication.translate("SyncWording", " · oldest {age}").format(
                age=age_text(age)
            )
        return PillText(headline, waiting, tone)
    detail = QCoreApplication.translate("SyncWording", "all sent")
    if status.last_success_at:
        detail += f" · {moment_text(status.last_success_at, now, zone)}"
    return PillText(headline, detail, tone)


# English source texts, translated when the pill shows them (pill_text).
_FIXED = {
    SyncMode.DEMO: PillText(
        QT_TRANSLATE_NOOP("SyncWording", "Demo"),
        QT_TRANSLATE_NOOP("SyncWording", "stays on this kiosk"),
        "neutral",
    ),
    SyncMode.NOT_ENROLLED: PillText(
        QT_TRANSLATE_NOOP("SyncWording", "Not enrolled"), "", "neutral"
    ),
    SyncMode.BROKEN: PillText(
        QT_TRANSLATE_NOOP("SyncWording", "Sync off"),
        QT_TRANSLATE_NOOP("SyncWording", "capturing locally"),
        "stuck",
        ": ",
    ),
}


def _fixed(mode: SyncMode) -> PillText | None:
    fixed = _FIXED.get(mode)
    if fixed is None:
        return None
    return PillText(
        said(fixed.headline), said(fixed.detail) if fixed.detail else "", fixed.tone, fixed.joiner
    )


def sync_facts(picture: SyncPicture, now: datetime, zone: tzinfo | None) -> list[tuple[str, str]]:
    """The longer account the maintenance screen gives: label and value, line by line."""
    pill = pill_text(picture, now, zone)
    facts = [
        (
            QCoreApplication.translate("SyncWording", "Sync"),
            pill.line if pill else QCoreApplication.translate("SyncWording", "Starting…"),
        )
    ]
    if picture.problem:
        facts.append((QCoreApplication.translate("SyncWording", "Problem"), picture.problem))
    status = picture.status
    if status is None:
        return facts
    count = status.waiting  # a plain name: lupdate reads no attribute as the count
    waiting = QCoreApplication.translate("SyncWording", "%n event(s)", "", count)
    if status.oldest_unsent_at:
        age = (now - parse_moment(status.oldest_unsent_at)).total_seconds()
        waiting += QCoreApplication.translate("SyncWording", ", the oldest from {age} ago").format(
            age=age_text(age)
        )
    facts.append(
        (
            QCoreApplication.translate("SyncWording", "Waiting to send"),
            waiting if status.waiting else QCoreApplication.translate("SyncWording", "nothing"),
        )
    )
    last = status.last_success_at
    facts.append(
        (
            QCoreApplication.translate("SyncWording", "Last successful sync"),
            moment_text(last, now, zone)
            if last
            else QCoreApplication.translate("SyncWording", "never"),
        )
    )
    if status.last_error:
        facts.append((QCoreApplication.translate("SyncWording", "Last problem"), status.last_error))
    return facts
