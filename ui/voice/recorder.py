"""Records the default microphone into a crash-safe WAV take, with level and time as it goes."""

from __future__ import annotations

import logging
import uuid
from pathlib import Path

from PySide6.QtCore import QIODevice, QObject, QTimer, Signal
from PySide6.QtMultimedia import QAudioSource, QtAudio

from ui.voice import levels, recovery, wording
from ui.voice.microphone import Microphone
from ui.voice.take import Take
from ui.voice.take_writer import TakeWriter

log = logging.getLogger(__name__)
POLL_MS = 50  # the meter moves 20 times a second
BUFFER_S = 2
MUTED_AFTER_S = 2.0  # this much true silence from the start: the microphone is muted


class Recorder(QObject):
    """One take: raw PCM from a QAudioSource, appended to a WAV on the take's own thread.

    Time is counted in samples received, not on a clock, so the elapsed time shown, the limit
    and the length of the file always agree. `finished` carries the Take once the WAV is whole,
    or None when nothing could be kept; `problem` carries operator wording for what went wrong.
    """

    level = Signal(float)  # peak of the latest chunk, 0..1
    progressed = Signal(float)  # seconds recorded
    muted = Signal(bool)
    problem = Signal(str)
    finished = Signal(object)  # Take | None

    def __init__(
        self,
        microphone: Microphone,
        folder: Path,
        max_seconds: float,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._fmt = microphone.pcm
        self._max_bytes = int(max_seconds * self._fmt.bytes_per_second)
        self._max_bytes -= self._max_bytes % self._fmt.frame_bytes
        self._source = QAudioSource(microphone.device, microphone.qt_format, self)
        # Room for a busy GUI thread: samples wait here until the next poll, none are dropped.
        self._source.setBufferSize(BUFFER_S * self._fmt.bytes_per_second)
        self._path = folder / f"take-{uuid.uuid4().hex[:12]}.wav"
        self._pcm = bytearray()
        self._loudest = 0
        self._muted = False
        self._writer: TakeWriter | None = None
        self._input: QIODevice | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    @property
    def path(self) -> Path:
        """The take's WAV, claimed from start() until its holder saves or discards it."""
        return self._path

    @property
    def seconds(self) -> float:
        return self._fmt.seconds(len(self._pcm))

    @property
    def is_recording(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        recovery.claim(self._path)  # released by whoever saves or discards the take
        self._writer = TakeWriter(self._path, self._fmt, self)
        self._writer.closed.connect(self._on_closed)
        self._input = self._source.start()
        if self._input is None or self._source.error() != QtAudio.Error.NoError:
            log.warning("the microphone did not start: %s", self._source.error())
            self.problem.emit(wording.MIC_LOST)
            self._writer.close()
            return
        self._timer.start()

    def stop(self) -> None:
        """Take what is still buffered, stop the device, and finish the WAV."""
        if not self._timer.isActive():
            return
        self._poll()
        self._finish()

    def _finish(self) -> None:
        self._timer.stop()
        self._source.stop()
        if self._writer is not None:
            self._writer.close()

    def _poll(self) -> None:
        assert self._input is not None
        chunk = bytes(self._input.readAll().data())
        room = self._max_bytes - len(self._pcm)
        chunk = chunk[: min(len(chunk), room)]
        chunk = chunk[: len(chunk) - len(chunk) % self._fmt.frame_bytes]
        if chunk:
            self._take_in(chunk)
        if self._writer is not None and self._writer.error is not None:
            self.problem.emit(wording.DISK_FAILED)
            self._finish()
        elif len(self._pcm) >= self._max_bytes:
            self._finish()
        elif self._source.error() != QtAudio.Error.NoError:
            log.warning("the microphone stopped during a take: %s", self._source.error())
            self.problem.emit(wording.MIC_LOST)
            self._finish()

    def _take_in(self, chunk: bytes) -> None:
        assert self._writer is not None
        self._pcm.extend(chunk)
        self._writer.write(chunk)
        peak = levels.peak(chunk)
        self._loudest = max(self._loudest, peak)
        self.level.emit(peak / levels.FULL_SCALE)
        self.progressed.emit(self.seconds)
        muted = self._loudest == 0 and self.seconds >= MUTED_AFTER_S
        if muted != self._muted:
            self._muted = muted
            self.muted.emit(muted)

    def _on_closed(self, error: OSError | None) -> None:
        if error is not None or not self._pcm:  # the writer removed the file
            recovery.release(self._path)
            self.finished.emit(None)
            return
        self.finished.emit(Take(self._path, self._fmt, self.seconds, bytes(self._pcm)))
