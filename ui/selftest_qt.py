"""`harmony-kiosk selftest-qt` (hidden): the Qt parts the packaging trims still do the kiosk's work.

The frozen bundle leaves Qt plugins, most of ICU's locale data and the system's own libraries
(PulseAudio's client among them) out (packaging/harmony-kiosk.spec), so its smoke test
(tests/packaging/test_bundle.py) asks the built program, not the source, for what those would break:
voice notes (Qt Multimedia meets the sound server and finds the default microphone; a short tone
goes through the kiosk's own AAC encoder and Qt's FFmpeg plugin, and decodes back) and Spanish
text (collation and time zone names from ICU). One line a check, on standard output.
"""

from __future__ import annotations

import argparse
import math
import struct
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

TONE_S = 2.0
TONE_HZ = 440
TIMEOUT_MS = 30_000
# Spanish sorts ñ after n, where English (and ICU's root) sorts it with n.
SPANISH_WORDS = ("oso", "ñu", "nube", "zeta", "árbol")


def add_command(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `selftest-qt` without help text, so `--help` does not list it."""
    parser = subcommands.add_parser("selftest-qt")
    parser.set_defaults(handler=selftest_qt_command)


def selftest_qt_command(_args: argparse.Namespace) -> int:
    # Imported here: the GUI's start-up does not pay for what only this command uses.
    from PySide6.QtGui import QGuiApplication  # noqa: PLC0415

    from ui.voice import backend  # noqa: PLC0415

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    say_text_checks()
    kit = backend.load(app)
    if isinstance(kit, str):
        say(f"voice notes: off ({kit})")
        return 1
    found = kit.microphone()
    named = found if isinstance(found, str) else bytes(found.device.id().data()).decode()
    say(f"microphone: {named}")
    with tempfile.TemporaryDirectory(prefix="harmony-selftest-qt-") as scratch:
        target = Path(scratch) / "tone.m4a"
        problem = encode_tone(target)
        if problem is not None:
            say(f"aac: failed ({problem})")
            return 1
        seconds = decoded_seconds(target)
        say(f"aac: {target.stat().st_size} bytes, {seconds:.1f} s decoded")
    return 0


def say(line: str) -> None:
    """A line for the smoke test's log (this is a command: it reports on standard output)."""
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def say_text_checks() -> None:
    from PySide6.QtCore import QCollator, QDateTime, QLocale, QTimeZone  # noqa: PLC0415

    spanish = QLocale("es_ES")
    collator = QCollator(spanish)
    say(f"collation es: {' < '.join(sorted(SPANISH_WORDS, key=collator.sortKey))}")
    zone = QTimeZone(b"Europe/Madrid")
    winter = QDateTime(2026, 1, 15, 12, 0, 0, 0, zone)
    say(f"time zone es: {zone.displayName(winter, QTimeZone.NameType.LongName, spanish)}")


def tone_pcm() -> bytes:
    """TONE_S seconds of a sine at half scale, 16 kHz mono 16-bit: what a take hands the encoder."""
    rate = 16_000
    count = int(TONE_S * rate)
    samples = (int(16_000 * math.sin(2 * math.pi * TONE_HZ * i / rate)) for i in range(count))
    return struct.pack(f"<{count}h", *samples)


def wait_for(started: Callable[[Callable[[str | None], None]], None]) -> str | None:
    """Runs Qt's event loop until `started`'s callback reports (None: done, text: failed)."""
    from PySide6.QtCore import QEventLoop, QTimer  # noqa: PLC0415

    loop = QEventLoop()
    outcome: list[str | None] = []

    def report(problem: str | None) -> None:
        if not outcome:
            outcome.append(problem)
        loop.quit()

    QTimer.singleShot(TIMEOUT_MS, lambda: report("no answer in time"))
    started(report)
    if not outcome:
        loop.exec()
    return outcome[0]


def encode_tone(target: Path) -> str | None:
    from ui.voice.encoder import AacEncoder  # noqa: PLC0415
    from ui.voice.wav_file import PcmFormat  # noqa: PLC0415

    encoder = AacEncoder()

    def start(report: Callable[[str | None], None]) -> None:
        encoder.done.connect(lambda _path: report(None))
        encoder.failed.connect(report)
        encoder.encode(tone_pcm(), PcmFormat(16_000, 1), target)

    return wait_for(start)


def decoded_seconds(path: Path) -> float:
    """How long `path` plays, decoded sample by sample with Qt's own decoder (16 kHz mono)."""
    from PySide6.QtCore import QUrl  # noqa: PLC0415
    from PySide6.QtMultimedia import QAudioDecoder, QAudioFormat  # noqa: PLC0415

    decoder = QAudioDecoder()
    wanted = QAudioFormat()
    wanted.setSampleRate(16_000)
    wanted.setChannelCount(1)
    wanted.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    decoder.setAudioFormat(wanted)
    decoder.setSource(QUrl.fromLocalFile(str(path)))
    pcm = bytearray()

    def start(report: Callable[[str | None], None]) -> None:
        decoder.bufferReady.connect(lambda: pcm.extend(bytes(decoder.read().constData())))
        decoder.error.connect(lambda _code: report(decoder.errorString()))
        decoder.finished.connect(lambda: report(None))
        decoder.start()

    problem = wait_for(start)
    if problem is not None:
        say(f"decoding: failed ({problem})")
    return len(pcm) / (2 * 16_000)
