"""Writes a take's PCM on its own thread, so the GUI thread never waits on a write or an fsync."""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ui.voice.wav_file import GrowingWav, PcmFormat

log = logging.getLogger(__name__)
SYNC_EVERY_S = 1.0  # of audio: a crash or a power cut loses at most about this much


class TakeWriter(QObject):
    """Appends chunks to a growing WAV on a private thread; `closed` fires when the file is whole.

    Not the database worker: a recording sends ~20 chunks a second for up to two minutes, and
    those must neither queue behind the kiosk's database calls nor make the worker look busy.
    `closed` carries None, or the OSError that stopped the writing (a full disk, a pulled drive).
    """

    closed = Signal(object)

    def __init__(self, path: Path, fmt: PcmFormat, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._fmt = fmt
        self._chunks: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
        self.error: OSError | None = None
        self._thread = threading.Thread(target=self._run, name="voice-take", daemon=True)
        self._thread.start()

    def write(self, pcm: bytes) -> None:
        self._chunks.put(pcm)

    def close(self) -> None:
        """Finish the file (final header, fsync) after every chunk queued before."""
        self._chunks.put(None)

    def _run(self) -> None:
        wav: GrowingWav | None = None
        ended = False
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            wav = GrowingWav(self.path, self._fmt)
            every = int(SYNC_EVERY_S * self._fmt.bytes_per_second)
            synced = 0
            while (chunk := self._chunks.get()) is not None:
                wav.append(chunk)
                if wav.data_bytes - synced >= every:
                    wav.sync()
                    synced = wav.data_bytes
            ended = True
            wav.close()
            if wav.data_bytes == 0:
                self.path.unlink()  # nothing was heard: no take to keep or offer
        except OSError as error:
            log.warning("writing the voice take %s failed: %s", self.path.name, error)
            self.error = error
            if wav is not None:
                wav.abandon()
            with contextlib.suppress(OSError):
                self.path.unlink(missing_ok=True)
            while not ended:  # swallow what is still queued, up to close()
                ended = self._chunks.get() is None
        try:
            self.closed.emit(self.error)
        except RuntimeError:  # the screen, and this object with it, went away meanwhile
            log.info("voice take %s finished after its recorder was gone", self.path.name)
