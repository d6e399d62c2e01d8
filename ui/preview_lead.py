"""Previews of downtime and the lead's pages, each brought to its state by the real services and
by tapping the screen itself (ui.preview lists them; the touch-target test walks them)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.services.auth import OperatorSession
from ui.downtime_watch import DowntimeWatch
from ui.preview_seed import (
    INCOMING_LEAD,
    LEAD_BADGE,
    OPERATOR_BADGE,
    PAST_STOPS,
    SHIFT_STOPS,
    seed_stops,
    start_running_stop,
)
from ui.screens.handoff import HandoffScreen
from ui.screens.home import HomeScreen
from ui.screens.line_board import LineBoardScreen
from ui.screens.stops import StopsScreen
from ui.sent import SentReader
from ui.station_desk import put_on_home

if TYPE_CHECKING:
    from ui.preview import PreviewContext

Builder = Callable[["PreviewContext"], QWidget]
RUNNING_FOR_MIN = 12


def _clock(ctx: PreviewContext) -> ManualClock:
    assert isinstance(ctx.clock, ManualClock), "previews move a manual clock"
    return ctx.clock


def _lead(ctx: PreviewContext) -> OperatorSession:
    return ctx.kiosk.auth.login(*LEAD_BADGE)


def _seeded(ctx: PreviewContext, *, history: bool = False) -> None:
    seed_stops(ctx.kiosk, _clock(ctx), SHIFT_STOPS + (PAST_STOPS if history else ()))


def press(widget: QWidget) -> None:
    """A finger on a field (what opens the on-screen keyboard), for previews."""
    for kind in (QMouseEvent.Type.MouseButtonPress, QMouseEvent.Type.MouseButtonRelease):
        event = QMouseEvent(
            kind,
            QPoint(10, 10).toPointF(),
            widget.mapToGlobal(QPoint(10, 10)).toPointF(),
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(widget, event)


def downtime_running(ctx: PreviewContext) -> QWidget:
    """Home for a team lead while the station has been down for twelve minutes."""
    _seeded(ctx)
    start_running_stop(ctx.kiosk, _clock(ctx), RUNNING_FOR_MIN)
    sent = SentReader(ctx.kiosk.uow)
    home = HomeScreen(ctx.worker, ctx.kiosk.jobs, ctx.kiosk.auth, ctx.place, ctx.clock, sent=sent)
    watch = DowntimeWatch(ctx.clock, home)
    desk = put_on_home(home, ctx.worker, ctx.kiosk, ctx.clock, watch)
    lead = _lead(ctx)
    home.enter(lead)
    desk.enter(lead)
    return home


def _stops(ctx: PreviewContext, session: OperatorSession | None = None) -> StopsScreen:
    _seeded(ctx)
    screen = StopsScreen(ctx.worker, ctx.kiosk, ctx.place, ctx.clock)
    screen.enter(session or _lead(ctx))
    ctx.settle()
    return screen


def stops(ctx: PreviewContext) -> QWidget:
    return _stops(ctx)


def stops_operator(ctx: PreviewContext) -> QWidget:
    return _stops(ctx, ctx.kiosk.auth.login(*OPERATOR_BADGE))


def reason_picker(ctx: PreviewContext) -> QWidget:
    screen = _stops(ctx)
    screen.code_button.click()
    return screen


def reason_search(ctx: PreviewContext) -> QWidget:
    screen = _stops(ctx)
    screen.code_button.click()
    screen.show()
    press(screen.picker.search)
    for char in "atasco":
        screen.picker.dock.keyboard.key(char).click()
    return screen


def stop_coding(ctx: PreviewContext) -> QWidget:
    """ "Other" chosen: the form says, before saving, that it needs a note or a voice note."""
    screen = _stops(ctx)
    screen.code_button.click()
    screen.picker.tiles["OTHER"].click()
    return screen


def stop_split(ctx: PreviewContext) -> QWidget:
    screen = _stops(ctx)
    screen.filter.buttons["shift"].click()
    screen.split_button.click()
    return screen


def handoff(ctx: PreviewContext) -> QWidget:
    _seeded(ctx)
    raised = ctx.kiosk.exceptions.raise_exception(
        ctx.kiosk.auth.login(*OPERATOR_BADGE), "material", "medium", "Gasket lot looks thin"
    )
    assert raised.id
    screen = HandoffScreen(ctx.worker, ctx.kiosk, ctx.place, ctx.clock)
    screen.enter(_lead(ctx))
    return screen


def handoff_accept(ctx: PreviewContext) -> QWidget:
    """Written by the outgoing lead; the incoming lead's badge is typed, the PIN is next."""
    screen = handoff(ctx)
    assert isinstance(screen, HandoffScreen)
    ctx.settle()
    screen.notes.setPlainText("Watch TW-07: it drifted twice. Gasket lot 2611 on hold?")
    screen.hand_over.click()
    ctx.settle()
    for digit in INCOMING_LEAD[0]:
        screen.accept_form.keypad.key(digit).click()
    screen.accept_form.keypad.key("ok").click()
    return screen


def line_board(ctx: PreviewContext) -> QWidget:
    _seeded(ctx, history=True)
    ctx.kiosk.exceptions.raise_exception(
        ctx.kiosk.auth.login(*OPERATOR_BADGE), "equipment", "high", "Nutrunner reads low"
    )
    screen = LineBoardScreen(ctx.worker, ctx.kiosk, ctx.place, ctx.clock)
    screen.enter(_lead(ctx))
    return screen


BUILDERS: dict[str, Builder] = {
    "downtime-running": downtime_running,
    "stops": stops,
    "stops-operator": stops_operator,
    "reason-picker": reason_picker,
    "reason-search": reason_search,
    "stop-coding": stop_coding,
    "stop-split": stop_split,
    "handoff": handoff,
    "handoff-accept": handoff_accept,
    "line-board": line_board,
}
