"""A full shift handoff on the kiosk: written by the outgoing lead from the kiosk's summary,
refused plainly when the service refuses, accepted by the incoming lead with badge and PIN,
shown on home while it waits, and exported as an A4 PDF."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.services.kiosk import Kiosk
from tests.conftest import OPERATOR_EN, QUALITY, SUPERVISOR, TEAM_LEAD
from tests.services.job_runner import run_whole_job
from tests.ui.conftest import Screenshots
from tests.ui.driving import log_in, settle, tap, type_on_keypad, wait_for_screen
from tests.ui.lead_driving import type_on_keyboard
from ui.main_window import MainWindow
from ui.preview_seed import seed_stops
from ui.screens.handoff import HandoffScreen
from ui.widgets.handoff_summary_view import summary_sections
from ui.worker import Worker


def a_shift_of_work(kiosk: Kiosk, clock: ManualClock) -> None:
    operator = kiosk.auth.login(*OPERATOR_EN)
    run_whole_job(kiosk, operator, out_of_limit={"torque-2": "12.8"}, good=3, scrap=1)
    seed_stops(kiosk, clock, operator=operator)
    fixed = kiosk.exceptions.raise_exception(operator, "equipment", "high", "Nutrunner reads low")
    kiosk.decisions.resolve(kiosk.auth.login(*SUPERVISOR), fixed.id, "Recalibrate", "Drift 4 %")
    kiosk.exceptions.raise_exception(operator, "material", "medium", "Gasket lot looks thin")


def _accept_with(qtbot: QtBot, screen: HandoffScreen, worker: Worker, badge: str, pin: str) -> None:
    form = screen.accept_form
    qtbot.mouseClick(form.badge_field, Qt.MouseButton.LeftButton)  # the badge again
    tap(qtbot, form.keypad.key("clear"))
    type_on_keypad(qtbot, form.keypad, badge)
    tap(qtbot, form.keypad.key("ok"))
    type_on_keypad(qtbot, form.keypad, pin)
    tap(qtbot, form.keypad.key("ok"))
    settle(qtbot, worker)


def test_a_shift_handed_over_by_one_lead_and_accepted_by_another(
    qtbot: QtBot,
    window: MainWindow,
    worker: Worker,
    clock: ManualClock,
    opened_kiosk: Kiosk,
    shots: Screenshots,
    tmp_path: Path,
) -> None:
    a_shift_of_work(opened_kiosk, clock)
    log_in(qtbot, window, worker, *TEAM_LEAD)
    assert window.lead_pages is not None
    bar, screen = window.lead_pages.bar, window.lead_pages.handoff
    assert bar.handoff_button.text() == "Shift handoff"
    tap(qtbot, bar.handoff_button)
    wait_for_screen(qtbot, window, screen)
    settle(qtbot, worker)

    # The summary the kiosk assembled for shift A.
    assert screen.header.subtitle.text().endswith("· Shift A · Wed 25 Nov · 06:00 – 14:00")
    shown = [label.text() for label in screen.summary.lines]
    assert "WO-26-1187 · GBX-200 gearbox, 2-speed · 3 good, 1 scrap · completed" in shown
    assert "Mechanical › Conveyor › Jam / blockage  ·  12 min" in shown
    assert "Not coded yet  ·  30 min" in shown
    assert "✓ Resolved · equipment, high: Nutrunner reads low  →  Recalibrate" in shown
    assert "● Open · material, medium: Gasket lot looks thin" in shown
    assert "1 nonconforming step result." in shown
    assert any(
        line.endswith("not yet sent to the server (the oldest from 08:00).") for line in shown
    )

    # Notes on the on-screen keyboard, and a voice note from the voice-note widget.
    qtbot.mouseClick(screen.notes.viewport(), Qt.MouseButton.LeftButton)
    assert screen.dock.isVisible() and not screen.summary.isVisible()
    type_on_keyboard(qtbot, screen.dock.keyboard, "watch tw-07")
    shots.save(window, "handoff-typing")
    tap(qtbot, screen.done_typing)
    assert screen.summary.isVisible()
    recording = tmp_path / "handoff.m4a"
    recording.write_bytes(b"\x00\x00\x00\x18ftypM4A " * 40)
    voice = opened_kiosk.attachments.store(recording)
    assert screen.voice is not None
    screen.voice.saved.emit(voice)
    assert screen.voice_count.text() == "🎤 1 voice note kept for the handoff"
    shots.save(window, "handoff-write")
    tap(qtbot, screen.hand_over)
    settle(qtbot, worker)

    (pending,) = opened_kiosk.handoffs.pending()
    assert (pending.notes, pending.voice_notes) == ("watch tw-07", (voice.sha256,))
    assert screen.accept_form.isVisible()
    handed = [label.text() for label in screen.handed_summary.lines]
    assert handed[:2] == ["“watch tw-07”", "🎤 1 voice note"]
    (play,) = screen.handed_voice.rows  # the note itself, to listen to before accepting
    assert play.isVisible() and isinstance(play, QPushButton)

    # Home shows the handoff waiting for the incoming lead.
    tap(qtbot, screen.home_button)
    wait_for_screen(qtbot, window, window.home)
    settle(qtbot, worker)
    assert bar.handoff_button.text() == "Accept handoff A"
    assert bar.handoff_button.property("attention") is True
    tap(qtbot, bar.handoff_button)
    wait_for_screen(qtbot, window, screen)
    settle(qtbot, worker)
    assert screen.accept_form.isVisible()

    # What the service refuses, said plainly on the form.
    _accept_with(qtbot, screen, worker, *TEAM_LEAD)
    assert "not the one who wrote it" in screen.accept_form.message.text()
    _accept_with(qtbot, screen, worker, *QUALITY)
    assert "not a team lead" in screen.accept_form.message.text()
    _accept_with(qtbot, screen, worker, SUPERVISOR[0], "000000")
    assert screen.accept_form.message.property("role") == "error"
    assert opened_kiosk.handoffs.pending() == [pending]
    shots.save(window, "handoff-refused")

    _accept_with(qtbot, screen, worker, *SUPERVISOR)
    assert opened_kiosk.handoffs.pending() == []
    assert opened_kiosk.handoffs.view(pending.id).accepted_by == SUPERVISOR[0]
    assert not screen.accept_form.isVisible()
    assert screen.accepted.text().startswith("✓  Accepted by Kevin Walsh (40007).")
    shots.save(window, "handoff-accepted")

    tap(qtbot, screen.export_button)
    settle(qtbot, worker)
    pdf = screen.exported
    assert pdf is not None
    assert pdf.parent == opened_kiosk.data_dir / "exports"
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 1000
    assert str(pdf) in screen.banner.text()
    if shutil.which("pdftotext"):
        words = subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Shift handoff · LINE1 · shift A" in words
        assert "WO-26-1187" in words and "watch tw-07" in words
        assert "Accepted by Kevin Walsh (40007)" in " ".join(words.split())


def test_an_operator_has_no_handoff_button(
    qtbot: QtBot, window: MainWindow, worker: Worker
) -> None:
    log_in(qtbot, window, worker, *OPERATOR_EN)
    assert window.lead_pages is not None
    assert not window.lead_pages.bar.handoff_button.isVisible()


def test_the_sections_say_when_there_is_nothing(kiosk: Kiosk) -> None:
    shift = kiosk.handoffs.current_shift()
    assert shift is not None
    sections = dict(summary_sections(kiosk.handoffs.summary(shift)))
    assert sections["Jobs and counts"] == ["No jobs ran at this station."]
    assert sections["Downtime · 0 min"] == ["No downtime."]
    assert sections["Exceptions"] == ["No exceptions."]
