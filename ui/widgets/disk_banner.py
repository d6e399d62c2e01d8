"""A banner across the top of a screen's body when the kiosk's disk is nearly full."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ui.widgets.touch import set_style_property

if TYPE_CHECKING:  # harmony_kiosk.disk_space is plain Python, but kept off the first paint
    from harmony_kiosk.disk_space import DiskReading


class DiskBanner(QLabel):
    """Hidden while there is room; amber at the warning level, red once recordings are refused.
    Only read, never tapped: what to do is IT's, so it says whom to tell."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("disk-banner")
        self.setProperty("role", "disk-banner")
        self.setProperty("tone", "warn")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def show_reading(self, reading: DiskReading) -> None:
        percent = int(reading.use.percent)  # 95.6 % reads "95 %": never above the real figure
        if reading.level == "ok":
            self.hide()
            return
        if reading.level == "full":
            said = self.tr(
                "⚠  The kiosk's disk is {percent}% full: voice notes and photos are refused until "
                "IT frees space. Everything else keeps being saved."
            )
        else:
            said = self.tr(
                "⚠  The kiosk's disk is {percent}% full. Please tell IT: voice notes and photos "
                "stop at {limit}%."
            )
        self.setText(said.format(percent=percent, limit=reading.refuse_media_percent))
        set_style_property(self, "tone", str(reading.level))
        self.setAccessibleName(self.text())
        self.show()
