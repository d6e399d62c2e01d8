"""Whether this kiosk has a camera, asked once of Qt Multimedia (loaded only when asked).

Qt names what it looked for while it starts (PipeWire first, then PulseAudio); those expected
lines go to our log at info level instead of Qt's warning channel.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import cache
from typing import Any

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

log = logging.getLogger(__name__)
Handler = Callable[[QtMsgType, QMessageLogContext, str], Any]
_EXPECTED = ("Couldn't load pipewire", "Couldn't resolve pipewire", "PulseAudioService:")


@cache
def has_camera() -> bool:
    """True when Qt lists at least one video input. Any failure to load counts as none."""
    previous: Handler | None = None

    def handle(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if message.startswith(_EXPECTED):
            log.info("Qt Multimedia: %s", message)
        elif previous is not None:
            previous(kind, context, message)
        else:
            log.warning("Qt (%s): %s", context.category, message)

    previous = qInstallMessageHandler(handle)
    try:
        from PySide6.QtMultimedia import QMediaDevices  # noqa: PLC0415 (off the start-up path)

        found = len(QMediaDevices.videoInputs())
    except (ImportError, OSError) as error:
        log.warning("no camera check: Qt Multimedia could not be loaded: %s", error)
        return False
    finally:
        qInstallMessageHandler(previous)
    log.info("cameras found: %d", found)
    return found > 0
