"""Compresses a finished take to AAC in .m4a (about 32 kbit/s mono) with Qt's own FFmpeg.

QMediaRecorder is fed by a QAudioBufferInput (Qt ≥ 6.8), faster than real time: two minutes
of speech take well under a second. The bundled FFmpeg has no Opus or Vorbis encoder, so AAC
it is (see ENVIRONMENT-NOTES). Anything that goes wrong ends in `failed`, and the caller keeps
the WAV: a bigger attachment, never a lost one.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtMultimedia import (
    QAudioBuffer,
    QAudioBufferInput,
    QMediaCaptureSession,
    QMediaFormat,
    QMediaRecorder,
)

from ui.voice.microphone import qt_format
from ui.voice.silence import fill_digital_silence
from ui.voice.wav_file import PcmFormat

log = logging.getLogger(__name__)
BIT_RATE = 32_000
SAMPLE_RATE = 16_000
CHUNK_S = 0.25
SHORTFALL_MS = 500  # a file this much shorter than the take lost audio on the way
_Stopped = QMediaRecorder.RecorderState.StoppedState


def aac_format() -> QMediaFormat:
    made = QMediaFormat(QMediaFormat.FileFormat.Mpeg4Audio)
    made.setAudioCodec(QMediaFormat.AudioCodec.AAC)
    return made


def can_encode_aac() -> bool:
    codecs = aac_format().supportedAudioCodecs(QMediaFormat.ConversionMode.Encode)
    return QMediaFormat.AudioCodec.AAC in codecs


class AacEncoder(QObject):
    """One compression: `encode()`, then exactly one of `done(Path)` or `failed(str)`."""

    done = Signal(object)  # Path of the .m4a
    failed = Signal(str)  # why, for the log

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._input: QAudioBufferInput | None = None
        self._recorder = QMediaRecorder(self)
        self._session = QMediaCaptureSession(self)
        self._session.setRecorder(self._recorder)
        self._pcm = b""
        self._sent = 0
        self._fmt = PcmFormat()
        self._target = Path()
        self._over = False
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(lambda: self._fail("no answer from the encoder in time"))

    def encode(self, pcm: bytes, fmt: PcmFormat, target: Path) -> None:
        if not can_encode_aac():
            QTimer.singleShot(0, lambda: self._fail("this Qt has no AAC encoder"))
            return
        self._pcm, self._fmt, self._target = pcm, fmt, target
        self._input = QAudioBufferInput(qt_format(fmt), self)
        self._session.setAudioBufferInput(self._input)
        self._recorder.setMediaFormat(aac_format())
        self._recorder.setEncodingMode(QMediaRecorder.EncodingMode.ConstantBitRateEncoding)
        self._recorder.setAudioBitRate(BIT_RATE)
        self._recorder.setAudioChannelCount(1)
        self._recorder.setAudioSampleRate(SAMPLE_RATE)
        self._recorder.setOutputLocation(QUrl.fromLocalFile(str(target)))
        # Without autoStop, Qt 6.11 never asks for the first buffer; with it, an empty buffer
        # ends the stream and the recorder stops by itself once the file is written.
        self._recorder.setAutoStop(True)
        self._input.readyToSendAudioBuffer.connect(self._send)
        self._recorder.errorOccurred.connect(lambda _code, text: self._fail(text))
        self._recorder.recorderStateChanged.connect(self._on_state)
        self._watchdog.start(int(10_000 + 1_000 * fmt.seconds(len(pcm))))
        self._recorder.record()

    def _send(self) -> None:
        assert self._input is not None
        chunk_bytes = int(CHUNK_S * self._fmt.bytes_per_second)
        while self._sent <= len(self._pcm) and not self._over:
            chunk = self._pcm[self._sent : self._sent + chunk_bytes]
            if chunk:
                start_us = int(self._fmt.seconds(self._sent) * 1_000_000)
                # Zero samples cost the encoder its bit rate (ui.voice.silence).
                buffer = QAudioBuffer(fill_digital_silence(chunk), qt_format(self._fmt), start_us)
            else:
                buffer = QAudioBuffer()  # the end of the stream
            if not self._input.sendAudioBuffer(buffer):
                return  # full: Qt asks again with readyToSendAudioBuffer
            self._sent += len(chunk) if chunk else 1

    def _on_state(self, state: QMediaRecorder.RecorderState) -> None:
        if state != _Stopped or self._over:
            return
        wanted_ms = 1000 * self._fmt.seconds(len(self._pcm))
        written_ms = self._recorder.duration()
        if self._recorder.error() != QMediaRecorder.Error.NoError:
            self._fail(self._recorder.errorString())
            return
        if written_ms + SHORTFALL_MS < wanted_ms:
            self._fail(f"the encoder wrote {written_ms} ms of {wanted_ms:.0f} ms")
            return
        self._over = True
        self._watchdog.stop()
        log.info("compressed %s: %d ms", self._target.name, written_ms)
        self.done.emit(self._target)

    def _fail(self, why: str) -> None:
        if self._over:
            return
        self._over = True
        self._watchdog.stop()
        if self._recorder.recorderState() != _Stopped:
            self._recorder.stop()
        self.failed.emit(why)
