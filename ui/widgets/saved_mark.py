"""The step runner's "Saved" line: "✓ Saved" for a moment after an answer, and on a step answered
before, where that answer is: "✓ Saved on this kiosk" or "✓ Sent to the server"."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from ui.sent import SentState
from ui.sync_wording import SENT, record_mark, said
from ui.widgets.touch import set_style_property

FLASH_MS = 3_000


class SavedMark(QLabel):
    """Fed with the event holding the shown answer, its seq once read, and the acked seq."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saved")
        self.setProperty("role", "saved")
        self.setProperty("tone", "sent")
        self._event_id: str | None = None
        self._seq: int | None = None
        self._acked: int | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FLASH_MS)
        self._timer.timeout.connect(self._show)
        self.hide()

    def flash(self) -> None:
        """An answer was just saved on this kiosk."""
        self._timer.start()
        self._show()

    def stop_flash(self) -> None:
        """The operator moved on by hand: say where the shown answer is, not "Saved"."""
        self._timer.stop()
        self._show()

    def reset(self) -> None:
        self._timer.stop()
        self.show_record(None)

    def show_record(self, event_id: str | None) -> None:
        """The shown step's answer is held by `event_id` (None: not answered); seq unknown yet."""
        self._event_id, self._seq = event_id, None
        self._show()

    def read(self, state: SentState) -> None:
        """The seqs read on the worker; ignored if another step is shown by now."""
        if self._event_id is None or self._event_id not in state.seqs:
            return
        self._seq = state.seqs[self._event_id]
        self._acked = state.acked_seq
        self._show()

    def set_acked(self, acked_seq: int) -> None:
        if self._acked is not None:
            self._acked = acked_seq
            self._show()

    def mark(self) -> str:
        """ "Saved on this kiosk" / "Sent to the server" for the shown answer; "" if unknown."""
        if self._seq is None or self._acked is None:
            return ""
        return record_mark(self._seq, self._acked)

    def _show(self) -> None:
        if self._timer.isActive():
            shown, tone = self.tr("✓ Saved"), "sent"
        else:
            mark = self.mark()
            shown, tone = f"✓ {mark}", "sent" if mark == said(SENT) else "local"
            if not mark:
                shown = ""
        self.setText(shown)
        if self.property("tone") != tone:
            set_style_property(self, "tone", tone)
        self.setVisible(bool(shown))
