"""The line's exceptions through the UI: the queue on every kiosk of the line, the lifecycle by
role, two kiosks' conflicting decisions settled by a lead, and a quality hold on a job."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame
from pytestqt.qtbot import QtBot

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.domain.exception_merge import ExceptionStatus
from harmony_kiosk.domain.instructions import StepKind
from harmony_kiosk.domain.plant_files import PlantDefinition
from harmony_kiosk.paths import demo_plant_dir
from harmony_kiosk.services import demo
from harmony_kiosk.services.kiosk import Kiosk, open_kiosk
from tests.conftest import OPERATOR_EN, QUALITY, SUPERVISOR, TEAM_LEAD
from tests.ui.conftest import Screenshots
from tests.ui.driving import log_in, settle, tap, type_on_keypad, wait_for_screen
from tests.ui.exception_driving import (
    detail_screen,
    open_from_queue,
    queue,
    raise_from_header,
    raise_screen,
    save_exception,
    switch_person,
    type_on_keyboard,
)
from ui.exception_actions import Action
from ui.main_window import MainWindow
from ui.preview_exceptions import deliver
from ui.preview_jobs import answer_until, start_first_job
from ui.widgets.answers import MeasurementPanel
from ui.worker import Worker


@pytest.fixture
def other(tmp_path: Path, clock: ManualClock, demo_definition: PlantDefinition) -> Iterator[Kiosk]:
    """The other kiosk of Line 1 (LINE1-ST2), in its own folder: its own device id."""
    folder = demo.create_demo(tmp_path / "other", demo_plant_dir(), clock, demo_definition)
    opened = open_kiosk(folder, clock, "LINE1-ST2")
    yield opened
    opened.close()


def _shown_actions(window: MainWindow) -> set[Action]:
    screen = detail_screen(window)
    return {action for action, button in screen.buttons.items() if button.isVisible()}


def _back_home(qtbot: QtBot, window: MainWindow, worker: Worker) -> None:
    tap(qtbot, detail_screen(window).back_button)
    wait_for_screen(qtbot, window, window.home)
    settle(qtbot, worker)


def test_the_queue_shows_an_exception_raised_on_the_other_kiosk_of_the_line(
    qtbot: QtBot,
    window: MainWindow,
    worker: Worker,
    other: Kiosk,
    clock: ManualClock,
    shots: Screenshots,
) -> None:
    log_in(qtbot, window, worker, *OPERATOR_EN)
    shown_queue = queue(window)
    assert shown_queue.empty.isVisible()
    assert shown_queue.empty.text() == "No open exceptions on Line 1 · Gearbox assembly."
    there = other.exceptions.raise_exception(
        other.auth.login(*TEAM_LEAD), "material", "medium", "Wrong label roll loaded at pack"
    )
    clock.advance(12 * 60)
    assert window.kiosk is not None
    deliver(other, window.kiosk)  # what sync does: the line's events reach this kiosk
    shown_queue.timer.setInterval(50)  # the periodic read, sooner than on a kiosk
    qtbot.waitUntil(lambda: [v.id for v in shown_queue.views()] == [there.id])
    settle(qtbot, worker)
    (shown,) = shown_queue.views()
    assert (shown.station_id, shown.raised_here, shown.status) == ("LINE1-ST2", False, "open")
    assert shown_queue.list.isVisible() and not shown_queue.empty.isVisible()
    assert shown_queue.count.text() == "1 exception on Line 1 · Gearbox assembly"
    assert shown_queue.model.index(0).data() == "Material · Medium"
    shots.save(window, "queue-from-the-other-kiosk")


def test_each_role_sees_and_does_only_its_part_of_the_lifecycle(
    qtbot: QtBot, window: MainWindow, worker: Worker, opened_kiosk: Kiosk, shots: Screenshots
) -> None:
    log_in(qtbot, window, worker, *OPERATOR_EN)
    raise_from_header(qtbot, window, worker, "equipment", "high", "Nutrunner reads low")
    open_from_queue(qtbot, window, worker)
    screen = detail_screen(window)
    assert screen.overview.title.text() == "Equipment · High"
    assert screen.overview.status.text() == "Open"
    assert screen.overview.age.text() == "raised just now"  # not "raised just now ago"
    assert _shown_actions(window) == set()  # an operator decides nothing
    # A stale button would still be refused by the service, and said plainly.
    screen.buttons[Action.ACKNOWLEDGE].click()
    settle(qtbot, worker)
    assert screen.message.text() == "Only a team lead can do this for an equipment exception."
    _back_home(qtbot, window, worker)

    switch_person(qtbot, window, worker, TEAM_LEAD)
    open_from_queue(qtbot, window, worker)
    assert _shown_actions(window) == {Action.ACKNOWLEDGE, Action.CONTAIN, Action.CANCEL}
    tap(qtbot, screen.buttons[Action.ACKNOWLEDGE])
    settle(qtbot, worker)
    assert screen.overview.status.text() == "Acknowledged"
    assert _shown_actions(window) == {Action.CONTAIN, Action.CANCEL}
    tap(qtbot, screen.buttons[Action.CONTAIN])
    assert screen.pages.currentWidget() is screen.form
    type_on_keyboard(qtbot, screen.form.keyboard, "Switched to TW-09")
    tap(qtbot, screen.save_button)
    settle(qtbot, worker)
    assert screen.pages.currentWidget() is screen.overview
    assert screen.overview.status.text() == "Contained"
    assert screen.message.text() == "✓  Saved"
    _back_home(qtbot, window, worker)

    switch_person(qtbot, window, worker, SUPERVISOR)
    open_from_queue(qtbot, window, worker)
    assert _shown_actions(window) == {Action.CANCEL, Action.RESOLVE}
    tap(qtbot, screen.buttons[Action.RESOLVE])
    form = screen.form
    tap(qtbot, screen.voice_button)  # the voice note instead…
    assert form.showing_voice()
    tap(qtbot, screen.voice_button)  # …or the keyboard
    type_on_keyboard(qtbot, form.keyboard, "Recalibrate TW-07 weekly")
    qtbot.mouseClick(form.fields["rationale"].viewport(), Qt.MouseButton.LeftButton)
    type_on_keyboard(qtbot, form.keyboard, "Drift of 4 % against the reference")
    shots.save(window, "decision-record")
    tap(qtbot, screen.save_button)  # what else was considered is optional
    settle(qtbot, worker)
    assert screen.overview.status.text() == "Resolved"
    assert _shown_actions(window) == set()
    merged = opened_kiosk.decisions.detail(screen.detail.merged.id if screen.detail else "")
    assert merged.status is ExceptionStatus.RESOLVED
    record = merged.decision
    assert record is not None
    assert (record.decided_by, record.decision, record.rationale, record.alternatives) == (
        SUPERVISOR[0],
        "Recalibrate TW-07 weekly",
        "Drift of 4 % against the reference",
        "",
    )
    history = [line.type for line in screen.detail.history] if screen.detail else []
    assert history == [
        "exception.raised",
        "exception.acknowledged",
        "exception.contained",
        "exception.resolved",
    ]
    shots.save(window, "resolved")
    _back_home(qtbot, window, worker)
    qtbot.waitUntil(lambda: queue(window).views() == [])


def test_two_kiosks_decisions_conflict_and_a_lead_settles_them_from_the_ui(
    qtbot: QtBot,
    window: MainWindow,
    worker: Worker,
    opened_kiosk: Kiosk,
    other: Kiosk,
    clock: ManualClock,
    shots: Screenshots,
) -> None:
    raised = opened_kiosk.exceptions.raise_exception(
        opened_kiosk.auth.login(*OPERATOR_EN), "equipment", "high", "Conveyor stops at transfer"
    )
    deliver(opened_kiosk, other)
    # Offline from each other: a supervisor decides here through the UI, another there.
    log_in(qtbot, window, worker, *SUPERVISOR)
    open_from_queue(qtbot, window, worker)
    screen = detail_screen(window)
    tap(qtbot, screen.buttons[Action.RESOLVE])
    type_on_keyboard(qtbot, screen.form.keyboard, "Replace the belt")
    qtbot.mouseClick(screen.form.fields["rationale"].viewport(), Qt.MouseButton.LeftButton)
    type_on_keyboard(qtbot, screen.form.keyboard, "Torn")
    tap(qtbot, screen.save_button)
    settle(qtbot, worker)
    clock.advance(300)
    other.decisions.resolve(
        other.auth.login(*SUPERVISOR), raised.id, "Re-tension the belt", "Slipping"
    )
    deliver(opened_kiosk, other)
    deliver(other, opened_kiosk)
    screen.refresh()
    settle(qtbot, worker)
    overview = screen.overview
    assert overview.conflict.isVisible()
    assert not overview.status.isVisible()
    assert _shown_actions(window) == set()  # a supervisor may settle too: all of team lead…
    keep = [b for b in screen.settle_buttons if b.isVisible()]
    assert [b.text() for b in keep] == ["Keep decision 1", "Keep decision 2"]
    _back_home(qtbot, window, worker)
    qtbot.waitUntil(lambda: [v.conflict for v in queue(window).views()] == [True])

    switch_person(qtbot, window, worker, TEAM_LEAD)
    open_from_queue(qtbot, window, worker)
    decisions = screen.detail.merged.decisions if screen.detail else ()
    assert [d.decision for d in decisions] == ["Replace the belt", "Re-tension the belt"]
    cards = [overview.findChild(QFrame, f"decision-{n}") for n in range(2)]
    assert all(card is not None and card.property("tone") == "conflict" for card in cards)
    shots.save(window, "conflict")
    tap(qtbot, screen.settle_buttons[1])
    assert "Re-tension the belt" in screen.form.question.text()
    type_on_keyboard(qtbot, screen.form.keyboard, "Belt is new")
    tap(qtbot, screen.save_button)
    settle(qtbot, worker)
    assert not overview.conflict.isVisible()
    assert overview.status.text() == "Resolved"
    assert not any(b.isVisible() for b in screen.settle_buttons)
    shots.save(window, "settled")
    deliver(opened_kiosk, other)
    for kiosk in (opened_kiosk, other):  # the same merge on both kiosks
        merged = kiosk.decisions.detail(raised.id)
        assert not merged.conflict
        assert merged.decision is not None
        assert merged.decision.decision == "Re-tension the belt"
    _back_home(qtbot, window, worker)
    qtbot.waitUntil(lambda: queue(window).views() == [])


def test_a_quality_hold_blocks_the_step_runner_until_quality_releases_it(
    qtbot: QtBot, window: MainWindow, worker: Worker, opened_kiosk: Kiosk, shots: Screenshots
) -> None:
    session = opened_kiosk.auth.login(*OPERATOR_EN)
    view = answer_until(
        opened_kiosk, session, start_first_job(opened_kiosk, session), StepKind.MEASUREMENT
    )
    opened_kiosk.jobs.pause(session, view.job.id)
    measurement = view.version.steps[view.current_index or 0].id  # answered 12.8 below
    log_in(qtbot, window, worker, *OPERATOR_EN)
    assert window.home is not None
    runner = window.runner
    assert runner is not None
    tap(qtbot, window.home.start_button)
    wait_for_screen(qtbot, window, runner)
    settle(qtbot, worker)
    panel = runner.current_panel()
    assert isinstance(panel, MeasurementPanel)
    type_on_keypad(qtbot, panel.keypad, "12.8")
    tap(qtbot, panel.keypad.key("ok"))
    settle(qtbot, worker)
    tap(qtbot, runner.notice.raise_button)
    raising = raise_screen(window)
    tap(qtbot, raising.what.severities.button("critical"))
    tap(qtbot, raising.what.hold)
    save_exception(qtbot, window, worker)
    wait_for_screen(qtbot, window, runner)
    settle(qtbot, worker)
    assert runner.pages.currentWidget() is runner.hold  # said at once, not at the next answer
    assert "Only Quality can release it" in runner.hold.who.text()
    shots.save(window, "on-hold")
    tap(qtbot, runner.hold.pause_button)
    wait_for_screen(qtbot, window, window.home)
    settle(qtbot, worker)
    qtbot.waitUntil(lambda: [v.on_hold for v in queue(window).views()] == [True])

    switch_person(qtbot, window, worker, TEAM_LEAD)  # a lead may not release a hold
    open_from_queue(qtbot, window, worker)
    screen = detail_screen(window)
    assert screen.overview.hold.isVisible()
    assert Action.RELEASE not in _shown_actions(window)
    _back_home(qtbot, window, worker)

    switch_person(qtbot, window, worker, QUALITY)
    open_from_queue(qtbot, window, worker)
    assert Action.RELEASE in _shown_actions(window)
    assert screen.buttons[Action.RELEASE].property("primary") is True
    tap(qtbot, screen.buttons[Action.RELEASE])
    type_on_keyboard(qtbot, screen.form.keyboard, "Casting swapped")
    tap(qtbot, screen.save_button)
    settle(qtbot, worker)
    assert not screen.overview.hold.isVisible()
    _back_home(qtbot, window, worker)

    switch_person(qtbot, window, worker, OPERATOR_EN)
    tap(qtbot, window.home.start_button)
    wait_for_screen(qtbot, window, runner)
    settle(qtbot, worker)
    assert runner.pages.currentWidget() is not runner.hold
    step = runner.current_step().id  # the one after the out-of-limit reading
    assert step != measurement
    panel = runner.current_panel()
    assert isinstance(panel, MeasurementPanel)
    type_on_keypad(qtbot, panel.keypad, "12.0")
    tap(qtbot, panel.keypad.key("ok"))
    settle(qtbot, worker)
    assert runner.view is not None
    assert runner.view.job.records[step].value == "12.0"  # the job goes on
