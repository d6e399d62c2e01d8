"""Thumbnails of attached photos, read from the blob store on the worker (QImage, not QPixmap:
a QPixmap may only be made on the GUI thread)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

if TYPE_CHECKING:  # services import SQLAlchemy: kept off the path to the first paint
    from harmony_kiosk.services.kiosk import Kiosk

THUMBNAIL_HEIGHT = 180


def photo_thumbnail(kiosk: Kiosk, sha256: str) -> QImage | None:
    """The photo scaled to THUMBNAIL_HEIGHT; None while its file is not on this kiosk (a photo
    taken on another kiosk of the line until the sync has downloaded it)."""
    path = kiosk.attachments.path(sha256)
    if not path.is_file():
        return None
    image = QImage(str(path))
    if image.isNull():
        return None
    return image.scaledToHeight(THUMBNAIL_HEIGHT, Qt.TransformationMode.SmoothTransformation)
