"""Previews of the lock-down's screens: the idle countdown over a step with a value typed
(ui.preview lists them; the touch-target test walks them)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from harmony_kiosk.domain.instructions import StepKind
from ui.preview_jobs import answer_until
from ui.screens.step_runner import StepRunnerScreen
from ui.sent import SentReader
from ui.widgets.answers import MeasurementPanel
from ui.widgets.idle_overlay import IdleOverlay

if TYPE_CHECKING:
    from ui.preview import PreviewContext

Builder = Callable[["PreviewContext"], QWidget]


def idle_countdown(ctx: PreviewContext) -> QWidget:
    """A measurement typed and not saved, 27 seconds before the idle log-out."""
    view = answer_until(ctx.kiosk, ctx.session(), ctx.job(), StepKind.MEASUREMENT)
    sent = SentReader(ctx.kiosk.uow)
    screen = StepRunnerScreen(ctx.worker, ctx.kiosk.jobs, ctx.place, ctx.clock, sent=sent)
    screen.open(ctx.session(), view)
    panel = screen.current_panel()
    assert isinstance(panel, MeasurementPanel)
    panel.restore_draft("12.4")
    overlay = IdleOverlay(screen)
    overlay.show_seconds(27)
    return screen


BUILDERS: dict[str, Builder] = {"idle-countdown": idle_countdown}
