"""The default microphone, as Qt Multimedia sees it, and the PCM format we ask of it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QMediaDevices

from ui.voice import wording
from ui.voice.wav_file import PcmFormat

WANTED = PcmFormat(16_000, 1)  # speech: 16 kHz mono is plenty, and 32 KB a second of WAV


@dataclass(frozen=True)
class Microphone:
    """A usable input device and the 16-bit format it will deliver."""

    device: QAudioDevice
    qt_format: QAudioFormat
    pcm: PcmFormat


def qt_format(pcm: PcmFormat) -> QAudioFormat:
    made = QAudioFormat()
    made.setSampleRate(pcm.sample_rate)
    made.setChannelCount(pcm.channels)
    made.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    return made


def find() -> Microphone | str:
    """The default input, or the reason there is none fit to record (operator wording)."""
    device = QMediaDevices.defaultAudioInput()
    if device.isNull():
        return wording.NO_MICROPHONE
    # PulseAudio converts to anything; other backends may only offer the device's own rate.
    preferred = device.preferredFormat()
    for pcm in (WANTED, PcmFormat(preferred.sampleRate(), preferred.channelCount())):
        wanted = qt_format(pcm)
        if pcm.sample_rate > 0 and pcm.channels > 0 and device.isFormatSupported(wanted):
            return Microphone(device, wanted, pcm)
    return wording.NO_FORMAT
