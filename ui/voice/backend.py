"""Qt Multimedia, loaded on first use and guarded: a missing audio backend never breaks the kiosk.

Nothing outside this module imports Qt Multimedia at module level, so `import ui` works on a
machine without libpulse or without the PySide6-Addons wheel; voice notes then say why not.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMessageLogContext, QObject, QtMsgType, qInstallMessageHandler

from ui.voice import wording

if TYPE_CHECKING:
    from ui.voice.kit import Kit

log = logging.getLogger(__name__)
# What Qt says while it looks for an audio system, that we report ourselves in plain words:
# Qt 6.10+ tries PipeWire first and falls back to PulseAudio, and says so; no PulseAudio server
# shows up as "no microphone found". (category, start of the message)
EXPECTED_QT_NOISE = (
    ("qt.multimedia.symbolsresolver", "Couldn't load pipewire"),
    ("qt.multimedia.symbolsresolver", "Couldn't resolve pipewire"),
    ("default", "PulseAudioService: pa_context_connect() failed"),
)
_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
}
Handler = Callable[[QtMsgType, QMessageLogContext, str], Any]


def load(parent: QObject) -> Kit | str:
    """Qt Multimedia's side of voice notes, or why it could not start (operator wording).
    The first call also meets the sound server and the default microphone: that is when Qt
    reports what it looked for, which is logged here rather than shown."""
    with _expected_noise_to_log():
        try:
            from ui.voice import kit  # noqa: PLC0415 (the one guarded import of Qt Multimedia)
        except (ImportError, OSError) as error:  # no libpulse, no PySide6-Addons
            log.warning("voice notes off: Qt Multimedia could not be loaded: %s", error)
            return wording.NO_AUDIO_SYSTEM
        made = kit.Kit(parent)
        found = made.microphone()
    if isinstance(found, str):
        log.warning("voice notes off for now: %s", found)
    return made


@contextmanager
def _expected_noise_to_log() -> Iterator[None]:
    """Route Qt's expected start-up messages to our log at info level; pass the rest on."""
    previous: Handler | None = None

    def handle(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        category = context.category or "default"
        if any(category == c and message.startswith(m) for c, m in EXPECTED_QT_NOISE):
            log.info("Qt Multimedia: %s", message)
        elif previous is not None:
            previous(kind, context, message)
        else:
            log.log(_LEVELS.get(kind, logging.ERROR), "Qt (%s): %s", category, message)

    previous = qInstallMessageHandler(handle)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
