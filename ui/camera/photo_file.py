"""A captured still as the JPEG that is attached: at most 1600 px a side, quality 85.

Run on the worker: QImage may be scaled and written off the GUI thread.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, Qt
from PySide6.QtGui import QImage, QImageWriter

from harmony_kiosk.errors import KnownError
from harmony_kiosk.services.attachments import Attachment, Attachments

MAX_SIDE = 1600  # enough to read a label or see a crack; a phone's 12 MP would cost ~4 MB
QUALITY = 85


def scaled_for_attachment(image: QImage) -> QImage:
    if max(image.width(), image.height()) <= MAX_SIDE:
        return image
    return image.scaled(
        MAX_SIDE,
        MAX_SIDE,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


def store_photo(attachments: Attachments, image: QImage, folder: Path) -> Attachment:
    """Write the JPEG beside the blob store, copy it in (by hash, fsynced), drop the copy."""
    folder.mkdir(parents=True, exist_ok=True)
    descriptor, name = tempfile.mkstemp(suffix=".jpg", prefix=".photo-", dir=folder)
    os.close(descriptor)
    path = Path(name)
    try:
        writer = QImageWriter(str(path), QByteArray(b"jpeg"))
        writer.setQuality(QUALITY)
        if image.isNull() or not writer.write(scaled_for_attachment(image)):
            raise KnownError(
                QCoreApplication.translate(
                    "PhotoFile", "The photo could not be saved. Take it again."
                )
            )
        writer.device().close()  # flushed and closed before the blob store reads it
        return attachments.store(path)
    finally:
        path.unlink(missing_ok=True)
