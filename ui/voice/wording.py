"""What the voice-note widget says to the person at the screen."""

from __future__ import annotations

TITLE = "Voice note"
RECORD = "●  Record"
STOP = "■  Stop"
PLAY = "▶  Play"
STOP_PLAYING = "■  Stop playing"
DISCARD = "Discard"
SAVE = "Attach voice note"
AGAIN = "Record a new note"

UNAVAILABLE = "Voice notes are not available on this kiosk: {reason}."
UNAVAILABLE_HINT = "Everything else works as usual. Type the note instead."
NO_MICROPHONE = "no microphone found"
NO_FORMAT = "the microphone offers no usable sound format"
NO_AUDIO_SYSTEM = "the audio system did not start"

IDLE = "Tap Record and speak. Up to {limit}."
RECORDING = "Recording… tap Stop when you are done."
MUTED = "The microphone seems muted: nothing is heard. Recording goes on."
AT_LIMIT = "Stopped at the {limit} limit. Play it, then attach or discard it."
RECORDED = "Play it to check, then attach or discard it."
RECOVERED = (
    "A voice note recorded earlier was not attached ({length}). Play it, then attach or discard it."
)
MIC_LOST = "The microphone stopped. What was recorded is kept."
DISK_FAILED = "The recording could not be written to the kiosk's disk."
NOTHING_HEARD = "Nothing was recorded. Check the microphone and try again."
SAVING = "Attaching the voice note…"
# "Attached", not "Saved": DESIGN.md keeps "Saved" for the event's commit, which the screen makes.
SAVED = "Voice note attached ({length})."


def clock_text(seconds: float) -> str:
    """0:07, 1:59, 2:00: minutes and whole seconds."""
    whole = int(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def limit_text(seconds: float) -> str:
    """'2 minutes', '90 seconds': how a limit reads in a sentence."""
    if seconds >= 60 and seconds % 60 == 0:
        minutes = int(seconds // 60)
        return f"{minutes} minute{'s' if minutes != 1 else ''}"
    return f"{int(seconds)} seconds"
