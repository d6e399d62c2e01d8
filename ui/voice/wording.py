"""What the voice-note widget says to the person at the screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.marked import QT_TRANSLATE_NOOP

# The sentences by name, in English (the source text); `wording.IDLE` and the others are looked up
# in the language shown now by the module's __getattr__ below, so a Spanish operator reads Spanish.
_SAID = {
    "TITLE": QT_TRANSLATE_NOOP("VoiceWording", "Voice note"),
    "RECORD": QT_TRANSLATE_NOOP("VoiceWording", "●  Record"),
    "STOP": QT_TRANSLATE_NOOP("VoiceWording", "■  Stop"),
    "PLAY": QT_TRANSLATE_NOOP("VoiceWording", "▶  Play"),
    "STOP_PLAYING": QT_TRANSLATE_NOOP("VoiceWording", "■  Stop playing"),
    "DISCARD": QT_TRANSLATE_NOOP("VoiceWording", "Discard"),
    "SAVE": QT_TRANSLATE_NOOP("VoiceWording", "Attach voice note"),
    "AGAIN": QT_TRANSLATE_NOOP("VoiceWording", "Record a new note"),
    "UNAVAILABLE": QT_TRANSLATE_NOOP(
        "VoiceWording", "Voice notes are not available on this kiosk: {reason}."
    ),
    "UNAVAILABLE_HINT": QT_TRANSLATE_NOOP(
        "VoiceWording", "Everything else works as usual. Type the note instead."
    ),
    "NO_MICROPHONE": QT_TRANSLATE_NOOP("VoiceWording", "no microphone found"),
    "NO_FORMAT": QT_TRANSLATE_NOOP("VoiceWording", "the microphone offers no usable sound format"),
    "NO_AUDIO_SYSTEM": QT_TRANSLATE_NOOP("VoiceWording", "the audio system did not start"),
    "IDLE": QT_TRANSLATE_NOOP("VoiceWording", "Tap Record and speak. Up to {limit}."),
    "RECORDING": QT_TRANSLATE_NOOP("VoiceWording", "Recording… tap Stop when you are done."),
    "MUTED": QT_TRANSLATE_NOOP(
        "VoiceWording", "The microphone seems muted: nothing is heard. Recording goes on."
    ),
    "AT_LIMIT": QT_TRANSLATE_NOOP(
        "VoiceWording", "Stopped at the {limit} limit. Play it, then attach or discard it."
    ),
    "RECORDED": QT_TRANSLATE_NOOP("VoiceWording", "Play it to check, then attach or discard it."),
    "RECOVERED": QT_TRANSLATE_NOOP(
        "VoiceWording",
        "A voice note recorded earlier was not attached ({length}). "
        "Play it, then attach or discard it.",
    ),
    "MIC_LOST": QT_TRANSLATE_NOOP(
        "VoiceWording", "The microphone stopped. What was recorded is kept."
    ),
    "DISK_FAILED": QT_TRANSLATE_NOOP(
        "VoiceWording", "The recording could not be written to the kiosk's disk."
    ),
    "NOTHING_HEARD": QT_TRANSLATE_NOOP(
        "VoiceWording", "Nothing was recorded. Check the microphone and try again."
    ),
    "SAVING": QT_TRANSLATE_NOOP("VoiceWording", "Attaching the voice note…"),
    # "Attached", not "Saved": DESIGN.md keeps "Saved" for the event's commit (the screen's).
    "SAVED": QT_TRANSLATE_NOOP("VoiceWording", "Voice note attached ({length})."),
}


def __getattr__(name: str) -> str:
    """`wording.SAVED` and the rest, in the language the kiosk shows now."""
    if name not in _SAID:
        raise AttributeError(name)
    return QCoreApplication.translate("VoiceWording", _SAID[name])


def clock_text(seconds: float) -> str:
    """0:07, 1:59, 2:00: minutes and whole seconds."""
    whole = int(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def limit_text(seconds: float) -> str:
    """'2 minutes', '90 seconds': how a limit reads in a sentence."""
    if seconds >= 60 and seconds % 60 == 0:
        minutes = int(seconds // 60)
        return QCoreApplication.translate("VoiceWording", "%n minute(s)", "", minutes)
    whole = int(seconds)
    return QCoreApplication.translate("VoiceWording", "%n second(s)", "", whole)
