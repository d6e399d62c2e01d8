"""The seam between the capture view and a camera: frames to preview, a still, or a failure.

Tests drive the capture view with a source of their own (no machine here has a camera); the
kiosk uses QtCameraSource (ui.camera.qt_camera).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class FrameSource(QObject):
    """`start()`, then `frame(QImage)` for the preview; `capture()` answers with
    `captured(QImage)`; `failed(str)` (why, for the log) whenever the camera gives up."""

    frame = Signal(object)  # QImage
    captured = Signal(object)  # QImage
    failed = Signal(str)

    def start(self) -> None:
        raise NotImplementedError

    def capture(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError
