"""Previews of the photo on an exception and of naming a stop's equipment, for `python -m
ui.preview` and the touch-target walk; a painted picture stands in for the camera."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QWidget

from ui import preview_lead
from ui.camera.frame_source import FrameSource
from ui.exception_context import RaiseContext
from ui.screens.exception_raise import RaiseExceptionScreen
from ui.screens.stops import StopsScreen

if TYPE_CHECKING:
    from ui.preview import PreviewContext


def bench_picture(width: int = 1600, height: int = 1200) -> QImage:
    """A gearbox cover on a grey bench, a scratch across it: what an operator would photograph."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#59626E"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#B8C0C8"))
    painter.setPen(QPen(QColor("#2E3640"), width // 160))
    painter.drawEllipse(QPoint(width // 2, height // 2), width // 4, height // 4)
    painter.setPen(QPen(QColor("#E0462F"), width // 200, Qt.PenStyle.SolidLine))
    painter.drawLine(width // 3, height // 2 - height // 10, width // 2 + width // 8, height // 2)
    painter.end()
    return image


class PictureSource(FrameSource):
    """Frames and stills of `bench_picture`, at once (previews have no event loop to wait on)."""

    def start(self) -> None:
        self.frame.emit(bench_picture(800, 600))

    def capture(self) -> None:
        self.captured.emit(bench_picture())

    def stop(self) -> None:
        """Nothing to let go of."""


def photo_capture(ctx: PreviewContext) -> QWidget:
    """The capture view with a still taken: Retake, Use this photo, Back."""
    screen = RaiseExceptionScreen(
        ctx.worker, ctx.kiosk, ctx.place, ctx.clock, camera=lambda: True, frame_source=PictureSource
    )
    screen.begin(ctx.session(), RaiseContext())
    screen.what.kinds.button("quality").click()
    screen.what.severities.button("high").click()
    screen.what.photo.click()
    screen.capture.capture_button.click()
    return screen


def stop_equipment(ctx: PreviewContext) -> QWidget:
    """A lead naming the machine of a stop started in one tap: the line's equipment as tiles."""
    screen = preview_lead.stops(ctx)
    assert isinstance(screen, StopsScreen)
    unnamed = next(
        (row for row in range(screen.model.rowCount()) if not screen.model.stop(row).equipment),
        0,
    )
    screen.list.setCurrentIndex(screen.model.index(unnamed))
    screen.details.equipment_button.click()
    ctx.settle()
    return screen
