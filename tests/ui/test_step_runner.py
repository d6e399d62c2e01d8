"""The step runner alone, on real services: keypad entry, pass/fail, scan, skip, back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.domain.instructions import StepKind
from harmony_kiosk.services.auth import OperatorSession
from harmony_kiosk.services.kiosk import Kiosk, open_kiosk
from harmony_kiosk.store.journal import read_events
from tests.conftest import OPERATOR, PACK_STATION
from tests.ui.conftest import Screenshots
from tests.ui.driving import settle, tap, type_on_keypad
from ui.place import load_place
from ui.preview_jobs import DEMO_CODES, answer_until, start_first_job
from ui.screens.step_runner import StepRunnerScreen
from ui.widgets.answers import MeasurementPanel, PassFailPanel, ScanPanel, SignaturePanel
from ui.widgets.keypad import Keypad
from ui.worker import Worker


def _runner(qtbot: QtBot, kiosk: Kiosk, worker: Worker, clock: ManualClock) -> StepRunnerScreen:
    screen = StepRunnerScreen(worker, kiosk.jobs, load_place(kiosk), clock)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    return screen


@pytest.fixture
def pack_kiosk(demo_dir: Path, clock: ManualClock) -> Iterator[Kiosk]:
    opened = open_kiosk(demo_dir, clock, PACK_STATION)
    yield opened
    opened.close()


def _last_event_types(kiosk: Kiosk, count: int) -> list[str]:
    with kiosk.database.read() as connection:
        return [event.type for event in read_events(connection)][-count:]


def test_a_measurement_is_typed_on_the_keypad_and_saved(
    qtbot: QtBot,
    kiosk: Kiosk,
    operator_session: OperatorSession,
    worker: Worker,
    clock: ManualClock,
    shots: Screenshots,
) -> None:
    view = answer_until(
        kiosk, operator_session, start_first_job(kiosk, operator_session), StepKind.MEASUREMENT
    )
    runner = _runner(qtbot, kiosk, worker, clock)
    runner.open(operator_session, view)
    settle(qtbot, worker)
    panel = runner.current_panel()
    assert isinstance(panel, MeasurementPanel)
    assert runner.content.limits.text() == "11.5 – 12.5 N·m"
    assert runner.content.nominal.text() == "12.0 N·m"
    type_on_keypad(qtbot, panel.keypad, "9")
    tap(qtbot, panel.keypad.key("back"))
    type_on_keypad(qtbot, panel.keypad, "12.06")
    assert panel.value.text() == "12.06"
    shots.save(runner, "typed")
    tap(qtbot, panel.keypad.key("ok"))
    settle(qtbot, worker)
    # Too many decimals: the service refuses and says why, the step stays.
    assert panel.error.isVisible()
    assert panel.error.text() == "Enter at most 1 digit(s) after the decimal point."
    measured_index = runner.index
    tap(qtbot, panel.keypad.key("clear"))
    type_on_keypad(qtbot, panel.keypad, "12.1")
    tap(qtbot, panel.keypad.key("ok"))
    settle(qtbot, worker)
    assert runner.index == measured_index + 1
    assert runner.saved.isVisible()
    assert runner.view is not None
    record = runner.view.job.records["torque-1"]
    assert record.value == "12.1"
    assert record.conforming is True
    assert _last_event_types(kiosk, 1) == ["step.measured"]


def test_the_keypad_types_decimals_and_flips_the_sign(qtbot: QtBot) -> None:
    keypad = Keypad(decimal=True)
    target = QLineEdit()
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.addWidget(target)
    column.addWidget(keypad)
    qtbot.addWidget(holder)
    holder.show()
    keypad.set_target(target)
    type_on_keypad(qtbot, keypad, ".5-")
    assert target.text() == "-0.5"
    type_on_keypad(qtbot, keypad, "-.")
    assert target.text() == "0.5"  # one point only
    with qtbot.waitSignal(keypad.submitted):
        tap(qtbot, keypad.key("ok"))


def test_fail_shows_the_notice_and_check_again_returns_to_the_step(
    qtbot: QtBot,
    kiosk: Kiosk,
    operator_session: OperatorSession,
    worker: Worker,
    clock: ManualClock,
    shots: Screenshots,
) -> None:
    view = answer_until(
        kiosk, operator_session, start_first_job(kiosk, operator_session), StepKind.PASSFAIL
    )
    runner = _runner(qtbot, kiosk, worker, clock)
    runner.open(operator_session, view)
    panel = runner.current_panel()
    assert isinstance(panel, PassFailPanel)
    index = runner.index
    tap(qtbot, panel.fail_button)
    settle(qtbot, worker)
    assert runner.pages.currentWidget() is runner.notice
    assert runner.notice.heading.text() == "⚠  Check failed"
    assert runner.notice.message.text() == (
        "“Gasket seated, not pinched?” failed. Recorded as nonconforming."
    )
    assert not runner.action_bar.isVisible()  # one decision: check again, or continue
    shots.save(runner, "failed-check")
    tap(qtbot, runner.notice.retry_button)
    assert runner.index == index
    assert panel.recorded.text() == "⚠ Recorded FAIL · nonconforming"
    tap(qtbot, panel.pass_button)
    settle(qtbot, worker)
    assert runner.index == index + 1
    assert _last_event_types(kiosk, 2) == ["step.checked", "step.checked"]


def test_a_scan_with_a_bad_code_says_so_and_a_good_one_moves_on(
    qtbot: QtBot, pack_kiosk: Kiosk, worker: Worker, clock: ManualClock, shots: Screenshots
) -> None:
    session = pack_kiosk.auth.login(*OPERATOR)
    view = answer_until(pack_kiosk, session, start_first_job(pack_kiosk, session), StepKind.SCAN)
    runner = _runner(qtbot, pack_kiosk, worker, clock)
    runner.open(session, view)
    panel = runner.current_panel()
    assert isinstance(panel, ScanPanel)
    index = runner.index
    qtbot.keyClicks(panel.code, "GBX250-12")
    qtbot.keyClick(panel.code, "\r")
    settle(qtbot, worker)
    assert runner.index == index
    assert panel.error.isVisible()
    assert panel.error.text() == "“GBX250-12” is not a valid code for this step. Scan again."
    shots.save(runner, "bad-scan")
    panel.code.clear()
    qtbot.keyClicks(panel.code, DEMO_CODES["serial"])
    qtbot.keyClick(panel.code, "\r")
    settle(qtbot, worker)
    assert runner.index == index + 1
    assert runner.view is not None
    assert runner.view.job.records["serial"].value == DEMO_CODES["serial"]


def test_an_optional_step_can_be_skipped(
    qtbot: QtBot, pack_kiosk: Kiosk, worker: Worker, clock: ManualClock
) -> None:
    session = pack_kiosk.auth.login(*OPERATOR)
    job = start_first_job(pack_kiosk, session)
    view = answer_until(pack_kiosk, session, job, None, step_id="photo-note")
    runner = _runner(qtbot, pack_kiosk, worker, clock)
    runner.open(session, view)
    assert runner.current_step().id == "photo-note"
    assert runner.content.optional.isVisible()
    tap(qtbot, runner.skip_button)
    settle(qtbot, worker)
    assert runner.current_step().id == "qa-approve"
    assert not runner.skip_button.isVisible()  # the signature is required
    assert _last_event_types(pack_kiosk, 1) == ["step.skipped"]
    tap(qtbot, runner.back_button)
    assert runner.current_panel().recorded.text() == "Skipped"


def test_back_shows_the_previous_answer_and_next_returns(
    qtbot: QtBot,
    kiosk: Kiosk,
    operator_session: OperatorSession,
    worker: Worker,
    clock: ManualClock,
) -> None:
    job = start_first_job(kiosk, operator_session)
    view = answer_until(kiosk, operator_session, job, None, step_id="torque-2")
    runner = _runner(qtbot, kiosk, worker, clock)
    runner.open(operator_session, view)
    assert runner.current_step().id == "torque-2"
    assert not runner.next_button.isEnabled()  # not answered yet
    tap(qtbot, runner.back_button)
    assert runner.current_step().id == "torque-1"
    panel = runner.current_panel()
    assert panel.recorded.isVisible()
    assert panel.recorded.text() == "✓ Recorded 12.0 N·m · within limits"
    tap(qtbot, runner.next_button)
    assert runner.current_step().id == "torque-2"


def test_an_answer_sealed_by_a_signature_cannot_be_changed(
    qtbot: QtBot,
    kiosk: Kiosk,
    operator_session: OperatorSession,
    worker: Worker,
    clock: ManualClock,
) -> None:
    job = start_first_job(kiosk, operator_session)
    view = answer_until(kiosk, operator_session, job, None, OPERATOR[1])  # every step, signed
    runner = _runner(qtbot, kiosk, worker, clock)
    runner.open(operator_session, view, view.version.index_of("gasket-check"))
    panel = runner.current_panel()
    assert isinstance(panel, PassFailPanel)
    tap(qtbot, panel.fail_button)
    settle(qtbot, worker)
    assert panel.error.text() == "This step is signed off and can no longer be changed."
    assert runner.current_step().id == "gasket-check"


def test_sign_asks_the_window_for_the_signature_screen(
    qtbot: QtBot,
    kiosk: Kiosk,
    operator_session: OperatorSession,
    worker: Worker,
    clock: ManualClock,
) -> None:
    job = start_first_job(kiosk, operator_session)
    view = answer_until(kiosk, operator_session, job, StepKind.SIGNATURE)
    runner = _runner(qtbot, kiosk, worker, clock)
    runner.open(operator_session, view)
    panel = runner.current_panel()
    assert isinstance(panel, SignaturePanel)
    assert panel.meaning.text() == "PERFORMED"
    with qtbot.waitSignal(runner.sign_requested) as asked:
        tap(qtbot, panel.sign_button)
    assert asked.args is not None
    assert asked.args[1].id == "operator-sign"


def test_pause_saves_and_says_so(
    qtbot: QtBot,
    kiosk: Kiosk,
    operator_session: OperatorSession,
    worker: Worker,
    clock: ManualClock,
) -> None:
    runner = _runner(qtbot, kiosk, worker, clock)
    runner.open(operator_session, start_first_job(kiosk, operator_session))
    with qtbot.waitSignal(runner.paused):
        tap(qtbot, runner.pause_button)
    assert _last_event_types(kiosk, 1) == ["job.paused"]
