"""A voice note on the raise form and on the decision record: the voice-note widget (ui/voice)
takes the keyboard's place, and the note it saves is named by the event."""

from __future__ import annotations

import wave
from pathlib import Path

from pytestqt.qtbot import QtBot

from harmony_kiosk.services.attachments import Attachment
from harmony_kiosk.services.kiosk import Kiosk
from harmony_kiosk.store.journal import read_events
from tests.conftest import OPERATOR_EN, SUPERVISOR
from tests.ui.driving import log_in, settle, tap, wait_for_screen
from tests.ui.exception_driving import (
    detail_screen,
    open_from_queue,
    raise_screen,
    raised_payloads,
    save_exception,
    type_on_keyboard,
)
from ui.exception_actions import Action
from ui.main_window import MainWindow
from ui.voice.widget import VoiceNoteWidget
from ui.widgets.exception_voice import VoiceSlot
from ui.worker import Worker


def _note(kiosk: Kiosk, folder: Path) -> Attachment:
    """A short WAV stored as the widget stores a take (the recording itself is tested in
    tests/ui/voice with a real microphone)."""
    path = folder / "take.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16_000)
        out.writeframes(b"\x10\x00" * 16_000)
    return kiosk.attachments.store(path)


def _saved_through(qtbot: QtBot, slot: VoiceSlot, attachment: Attachment) -> None:
    qtbot.waitUntil(lambda: slot.widget is not None)
    assert isinstance(slot.widget, VoiceNoteWidget)
    slot.widget.saved.emit(attachment)
    assert slot.attachment == attachment


def test_a_voice_note_goes_with_the_raised_exception(
    qtbot: QtBot, window: MainWindow, worker: Worker, opened_kiosk: Kiosk, tmp_path: Path
) -> None:
    log_in(qtbot, window, worker, *OPERATOR_EN)
    assert window.home is not None
    assert window.home.raise_button is not None
    tap(qtbot, window.home.raise_button)
    screen = raise_screen(window)
    tap(qtbot, screen.what.kinds.button("safety"))
    tap(qtbot, screen.what.severities.button("critical"))
    tap(qtbot, screen.describe_button)
    assert screen.voice_button.text() == "Voice note"
    tap(qtbot, screen.voice_button)
    assert screen.describe.showing_voice()
    assert screen.voice_button.text() == "Keyboard"
    note = _note(opened_kiosk, tmp_path)
    _saved_through(qtbot, screen.describe.voice, note)
    settle(qtbot, worker)
    save_exception(qtbot, window, worker)
    wait_for_screen(qtbot, window, window.home)
    settle(qtbot, worker)
    (payload,) = raised_payloads(opened_kiosk)
    assert payload["voice_note"] == note.sha256
    assert opened_kiosk.attachments.path(note.sha256).exists()
    # The next form starts without it.
    tap(qtbot, window.home.raise_button)
    assert screen.describe.voice.attachment is None
    tap(qtbot, screen.cancel_button)
    settle(qtbot, worker)


def test_a_voice_note_goes_with_the_decision_record(
    qtbot: QtBot, window: MainWindow, worker: Worker, opened_kiosk: Kiosk, tmp_path: Path
) -> None:
    opened_kiosk.exceptions.raise_exception(
        opened_kiosk.auth.login(*OPERATOR_EN), "equipment", "high", "Press cycles slowly"
    )
    log_in(qtbot, window, worker, *SUPERVISOR)
    open_from_queue(qtbot, window, worker)
    screen = detail_screen(window)
    tap(qtbot, screen.buttons[Action.RESOLVE])
    type_on_keyboard(qtbot, screen.form.keyboard, "New valve")
    screen.form.keyboard.set_target(screen.form.fields["rationale"])
    type_on_keyboard(qtbot, screen.form.keyboard, "Valve sticks")
    tap(qtbot, screen.voice_button)
    note = _note(opened_kiosk, tmp_path)
    _saved_through(qtbot, screen.form.voice, note)
    settle(qtbot, worker)
    tap(qtbot, screen.save_button)
    settle(qtbot, worker)
    assert screen.overview.status.text() == "Resolved"
    with opened_kiosk.database.read() as connection:
        (resolved,) = [e for e in read_events(connection) if e.type == "exception.resolved"]
    assert resolved.payload["voice_note"] == note.sha256
