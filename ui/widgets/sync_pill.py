"""The sync status in the header of every screen: a compact two-line pill, coloured by state."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from harmony_kiosk.clock import Clock
from ui.sync_picture import SyncMode, SyncPicture
from ui.sync_wording import pill_text
from ui.widgets.touch import set_style_property, text

MAX_WIDTH = 330


class SyncPill(QFrame):
    """ "Offline" over "37 waiting · oldest 2 h". Not a button: nothing to tap, only to read.
    Hidden until the kiosk knows what it is (the first picture)."""

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync-pill")
        self.setProperty("role", "sync-pill")
        self.setProperty("tone", "neutral")
        self.setMaximumWidth(MAX_WIDTH)
        self._clock = clock
        self._zone: tzinfo | None = None
        self._picture = SyncPicture(SyncMode.STARTING)
        self._line = ""
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 6, 16, 6)
        column.setSpacing(0)
        self.headline = text("", "sync-headline", wrap=False, name="sync-headline")
        self.detail = text("", "sync-detail", wrap=False, name="sync-detail")
        for label in (self.headline, self.detail):
            label.setProperty("tone", "neutral")
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            column.addWidget(label)
        self.hide()

    def set_zone(self, zone: tzinfo | None) -> None:
        self._zone = zone
        self.show_picture(self._picture)

    def text(self) -> str:
        """What the pill says, on one line (tests and the accessible name read this)."""
        return self._line

    def tone(self) -> str:
        return str(self.property("tone"))

    def show_picture(self, picture: SyncPicture) -> None:
        self._picture = picture
        said = pill_text(picture, self._clock.now(), self._zone)
        if said is None:
            self._line = ""
            self.hide()
            return
        self._line = said.line
        self.headline.setText(said.headline)
        self.detail.setText(said.detail)
        self.detail.setVisible(bool(said.detail))
        self.setAccessibleName(
            QCoreApplication.translate("SyncPill", "Sync status: {line}").format(line=said.line)
        )
        if said.tone != self.tone():
            set_style_property(self, "tone", said.tone)
            for label in (self.headline, self.detail):
                set_style_property(label, "tone", said.tone)
        self.show()
