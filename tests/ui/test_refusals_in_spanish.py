"""Refusals driven for real through the kiosk: María reads them in Spanish (a measurement with
too many decimals, a job put on quality hold meanwhile, a signature her role cannot give), and
Emily reads the same refusal in English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.domain.instructions import StepKind
from harmony_kiosk.services.kiosk import Kiosk, open_kiosk
from tests.conftest import OPERATOR, OPERATOR_EN, PACK_STATION, QUALITY
from tests.ui.conftest import Screenshots
from tests.ui.driving import settle, tap, type_on_keypad
from tests.ui.recovery_driving import run_to_measurement
from ui.language import UiLanguage
from ui.main_window import MainWindow
from ui.place import load_place
from ui.preview_jobs import answer_until, start_first_job
from ui.screens.signature import SignatureScreen
from ui.widgets.answers import MeasurementPanel
from ui.worker import Worker


def _enter(qtbot: QtBot, worker: Worker, panel: MeasurementPanel, typed: str) -> None:
    tap(qtbot, panel.keypad.key("clear"))
    type_on_keypad(qtbot, panel.keypad, typed)
    tap(qtbot, panel.keypad.key("ok"))
    settle(qtbot, worker)


def test_maria_reads_a_refused_measurement_and_a_quality_hold_in_spanish(
    both_languages: None,
    qtbot: QtBot,
    window: MainWindow,
    worker: Worker,
    opened_kiosk: Kiosk,
    shots: Screenshots,
) -> None:
    runner = run_to_measurement(qtbot, window, worker, *OPERATOR)
    assert window.language.current == "es"
    panel = runner.current_panel()
    assert isinstance(panel, MeasurementPanel)

    _enter(qtbot, worker, panel, "12.05")  # the torque takes one decimal
    assert panel.error.isVisible()
    assert panel.error.text() == "Escriba como máximo 1 decimal."
    shots.save(window, "refused-decimals-es")

    # Quality holds the job from elsewhere while María is on the step: her answer is refused.
    assert runner.view is not None
    inspector = opened_kiosk.auth.login(*QUALITY)
    opened_kiosk.exceptions.raise_exception(
        inspector, "quality", "high", "Porous casting", job_id=runner.view.job.id, blocking=True
    )
    _enter(qtbot, worker, panel, "12.0")
    assert panel.error.text() == (
        "Este trabajo está retenido por Calidad hasta que Calidad lo libere."
    )
    qtbot.waitUntil(lambda: runner.pages.currentWidget() is runner.hold)
    shots.save(window, "refused-hold-es")


def test_emily_reads_the_same_refusal_in_english(
    both_languages: None, qtbot: QtBot, window: MainWindow, worker: Worker
) -> None:
    runner = run_to_measurement(qtbot, window, worker, *OPERATOR_EN)
    assert window.language.current == "en"
    panel = runner.current_panel()
    assert isinstance(panel, MeasurementPanel)
    _enter(qtbot, worker, panel, "12.05")
    assert panel.error.text() == "Enter at most 1 digit(s) after the decimal point."


@pytest.fixture
def pack_kiosk(demo_dir: Path, clock: ManualClock) -> Iterator[Kiosk]:
    opened = open_kiosk(demo_dir, clock, PACK_STATION)
    yield opened
    opened.close()


def test_maria_reads_in_spanish_that_her_role_cannot_sign(
    spanish: UiLanguage,
    qtbot: QtBot,
    pack_kiosk: Kiosk,
    worker: Worker,
    clock: ManualClock,
    shots: Screenshots,
) -> None:
    session = pack_kiosk.auth.login(*OPERATOR)
    view = answer_until(
        pack_kiosk, session, start_first_job(pack_kiosk, session), StepKind.SIGNATURE
    )
    assert view.current_index is not None
    screen = SignatureScreen(worker, pack_kiosk.jobs, load_place(pack_kiosk), clock)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    screen.begin(session, view, view.version.steps[view.current_index])
    type_on_keypad(qtbot, screen.keypad, OPERATOR[1])
    tap(qtbot, screen.keypad.key("ok"))
    settle(qtbot, worker)
    assert screen.message.isVisible()
    assert screen.message.text() == (
        "María González no tiene el rol de Calidad que pide esta firma."
    )
    shots.save(screen, "refused-role-es")
