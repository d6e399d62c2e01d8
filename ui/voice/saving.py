"""Disk work for a take, run on the worker: store it as an attachment, or throw it away."""

from __future__ import annotations

import logging
from pathlib import Path

from harmony_kiosk.services.attachments import Attachment, Attachments
from ui.voice.take import Take
from ui.voice.wav_file import fsync_folder

log = logging.getLogger(__name__)


def store(attachments: Attachments, source: Path, take: Take) -> Attachment:
    """Copy `source` (the .m4a, or the WAV as fallback) into the blob store, then drop the take."""
    attachment = attachments.store(source)
    remove(take)
    return attachment


def remove(take: Take) -> None:
    """Delete the take's WAV and AAC copy; once gone, it is never offered again."""
    try:
        take.compressed.unlink(missing_ok=True)
        take.wav.unlink(missing_ok=True)
        fsync_folder(take.wav.parent)
    except OSError as error:  # e.g. a file still open elsewhere on Windows: it is offered later
        log.warning("could not remove the voice take %s: %s", take.wav.name, error)
