"""A frame source standing in for a camera (no machine here has one): it paints QImages."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QImage, QPainter

from ui.camera.frame_source import FrameSource

PHOTO_SIZE = (2592, 1944)  # a 5 MP camera: more than the 1600 px an attachment keeps


def painted(width: int, height: int, number: int = 0) -> QImage:
    """A recognisable picture: a grey bench with an orange part and a frame number on it."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#5B6573"))
    painter = QPainter(image)
    painter.fillRect(width // 4, height // 3, width // 2, height // 3, QColor("#E8833A"))
    painter.fillRect(width // 4 + 20 * number % (width // 2), height // 3, 12, height // 3, "black")
    painter.end()
    return image


class FakeCamera(FrameSource):
    """Emits a preview frame on start; `capture()` answers with a full-size still. With
    `fail_on` = "start" or "capture", it fails there instead, as a broken camera does."""

    def __init__(self, fail_on: str | None = None) -> None:
        super().__init__()
        self.fail_on = fail_on
        self.started = self.stopped = 0

    def start(self) -> None:
        self.started += 1
        if self.fail_on == "start":
            QTimer.singleShot(0, lambda: self.failed.emit("no camera answers"))
            return
        QTimer.singleShot(0, lambda: self.frame.emit(painted(640, 480, self.started)))

    def capture(self) -> None:
        if self.fail_on == "capture":
            QTimer.singleShot(0, lambda: self.failed.emit("the camera was unplugged"))
            return
        QTimer.singleShot(0, lambda: self.captured.emit(painted(*PHOTO_SIZE)))

    def stop(self) -> None:
        self.stopped += 1
