"""The states a voice note goes through, as the widget shows them."""

from __future__ import annotations

from enum import Enum


class VoiceState(Enum):
    """One at a time; each shows its own buttons (see VoiceNoteWidget)."""

    UNAVAILABLE = "unavailable"  # no microphone, a muted audio system, Qt Multimedia missing
    IDLE = "idle"  # ready to record
    RECORDING = "recording"
    STOPPING = "stopping"  # the take's WAV is being finished
    RECORDED = "recorded"  # play, discard or save
    SAVING = "saving"  # compressing (if not done yet) and storing as an attachment
    SAVED = "saved"
