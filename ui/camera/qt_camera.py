"""The kiosk's default camera through Qt Multimedia: QCamera, a QVideoSink preview, QImageCapture.

Any error of the camera or the capture becomes `failed`; the view says it plainly and the rest of
the form keeps working.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtMultimedia import (
    QCamera,
    QImageCapture,
    QMediaCaptureSession,
    QMediaDevices,
    QVideoFrame,
    QVideoSink,
)

from ui.camera.frame_source import FrameSource

log = logging.getLogger(__name__)


class QtCameraSource(FrameSource):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._camera = QCamera(QMediaDevices.defaultVideoInput(), self)
        self._capture = QImageCapture(self)
        self._sink = QVideoSink(self)
        self._session = QMediaCaptureSession(self)
        self._session.setCamera(self._camera)
        self._session.setImageCapture(self._capture)
        self._session.setVideoSink(self._sink)
        self._sink.videoFrameChanged.connect(self._preview)
        self._capture.imageCaptured.connect(lambda _id, image: self.captured.emit(image))
        self._capture.errorOccurred.connect(lambda _id, _error, why: self._fail(why))
        self._camera.errorOccurred.connect(lambda _error, why: self._fail(why))

    def start(self) -> None:
        if not QMediaDevices.videoInputs():
            self._fail("no video input")
            return
        self._camera.start()

    def capture(self) -> None:
        if not self._camera.isActive() or not self._capture.isReadyForCapture():
            self._fail("the camera is not ready to capture")
            return
        self._capture.capture()

    def stop(self) -> None:
        self._camera.stop()

    def _preview(self, frame: QVideoFrame) -> None:
        image = frame.toImage()
        if not image.isNull():
            self.frame.emit(image)

    def _fail(self, why: str) -> None:
        log.warning("camera: %s", why)
        self._camera.stop()
        self.failed.emit(why)
