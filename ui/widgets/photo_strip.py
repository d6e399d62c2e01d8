"""The photos attached to an exception, as a row of thumbnails on its detail card."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.widgets.touch import text


class PhotoStrip(QFrame):
    """A card, hidden while there is no photo; one QLabel per thumbnail in `thumbnails`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detail-photos")
        self.setProperty("role", "card")
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 18, 24, 18)  # as the other cards of the overview
        column.setSpacing(8)
        column.addWidget(text(self.tr("Photos"), "section-title"))
        self._row = QHBoxLayout()
        self._row.setSpacing(12)
        self._row.addStretch(1)  # thumbnails are inserted before it: they sit on the left
        column.addLayout(self._row)
        self.thumbnails: list[QLabel] = []
        self.hide()

    def show_photos(self, photos: Sequence[QImage | None]) -> None:
        for old in self.thumbnails:
            self._row.removeWidget(old)
            old.deleteLater()
        self.thumbnails = []
        for number, photo in enumerate(photos):
            if photo is None:
                shown = text(
                    self.tr("A photo taken on another kiosk: not downloaded yet."),
                    "caption",
                )
            else:
                shown = QLabel()
                shown.setPixmap(QPixmap.fromImage(photo))
            shown.setObjectName(f"detail-photo-{number}")
            # A sentence takes nearly all the card's width: at an equal share with the row's
            # trailing stretch it wrapped at half the card.
            self._row.insertWidget(number, shown, 10 if photo is None else 0)
            self.thumbnails.append(shown)
        self.setVisible(bool(photos))
