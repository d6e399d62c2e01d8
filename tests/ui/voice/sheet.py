"""A contact sheet: several grabs of one widget, each under a caption, saved as one PNG."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPixmap

MARGIN = 32
CAPTION = 44
PAGE = QColor("#EEF2F6")  # the kiosk's page colour (kiosk.qss)


def save_sheet(grabs: list[tuple[str, QPixmap]], path: Path, columns: int = 2) -> Path:
    width = max(pixmap.width() for _, pixmap in grabs)
    height = max(pixmap.height() for _, pixmap in grabs)
    rows = (len(grabs) + columns - 1) // columns
    sheet = QImage(
        MARGIN + columns * (width + MARGIN),
        MARGIN + rows * (CAPTION + height + MARGIN),
        QImage.Format.Format_RGB32,
    )
    sheet.fill(PAGE)
    painter = QPainter(sheet)
    font = QFont("Inter")
    font.setPixelSize(24)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#334155"))
    for index, (caption, pixmap) in enumerate(grabs):
        x = MARGIN + (index % columns) * (width + MARGIN)
        y = MARGIN + (index // columns) * (CAPTION + height + MARGIN)
        painter.drawText(QRect(x, y, width, CAPTION), Qt.AlignmentFlag.AlignLeft, caption)
        painter.drawPixmap(QPoint(x, y + CAPTION), pixmap)
    painter.end()
    assert sheet.save(str(path)), f"could not write {path}"
    return path
