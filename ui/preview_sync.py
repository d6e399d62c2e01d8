"""Sync states and the maintenance screen for `python -m ui.preview`: believable, fixed pictures."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from harmony_kiosk.clock import to_iso
from harmony_kiosk.domain.operators import Role
from harmony_kiosk.enrolment import Enrolment
from harmony_kiosk.errors import NotFound
from sync.client.worker import SyncStatus
from ui.kiosk_facts import KioskFacts
from ui.opening import NoPlantData
from ui.screens.maintenance import MaintenanceScreen
from ui.screens.message import MessageScreen
from ui.startup_text import open_failure_text, waiting_text
from ui.sync_link import SyncLink
from ui.sync_picture import SyncMode, SyncPicture
from ui.widgets.sync_pill import SyncPill

if TYPE_CHECKING:
    from ui.preview import PreviewContext

PREVIEW_SERVER = "https://harmony.alcala.example:8470"
SUPERVISOR_BADGE = "40007"  # Kevin Walsh (resources/demo/operators.toml)


def online(now: datetime) -> SyncPicture:
    """All sent two minutes ago."""
    return SyncPicture(SyncMode.ENROLLED, _status(now, online=True, last_success_min=2))


def offline(now: datetime) -> SyncPicture:
    """37 events waiting, the oldest from two hours ago: the network is down."""
    return SyncPicture(
        SyncMode.ENROLLED,
        _status(now, online=False, waiting=37, oldest_min=125, last_success_min=126),
    )


def revoked(now: datetime) -> SyncPicture:
    return SyncPicture(
        SyncMode.ENROLLED,
        _status(now, online=True, waiting=12, oldest_min=40, last_success_min=41, revoked=True),
    )


def demo_picture(_now: datetime) -> SyncPicture:
    return SyncPicture(SyncMode.DEMO)


def not_enrolled(_now: datetime) -> SyncPicture:
    return SyncPicture(SyncMode.NOT_ENROLLED)


def _status(
    now: datetime,
    *,
    online: bool,
    waiting: int = 0,
    oldest_min: int = 0,
    last_success_min: int = 0,
    revoked: bool = False,
) -> SyncStatus:
    def ago(minutes: int) -> str:
        return to_iso(now - timedelta(minutes=minutes))

    return SyncStatus(
        online=online,
        waiting=waiting,
        oldest_unsent_at=ago(oldest_min) if waiting else None,
        last_success_at=ago(last_success_min),
        revoked=revoked,
        stuck=False,
        last_error="server refused (403): this device is revoked" if revoked else None,
    )


def feed_pills(widget: QWidget, picture: SyncPicture) -> None:
    """Show `picture` in every status pill of `widget` (and the maintenance screen's facts)."""
    for pill in widget.findChildren(SyncPill):
        pill.show_picture(picture)
    if isinstance(widget, MaintenanceScreen):
        widget.show_sync(picture)


def maintenance_gate(ctx: PreviewContext) -> QWidget:
    screen = _maintenance(ctx)
    screen.open_guarded()
    for key in SUPERVISOR_BADGE:
        screen.gate.keypad.key(key).click()
    return screen


def maintenance(ctx: PreviewContext) -> QWidget:
    """The settings of an enrolled kiosk, as a supervisor sees them after the badge check."""
    screen = _maintenance(ctx)
    supervisor = ctx.kiosk.auth.check_credentials(SUPERVISOR_BADGE, "916372")
    assert supervisor.holds(Role.SUPERVISOR)
    screen.show()
    screen.open_guarded()
    screen.gate.submitted.emit(SUPERVISOR_BADGE, "916372")
    ctx.settle()
    enrolment = Enrolment(
        PREVIEW_SERVER, ctx.place.station_id, "LINE1", "ALC-GDL", to_iso(ctx.clock.now())
    )
    screen.show_facts(KioskFacts(ctx.kiosk.identity.device_id, "kiosk", enrolment))
    screen.form.url_field.setText(PREVIEW_SERVER)
    return screen


def _maintenance(ctx: PreviewContext) -> MaintenanceScreen:
    link = SyncLink(ctx.kiosk.data_dir, ctx.clock, ctx.worker)
    screen = MaintenanceScreen(ctx.worker, ctx.clock, link)
    link.setParent(screen)
    screen.attach(ctx.kiosk.auth, ctx.place)
    return screen


def waiting(ctx: PreviewContext) -> QWidget:
    """An enrolled kiosk whose plant data has not arrived yet."""
    screen = MessageScreen(ctx.clock)
    enrolment = Enrolment(PREVIEW_SERVER, "LINE1-ST1", "LINE1", "ALC-GDL", to_iso(ctx.clock.now()))
    screen.show_message(*waiting_text(enrolment))
    return screen


def setup(ctx: PreviewContext) -> QWidget:
    """A new kiosk: no plant data, not enrolled."""
    screen = MessageScreen(ctx.clock)
    error: NotFound = NoPlantData("This kiosk has no plant data yet.")
    screen.show_message(*open_failure_text(error))
    return screen
