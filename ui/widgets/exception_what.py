"""The raise form's first page: what kind of trouble, how severe, hold the job, a photo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from harmony_kiosk.domain.catalogue import EXCEPTION_KINDS, EXCEPTION_SEVERITIES
from ui.exception_wording import kind_name, severity_name
from ui.marked import QT_TRANSLATE_NOOP
from ui.widgets.exception_choices import ChoiceRow
from ui.widgets.touch import button, set_style_property, text

HOLD_TEXT = QT_TRANSLATE_NOOP("ExceptionWhat", "Hold the job until quality releases it")
NO_CAMERA = QT_TRANSLATE_NOOP("ExceptionWhat", "No camera on this kiosk")
THUMBNAIL_HEIGHT = 80


def _said(source: str) -> str:
    return QCoreApplication.translate("ExceptionWhat", source)


class WhatPanel(QWidget):
    """Kind as five big buttons, severity as four; the hold toggle for a quality exception raised
    on a job; a photo button only where the kiosk has a camera."""

    changed = Signal()
    photo_requested = Signal()

    def __init__(self, has_camera: Callable[[], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._has_camera = has_camera
        self._camera_checked = False
        self._job = False
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addWidget(
            text(
                QCoreApplication.translate("ExceptionWhat", "What kind of trouble?"), "field-label"
            )
        )
        self.kinds = ChoiceRow(
            [(kind, kind_name(kind)) for kind in EXCEPTION_KINDS], name="kind", height=112
        )
        column.addWidget(self.kinds)
        column.addSpacing(8)
        column.addWidget(
            text(QCoreApplication.translate("ExceptionWhat", "How severe is it?"), "field-label")
        )
        self.severities = ChoiceRow(
            [(severity, severity_name(severity)) for severity in EXCEPTION_SEVERITIES],
            name="severity",
            height=100,
        )
        column.addWidget(self.severities)
        column.addSpacing(8)
        extras = QHBoxLayout()
        extras.setSpacing(20)
        self.hold = button(f"□  {_said(HOLD_TEXT)}", height=80, name="hold-toggle")
        self.hold.setCheckable(True)
        self.hold.toggled.connect(self._hold_toggled)
        extras.addWidget(self.hold)
        extras.addStretch(1)
        self.photo = button(
            QCoreApplication.translate("ExceptionWhat", "Take a photo"), height=80, name="photo"
        )
        self.photo.clicked.connect(self.photo_requested)
        self.no_camera = text(_said(NO_CAMERA), "caption", wrap=False, name="no-camera")
        self.thumbnail = QLabel()
        self.thumbnail.setObjectName("photo-thumbnail")
        self.thumbnail.hide()
        extras.addWidget(self.thumbnail)
        extras.addWidget(self.photo)
        extras.addWidget(self.no_camera)
        column.addLayout(extras)
        column.addStretch(1)
        self.kinds.chosen.connect(self._kind_chosen)
        self.severities.chosen.connect(lambda _key: self.changed.emit())

    def reset(self, kind: str | None, *, on_job: bool) -> None:
        self._job = on_job
        self.kinds.choose(kind)
        self.severities.choose(None)
        self.hold.setChecked(False)
        self._offer_hold()
        if not self._camera_checked:  # asked once: it loads Qt Multimedia
            self._camera_checked = True
            camera = self._has_camera()
            self.photo.setVisible(camera)
            self.no_camera.setVisible(not camera)

    def show_photo(self, still: QImage | None) -> None:
        """The attached photo as a thumbnail beside the button (None: no photo yet)."""
        self.thumbnail.setVisible(still is not None)
        if still is not None:
            self.thumbnail.setPixmap(
                QPixmap.fromImage(still).scaledToHeight(
                    THUMBNAIL_HEIGHT, Qt.TransformationMode.SmoothTransformation
                )
            )
        self.photo.setText(
            QCoreApplication.translate("ExceptionWhat", "Retake the photo")
            if still is not None
            else QCoreApplication.translate("ExceptionWhat", "Take a photo")
        )

    def kind(self) -> str | None:
        return self.kinds.value()

    def severity(self) -> str | None:
        return self.severities.value()

    def holds_job(self) -> bool:
        return self.hold.isVisible() and self.hold.isChecked()

    def _kind_chosen(self, _kind: str) -> None:
        self._offer_hold()
        self.changed.emit()

    def _offer_hold(self) -> None:
        offered = self._job and self.kinds.value() == "quality"
        self.hold.setVisible(offered)
        if not offered:
            self.hold.setChecked(False)

    def _hold_toggled(self, on: bool) -> None:
        self.hold.setText(f"{'✓' if on else '□'}  {_said(HOLD_TEXT)}")
        set_style_property(self.hold, "chosen", on)
        self.changed.emit()
