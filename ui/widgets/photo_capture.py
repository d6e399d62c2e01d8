"""The capture view: a live preview, then the still with Retake or Use; the JPEG is stored on
the worker and handed back as an Attachment. A camera that fails is said plainly; Back always
works, and the form behind it keeps what was chosen."""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ui.camera.frame_source import FrameSource
from ui.refusal_wording import refusal_text
from ui.widgets.exception_alive import alive
from ui.widgets.touch import button, set_style_property, text
from ui.worker import Worker

if TYPE_CHECKING:  # services import SQLAlchemy: kept off the path to the first paint
    from harmony_kiosk.errors import KnownError
    from harmony_kiosk.services.attachments import Attachment, Attachments

log = logging.getLogger(__name__)
PREVIEW_W, PREVIEW_H = 760, 470


class Stage(enum.Enum):
    STARTING = "starting"
    PREVIEW = "preview"
    CAPTURING = "capturing"
    CAPTURED = "captured"
    SAVING = "saving"
    FAILED = "failed"


class PhotoCaptureView(QWidget):
    """`open()` starts the camera; emits `saved(Attachment, QImage)` or `closed()`."""

    saved = Signal(object, object)  # Attachment, the still (QImage) for a thumbnail
    closed = Signal()

    def __init__(
        self,
        attachments: Attachments,
        worker: Worker,
        folder: Path,
        make_source: Callable[[], FrameSource],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("photo-capture")
        self._attachments = attachments
        self._worker = worker
        self._folder = folder
        self._make_source = make_source
        self.source: FrameSource | None = None
        self.still: QImage | None = None
        self._shown: QImage | None = None
        self.stage = Stage.STARTING
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(24)
        self.preview = QLabel()
        self.preview.setObjectName("photo-preview")
        self.preview.setProperty("role", "photo-preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(PREVIEW_W, PREVIEW_H)
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # A viewfinder is dark in every theme, so it is styled here rather than in the sheets.
        self.preview.setStyleSheet("background: #1B2430; color: #E6EBF2; border-radius: 16px;")
        row.addWidget(self.preview, 3)
        side = QVBoxLayout()
        side.setSpacing(16)
        self.title = text(self.tr("Photo of the trouble"), "card-title", name="photo-title")
        side.addWidget(self.title)
        self.message = text("", "lead", name="photo-message")
        side.addWidget(self.message)
        side.addStretch(1)
        self.capture_button = button(self.tr("Take photo"), primary=True, name="photo-capture")
        self.capture_button.setMinimumHeight(120)
        self.retake_button = button(self.tr("Retake"), height=96, name="photo-retake")
        self.use_button = button(self.tr("Use this photo"), primary=True, name="photo-use")
        self.use_button.setMinimumHeight(120)
        self.back_button = button(self.tr("←  Back"), height=88, name="photo-back")
        for made in (self.capture_button, self.retake_button, self.use_button, self.back_button):
            made.setMinimumWidth(300)
            side.addWidget(made)
        row.addLayout(side, 2)
        self.capture_button.clicked.connect(self._capture)
        self.retake_button.clicked.connect(self._retake)
        self.use_button.clicked.connect(self._use)
        self.back_button.clicked.connect(self._back)
        self._show(Stage.STARTING)

    # --- the camera ----------------------------------------------------------------------------
    def open(self) -> None:
        """Start the preview (a fresh source each time: a camera that failed may work again)."""
        self.still = None
        self._show(Stage.STARTING)
        try:
            source = self._make_source()
        except Exception:  # a camera backend that cannot even load: said plainly, form goes on
            log.exception("the camera could not be opened")
            self._failed("could not be opened")
            return
        self.source = source
        source.frame.connect(self._frame)
        source.captured.connect(self._captured)
        source.failed.connect(self._failed)
        source.start()

    def close_camera(self) -> None:
        source, self.source = self.source, None
        if source is not None:
            source.frame.disconnect(self._frame)
            source.captured.disconnect(self._captured)
            source.failed.disconnect(self._failed)
            source.stop()
            source.deleteLater()

    def _frame(self, image: QImage) -> None:
        if self.stage in (Stage.STARTING, Stage.PREVIEW):
            if self.stage is Stage.STARTING:
                self._show(Stage.PREVIEW)
            self._paint(image)

    def _capture(self) -> None:
        if self.source is None or self.stage is not Stage.PREVIEW:
            return
        self._show(Stage.CAPTURING)
        self.source.capture()

    def _captured(self, image: QImage) -> None:
        if self.stage is not Stage.CAPTURING:
            return
        self.still = image
        self._paint(image)
        self._show(Stage.CAPTURED)

    def _failed(self, why: str) -> None:
        log.warning("no photo: the camera failed (%s)", why)
        self.close_camera()
        self._shown = None
        self.preview.clear()
        self._show(Stage.FAILED)

    # --- the still -----------------------------------------------------------------------------
    def _retake(self) -> None:
        self.still = None
        self._show(Stage.PREVIEW)

    def _use(self) -> None:
        still = self.still
        if still is None or self.stage is not Stage.CAPTURED:
            return
        from ui.camera.photo_file import store_photo  # noqa: PLC0415 (services: SQLAlchemy)

        self._show(Stage.SAVING)
        attachments, folder = self._attachments, self._folder
        self._worker.run(
            lambda: store_photo(attachments, still, folder),
            lambda attachment: self._stored(attachment, still),
            self._refused,
        )

    def _stored(self, attachment: Attachment, still: QImage) -> None:
        if not alive(self):
            return
        self.close_camera()
        self.saved.emit(attachment, still)

    def _refused(self, error: KnownError) -> None:
        if alive(self):
            self._show(Stage.CAPTURED)
            self._say(refusal_text(error), error=True)

    def _back(self) -> None:
        self.close_camera()
        self.closed.emit()

    # --- showing -------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._shown is not None:  # the preview keeps filling its frame at any window size
            self._paint(self._shown)

    def _paint(self, image: QImage) -> None:
        self._shown = image
        pixmap = QPixmap.fromImage(image).scaled(
            self.preview.size(),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.preview.setPixmap(pixmap)

    def _show(self, stage: Stage) -> None:
        self.stage = stage
        previewing = stage in (Stage.PREVIEW, Stage.CAPTURING)
        self.capture_button.setVisible(previewing or stage is Stage.STARTING)
        self.capture_button.setEnabled(stage is Stage.PREVIEW)
        self.retake_button.setVisible(stage in (Stage.CAPTURED, Stage.SAVING))
        self.use_button.setVisible(stage in (Stage.CAPTURED, Stage.SAVING))
        self.retake_button.setEnabled(stage is Stage.CAPTURED)
        self.use_button.setEnabled(stage is Stage.CAPTURED)
        words = {
            Stage.STARTING: self.tr("Starting the camera…"),
            Stage.PREVIEW: self.tr("Point the camera at the trouble, then tap Take photo."),
            Stage.CAPTURING: self.tr("Taking the photo…"),
            Stage.CAPTURED: self.tr("Is the trouble clear in the photo?"),
            Stage.SAVING: self.tr("Saving the photo…"),
            Stage.FAILED: self.tr(
                "The camera is not working right now. Go back and save the exception "
                "without a photo: say what you see in words or in a voice note."
            ),
        }
        self._say(words[stage], error=stage is Stage.FAILED)
        if stage is Stage.FAILED:
            self.preview.setText(self.tr("No picture from the camera"))

    def _say(self, message: str, *, error: bool = False) -> None:
        self.message.setText(message)
        set_style_property(self.message, "role", "error-inline" if error else "lead")
