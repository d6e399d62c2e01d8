"""A place for a voice note on the exception forms: the voice-note widget (ui/voice), made the
first time it is shown, since it loads Qt Multimedia; or a plain line where it cannot start."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.marked import QT_TRANSLATE_NOOP
from ui.widgets.touch import text
from ui.worker import Worker

if TYPE_CHECKING:  # services import SQLAlchemy: kept off the path to the first paint
    from harmony_kiosk.services.attachments import Attachment, Attachments

log = logging.getLogger(__name__)
NO_VOICE = QT_TRANSLATE_NOOP(
    "ExceptionVoice", "Voice notes cannot be recorded on this kiosk. Type what happened instead."
)


class VoiceSlot(QWidget):
    """Holds the saved note (`attachment`) until the form is saved or reset."""

    saved = Signal(object)  # Attachment

    def __init__(
        self,
        attachments: Attachments,
        worker: Worker,
        data_dir: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("voice-slot")
        self._attachments = attachments
        self._worker = worker
        self._data_dir = data_dir
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self.widget: QWidget | None = None
        self.attachment: Attachment | None = None
        self.unavailable = text("", "status", name="voice-unavailable")
        self.unavailable.hide()
        self._column.addWidget(self.unavailable)

    def pending(self) -> bool:
        """A note being recorded, or recorded but neither saved nor discarded: the form must not
        drop it silently."""
        if self.widget is None:
            return False
        from ui.voice.state import VoiceState  # noqa: PLC0415 (with the widget, on first use)

        state = getattr(self.widget, "state", None)
        return state in {VoiceState.RECORDING, VoiceState.STOPPING, VoiceState.RECORDED}

    def reset(self) -> None:
        """A new form: no note yet. A fresh widget is made when next shown; a take left in
        the old one is kept on disk and offered again (ui.voice.recovery)."""
        self.attachment = None
        if self.widget is not None:
            self.widget.hide()
            self.widget.deleteLater()
            self.widget = None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.widget is None and not self.unavailable.text():
            self._make()

    def _make(self) -> None:
        try:
            from ui.voice.widget import VoiceNoteWidget  # noqa: PLC0415 (loads Qt Multimedia)

            made = VoiceNoteWidget(self._attachments, self._worker, self._data_dir)
        except Exception:  # the voice widget is optional here: the form works without it
            log.exception("the voice-note widget could not be made")
            self.unavailable.setText(QCoreApplication.translate("ExceptionVoice", NO_VOICE))
            self.unavailable.show()
            return
        made.saved.connect(self._saved)
        self.widget = made
        self._column.addWidget(made)

    def _saved(self, attachment: Attachment) -> None:
        self.attachment = attachment
        self.saved.emit(attachment)
