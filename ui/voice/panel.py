"""The voice-note widget's controls and how each state shows them (no audio logic here)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ui.voice import wording
from ui.voice.level_meter import LevelMeter
from ui.voice.state import VoiceState
from ui.widgets.touch import button, card, set_style_property, text

BIG_HEIGHT = 104  # the record/stop button: the one thing a gloved hand must not miss
BIG_WIDTH = 320
ACTION_HEIGHT = 80
# Which buttons each state shows; the others are hidden and disabled.
SHOWN = {
    # No microphone: no greyed Record button, only the message saying why and what to do
    # instead. The button took the room the message needs (Spanish, large text, 1280×800).
    VoiceState.UNAVAILABLE: set(),
    VoiceState.IDLE: {"record"},
    VoiceState.RECORDING: {"record"},
    VoiceState.STOPPING: {"record"},
    VoiceState.RECORDED: {"play", "discard", "save"},
    VoiceState.SAVING: {"play", "discard", "save"},
    VoiceState.SAVED: {"again"},
}
ENABLED = {
    VoiceState.IDLE: {"record"},
    VoiceState.RECORDING: {"record"},
    VoiceState.RECORDED: {"play", "discard", "save"},
    VoiceState.SAVED: {"again"},
}


class VoicePanel:
    """Builds the controls into `host`: title and time, the big button and the meter, a message,
    and the actions of a recorded note."""

    def __init__(self, host: QWidget) -> None:
        outer = QVBoxLayout(host)
        outer.setContentsMargins(0, 0, 0, 0)
        frame = card(name="voice-note")
        outer.addWidget(frame)
        column = QVBoxLayout(frame)
        column.setContentsMargins(28, 22, 28, 24)
        column.setSpacing(18)

        top = QHBoxLayout()
        top.addWidget(text(wording.TITLE, "card-title", wrap=False))
        top.addStretch(1)
        self.time = text("0:00", "fact", wrap=False, name="voice-time")
        top.addWidget(self.time)
        column.addLayout(top)

        middle = QHBoxLayout()
        middle.setSpacing(24)
        self.record = self._big(wording.RECORD, "voice-record", primary=True)
        self.play = self._big(wording.PLAY, "voice-play", primary=False)
        self.again = self._big(wording.AGAIN, "voice-again", primary=False)
        for big in (self.record, self.play, self.again):
            middle.addWidget(big)
        self.meter = LevelMeter()
        middle.addWidget(self.meter, 1)
        middle.addStretch(0)  # takes the meter's room when the meter is hidden
        column.addLayout(middle)

        self.message = text("", "status", name="voice-message")
        column.addWidget(self.message)

        actions = QHBoxLayout()
        actions.setSpacing(20)
        self.discard = button(wording.DISCARD, height=ACTION_HEIGHT, name="voice-discard")
        self.discard.setMinimumWidth(200)
        actions.addWidget(self.discard)
        actions.addStretch(1)
        self.save = button(wording.SAVE, primary=True, name="voice-save")
        self.save.setMinimumWidth(320)
        actions.addWidget(self.save)
        column.addLayout(actions)
        self.buttons = {
            "record": self.record,
            "play": self.play,
            "again": self.again,
            "discard": self.discard,
            "save": self.save,
        }

    @staticmethod
    def _big(label: str, name: str, *, primary: bool) -> QPushButton:
        made = button(label, primary=primary, height=BIG_HEIGHT, name=name)
        made.setFixedWidth(BIG_WIDTH)  # the same place and size in every state
        return made

    def show_state(self, state: VoiceState) -> None:
        for key, widget in self.buttons.items():
            widget.setVisible(key in SHOWN[state])
            widget.setEnabled(key in ENABLED.get(state, set()))
        recording = state in {VoiceState.RECORDING, VoiceState.STOPPING}
        self.record.setText(wording.STOP if recording else wording.RECORD)
        set_style_property(self.record, "variant", "fail" if recording else "")
        self.meter.setVisible(state in {VoiceState.IDLE, VoiceState.RECORDING, VoiceState.STOPPING})
        self.time.setVisible(state is not VoiceState.UNAVAILABLE)
        if not recording:
            self.meter.clear()

    def say(self, message: str, role: str = "status") -> None:
        """One message line; `role` picks the theme's status, warning, error or success box."""
        self.message.setText(message)
        set_style_property(self.message, "role", role)

    def show_playing(self, playing: bool) -> None:
        self.play.setText(wording.STOP_PLAYING if playing else wording.PLAY)
