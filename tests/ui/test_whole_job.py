"""The acceptance test: one operator's whole job through the real UI, then the journal checked."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from harmony_kiosk.domain.catalogue import CATALOGUE, validate_payload
from harmony_kiosk.domain.instructions import MeasurementStep, Step, StepKind
from harmony_kiosk.services.kiosk import verify_journal
from harmony_kiosk.store.journal import read_events
from harmony_kiosk.store.schema import nonconformances
from tests.conftest import OPERATOR
from tests.ui.conftest import Screenshots
from tests.ui.driving import log_in, settle, tap, type_on_keypad, wait_for_screen
from ui.main_window import MainWindow
from ui.screens.step_runner import StepRunnerScreen
from ui.widgets.answers import (
    AcknowledgePanel,
    MeasurementPanel,
    PassFailPanel,
    SignaturePanel,
)
from ui.worker import Worker

OUT_OF_LIMITS_STEP = "torque-3"
OUT_OF_LIMITS_VALUE = "12.8"
_ACKNOWLEDGED_KINDS = CATALOGUE["step.acknowledged"].field("step_kind").choices
_ANSWER_EVENT = {
    StepKind.MEASUREMENT: "step.measured",
    StepKind.PASSFAIL: "step.checked",
    StepKind.SCAN: "step.scanned",
    StepKind.SIGNATURE: "step.signed",
}


def answer_event(step: Step) -> str:
    """The event type one answer to `step` records, as the catalogue names it."""
    name = (
        "step.acknowledged" if step.kind.value in _ACKNOWLEDGED_KINDS else _ANSWER_EVENT[step.kind]
    )
    assert name in CATALOGUE
    return name


def test_an_operator_runs_a_whole_job_through_the_touch_ui(
    qtbot: QtBot, window: MainWindow, worker: Worker, shots: Screenshots
) -> None:
    badge, pin = OPERATOR
    shots.save(window, "01-login")
    log_in(qtbot, window, worker, badge, pin)
    assert window.home is not None
    assert window.home.model.rowCount() == 2
    assert window.home.selected_entry() is not None
    assert window.home.selected_entry().work_order.id == "WO-26-1187"  # type: ignore[union-attr]
    shots.save(window, "02-home")

    tap(qtbot, window.home.start_button)
    runner = window.runner
    assert isinstance(runner, StepRunnerScreen)
    wait_for_screen(qtbot, window, runner)
    settle(qtbot, worker)
    assert runner.view is not None
    version = runner.view.version
    assert version.instruction_id == "WI-GBX-COVER"
    steps = version.steps
    assert any(step.id == OUT_OF_LIMITS_STEP for step in steps)
    photographed: set[str] = set()

    for number, step in enumerate(steps):
        assert runner.index == number, f"expected step {number + 1}, at {runner.index + 1}"
        assert runner.step_count.text() == f"Step {number + 1} of {len(steps)}"
        assert runner.content.title.text()  # the operator's language: María reads Spanish
        if step.kind.value not in photographed:
            photographed.add(step.kind.value)
            shots.save(window, f"03-step-{step.kind.value}")
        _answer(qtbot, window, worker, runner, step, pin, shots)

    completion = window.completion
    assert completion is not None
    wait_for_screen(qtbot, window, completion)
    assert "40 of 40 left" in completion.remaining.text()
    assert "1 nonconformance" in completion.nonconforming.text()
    shots.save(window, "07-completion")
    type_on_keypad(qtbot, completion.keypad, "1")
    tap(qtbot, completion.keypad.key("ok"))  # on to scrap
    type_on_keypad(qtbot, completion.keypad, "0")
    tap(qtbot, completion.complete_button)
    wait_for_screen(qtbot, window, window.home)
    settle(qtbot, worker)
    assert "Job complete: WO-26-1187 · 1 good, 0 scrap" in window.home.banner.text()
    assert window.home.banner.isVisible()
    shots.save(window, "08-home-after-job")

    tap(qtbot, window.home.logout_button)
    wait_for_screen(qtbot, window, window.login)
    settle(qtbot, worker)
    shots.save(window, "09-logged-out")

    _check_journal(window, steps)
    assert len(shots.saved) >= 12


def _answer(
    qtbot: QtBot,
    window: MainWindow,
    worker: Worker,
    runner: StepRunnerScreen,
    step: Step,
    pin: str,
    shots: Screenshots,
) -> None:
    """Answer the step on screen the way an operator would."""
    panel = runner.current_panel()
    if isinstance(panel, AcknowledgePanel):
        tap(qtbot, panel.action)
    elif isinstance(panel, PassFailPanel):
        tap(qtbot, panel.pass_button)
    elif isinstance(panel, MeasurementPanel):
        assert isinstance(step, MeasurementStep)
        assert runner.content.limits.text() == "11.5 – 12.5 N·m" or step.id == "drain-plug"
        value = OUT_OF_LIMITS_VALUE if step.id == OUT_OF_LIMITS_STEP else str(step.nominal)
        type_on_keypad(qtbot, panel.keypad, value)
        assert panel.value.text() == value
        tap(qtbot, panel.keypad.key("ok"))
        settle(qtbot, worker)
        if step.id == OUT_OF_LIMITS_STEP:
            assert runner.pages.currentWidget() is runner.notice
            assert runner.notice.message.text() == (
                "12.8 N·m is above the limits (11.5 – 12.5 N·m). Recorded as nonconforming."
            )
            shots.save(window, "04-nonconformance")
            tap(qtbot, runner.notice.continue_button)
    elif isinstance(panel, SignaturePanel):
        tap(qtbot, panel.sign_button)
        signature = window.signature
        assert signature is not None
        wait_for_screen(qtbot, window, signature)
        assert signature.badge_field.text() == OPERATOR[0]
        assert signature.meaning.text() == "PERFORMED"
        shots.save(window, "05-signature")
        type_on_keypad(qtbot, signature.keypad, pin)
        assert signature.pin_field.text() == pin
        assert signature.pin_field.displayText() != pin  # masked
        tap(qtbot, signature.keypad.key("ok"))
        settle(qtbot, worker)
        return
    else:
        raise AssertionError(f"no way to answer {step.kind} here")
    settle(qtbot, worker)
    assert runner.saved.isVisible() or step.id == OUT_OF_LIMITS_STEP
    if step.id == "gasket":  # one picture of "Saved" (and of the step with a picture after it)
        shots.save(window, "06-saved")


def _check_journal(window: MainWindow, steps: tuple[Step, ...]) -> None:
    kiosk = window.kiosk
    assert kiosk is not None
    with kiosk.database.read() as connection:
        events = list(read_events(connection))
        nonconforming = connection.execute(select(func.count()).select_from(nonconformances))
        nonconformance_rows = nonconforming.scalar_one()
    expected = [
        "session.logged_in",
        "job.started",
        *(answer_event(step) for step in steps),
        "job.completed",
        "session.logged_out",
    ]
    assert [event.type for event in events] == expected
    for event in events:
        event_type = validate_payload(event.type, event.payload)
        assert event.schema_version == event_type.version
        assert event.actor == OPERATOR[0]
    answers = events[2 : 2 + len(steps)]
    for step, event in zip(steps, answers, strict=True):
        assert event.payload["step_id"] == step.id
        if event.type == "step.acknowledged":
            assert event.payload["step_kind"] == step.kind.value
        if event.type == "step.measured":
            assert event.payload["conforming"] is (step.id != OUT_OF_LIMITS_STEP)
    assert events[-2].payload["good"] == 1
    assert events[-2].payload["scrap"] == 0
    assert nonconformance_rows == 1
    report = verify_journal(kiosk.database, kiosk.identity.device_id)
    assert report.first_break is None
    assert report.events_checked == len(expected)
