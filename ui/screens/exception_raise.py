"""Raise an exception: kind and severity in two taps, optional words or a voice note, Save.

Page one asks what kind of trouble and how severe (with the quality hold and the camera line);
page two takes the words on the on-screen keyboard, or a voice note, beside similar past cases.
Save works from either page. After the calm "Saved" the window goes back where the person was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from harmony_kiosk.clock import Clock
from harmony_kiosk.errors import KnownError
from ui.camera.frame_source import FrameSource
from ui.exception_camera import has_camera
from ui.exception_context import RaiseContext
from ui.exception_reads import read_similar
from ui.exception_wording import title
from ui.place import Place
from ui.refusal_wording import refusal_text
from ui.screens.frame import PAGE_MARGIN, Screen
from ui.widgets.exception_describe import DescribePanel
from ui.widgets.exception_voice import VoiceSlot
from ui.widgets.exception_what import WhatPanel
from ui.widgets.photo_capture import PhotoCaptureView
from ui.widgets.touch import button, card, set_style_property, text
from ui.worker import Worker

if TYPE_CHECKING:  # services import SQLAlchemy: kept off the path to the first paint
    from PySide6.QtGui import QImage

    from harmony_kiosk.services.attachments import Attachment
    from harmony_kiosk.services.auth import OperatorSession
    from harmony_kiosk.services.exceptions import ExceptionView
    from harmony_kiosk.services.kiosk import Kiosk

CONFIRM_MS = 2_500  # how long "Saved" stays before the person is taken back


class RaiseExceptionScreen(Screen):
    """Emits `finished` with the saved ExceptionView, or None when cancelled."""

    finished = Signal(object)

    def __init__(
        self,
        worker: Worker,
        kiosk: Kiosk,
        place: Place,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        camera: Callable[[], bool] = has_camera,
        frame_source: Callable[[], FrameSource] | None = None,
        confirm_ms: int = CONFIRM_MS,
    ) -> None:
        super().__init__(clock, place, parent)
        self.setObjectName("exception-raise")
        self._worker = worker
        self._kiosk = kiosk
        self._clock = clock
        self._line = place.line_name
        self._session: OperatorSession | None = None
        self._context = RaiseContext()
        self._saved: ExceptionView | None = None
        self.header.set_place(
            QCoreApplication.translate("ExceptionRaise", "Raise an exception"), place.subtitle
        )
        self.body.setContentsMargins(PAGE_MARGIN, 16, PAGE_MARGIN, 16)  # room for 3 past cases
        self.body.setSpacing(12)
        self.context_line = text("", "context", name="raise-context")
        self.body.addWidget(self.context_line)
        self.pages = QStackedWidget()
        self.body.addWidget(self.pages, 1)
        self.what = WhatPanel(camera)
        self.what.changed.connect(self._changed)
        self.what.photo_requested.connect(self._take_photo)
        self._photo: Attachment | None = None
        self.capture = PhotoCaptureView(
            kiosk.attachments, worker, kiosk.data_dir / "photos", frame_source or _qt_camera
        )
        self.capture.saved.connect(self._photo_taken)
        self.capture.closed.connect(lambda: self._page(self.what))
        voice = VoiceSlot(kiosk.attachments, worker, kiosk.data_dir)
        self.describe = DescribePanel(
            worker, lambda question: read_similar(kiosk, question), clock, voice
        )
        self.describe.zone = self.zone
        self.pages.addWidget(self.what)
        self.pages.addWidget(self.describe)
        self.saved_page = self._build_saved()
        self.pages.addWidget(self.saved_page)
        self.pages.addWidget(self.capture)
        self._build_actions()
        self.done_timer = QTimer(self)
        self.done_timer.setSingleShot(True)
        self.done_timer.setInterval(confirm_ms)
        self.done_timer.timeout.connect(self._finish)
        self._page(self.what)  # each page's buttons only: hidden ones never widen the window

    def _build_saved(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 24, 0, 0)
        panel = card("saved-card", name="raise-saved")
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(48, 40, 48, 40)
        inner.setSpacing(16)
        inner.addWidget(
            text(
                QCoreApplication.translate("ExceptionRaise", "✓  Saved"),
                "saved-title",
                name="raise-saved-title",
            )
        )
        self.saved_text = text("", "message", name="raise-saved-text")
        inner.addWidget(self.saved_text)
        self.saved_hint = text("", "lead", name="raise-saved-hint")
        inner.addWidget(self.saved_hint)
        self.done_button = button(
            QCoreApplication.translate("ExceptionRaise", "Back to work  →"),
            primary=True,
            name="raise-done",
        )
        self.done_button.setMinimumWidth(340)
        self.done_button.clicked.connect(self._finish)
        inner.addSpacing(8)
        inner.addWidget(self.done_button)
        column.addWidget(panel)
        column.addStretch(1)
        return page

    def _build_actions(self) -> None:
        self.cancel_button = button(
            QCoreApplication.translate("ExceptionRaise", "Cancel"), height=84, name="raise-cancel"
        )
        self.back_button = button(
            QCoreApplication.translate("ExceptionRaise", "←  Back"), height=84, name="raise-back"
        )
        self.message = text("", "error-inline", name="raise-message")
        self.describe_button = button(
            QCoreApplication.translate("ExceptionRaise", "Describe it  →"),
            height=84,
            name="raise-describe",
        )
        self.voice_button = button(
            QCoreApplication.translate("ExceptionRaise", "Voice note"),
            height=84,
            name="raise-voice",
        )
        self.save_button = button(
            QCoreApplication.translate("ExceptionRaise", "Save exception"),
            primary=True,
            name="raise-save",
        )
        self.save_button.setMinimumWidth(300)
        for widget in (self.cancel_button, self.back_button, self.describe_button):
            widget.setMinimumWidth(180)
        self.action_row.addWidget(self.cancel_button)
        self.action_row.addWidget(self.back_button)
        self.action_row.addWidget(self.message, 1)
        self.action_row.addWidget(self.describe_button)
        self.action_row.addWidget(self.voice_button)
        self.action_row.addWidget(self.save_button)
        self.cancel_button.clicked.connect(self._cancel)
        self.back_button.clicked.connect(lambda: self._page(self.what))
        self.describe_button.clicked.connect(lambda: self._page(self.describe))
        self.voice_button.clicked.connect(self._toggle_voice)
        self.save_button.clicked.connect(self._save)

    # --- opening -------------------------------------------------------------------------------
    def begin(self, session: OperatorSession, context: RaiseContext) -> None:
        """A fresh form for `session`, about `context` (pre-chosen kind, job, step, reading)."""
        self._session, self._context, self._saved = session, context, None
        self.done_timer.stop()
        self.set_person(session)
        self.describe.zone = self.zone
        self.what.reset(context.kind, on_job=context.job_id is not None)
        self.describe.reset()
        self._photo = None
        self.what.show_photo(None)
        self.capture.close_camera()  # left live by a form that was never finished
        self._show_context()
        self._say("")
        self._page(self.what)
        self._set_busy(busy=False)

    @property
    def context(self) -> RaiseContext:
        return self._context

    def _show_context(self) -> None:
        parts = [
            self._context.where
            or QCoreApplication.translate("ExceptionRaise", "{line}, no job").format(
                line=self._line
            ),
            self._context.measured,
        ]
        kind, severity = self.what.kind(), self.what.severity()
        if kind and severity:
            parts.insert(0, title(kind, severity))
        self.context_line.setText("  ·  ".join(part for part in parts if part))

    def _page(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        on_what, on_describe = page is self.what, page is self.describe
        self.action_bar.setVisible(on_what or on_describe)  # the capture view has its own
        self.cancel_button.setVisible(on_what)
        self.back_button.setVisible(on_describe)
        self.describe_button.setVisible(on_what)
        self.voice_button.setVisible(on_describe)
        self._voice_label()
        if on_describe:
            self.describe.keyboard.set_target(self.describe.text)

    def _take_photo(self) -> None:
        self._say("")
        self._page(self.capture)
        self.capture.open()

    def _photo_taken(self, attachment: Attachment, still: QImage) -> None:
        self._photo = attachment
        self.what.show_photo(still)
        self._page(self.what)

    def _changed(self) -> None:
        self._show_context()
        self._say("")

    def _toggle_voice(self) -> None:
        self.describe.show_voice(on=not self.describe.showing_voice())
        self._voice_label()

    def _voice_label(self) -> None:
        self.voice_button.setText(
            QCoreApplication.translate("ExceptionRaise", "Keyboard")
            if self.describe.showing_voice()
            else QCoreApplication.translate("ExceptionRaise", "Voice note")
        )

    # --- saving --------------------------------------------------------------------------------
    def _save(self) -> None:
        session, context = self._session, self._context
        kind, severity = self.what.kind(), self.what.severity()
        if session is None:
            return
        if kind is None or severity is None:
            self._page(self.what)
            self._say(
                QCoreApplication.translate(
                    "ExceptionRaise", "Choose the kind of trouble and how severe it is."
                )
            )
            return
        if self.describe.voice.pending():
            self._say(
                QCoreApplication.translate(
                    "ExceptionRaise", "Save or discard the voice note first."
                )
            )
            return
        words, hold = self.describe.words(), self.what.holds_job()
        note, photo = self.describe.voice.attachment, self._photo
        exceptions = self._kiosk.exceptions
        self._set_busy(busy=True)
        self._worker.run(
            lambda: exceptions.raise_exception(
                session,
                kind,
                severity,
                words,
                context.job_id,
                context.step_id,
                blocking=hold,
                voice_note=note,
                photo=photo,
            ),
            self._raised,
            self._refused,
        )

    def _raised(self, view: ExceptionView) -> None:
        self._saved = view
        self._set_busy(busy=False)
        self.saved_text.setText(
            QCoreApplication.translate(
                "ExceptionRaise",
                "{title} exception saved on this kiosk. "
                "Every kiosk of {line} shows it once it is sent.",
            ).format(title=title(view.kind, view.severity), line=self._line)
        )
        hint = (
            QCoreApplication.translate(
                "ExceptionRaise", "The job is on hold until quality releases it."
            )
            if view.on_hold
            else ""
        )
        self.saved_hint.setText(hint)
        self.saved_hint.setVisible(bool(hint))
        self._page(self.saved_page)
        self.done_timer.start()

    def _refused(self, error: KnownError) -> None:
        self._set_busy(busy=False)
        self._say(refusal_text(error))

    def _finish(self) -> None:
        if self.done_timer.isActive():
            self.done_timer.stop()
        if self._saved is not None:
            saved, self._saved = self._saved, None
            self.finished.emit(saved)

    def _cancel(self) -> None:
        self.done_timer.stop()
        self.finished.emit(None)

    def _set_busy(self, *, busy: bool) -> None:
        for widget in (self.save_button, self.cancel_button, self.back_button):
            widget.setEnabled(not busy)

    def _say(self, message: str) -> None:
        self.message.setText(message)
        set_style_property(self.message, "role", "error-inline")


def _qt_camera() -> FrameSource:
    from ui.camera.qt_camera import QtCameraSource  # noqa: PLC0415 (Qt Multimedia: on first use)

    return QtCameraSource()
