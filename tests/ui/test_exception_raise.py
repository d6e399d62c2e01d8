"""Raising an exception: one tap from any screen, offered by the out-of-limit notice, typed on
the on-screen keyboard, with the line's similar past cases shown while the words are typed."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.domain.instructions import StepKind
from harmony_kiosk.services.kiosk import Kiosk
from harmony_kiosk.store.knowledge_index import PastCase
from tests.conftest import OPERATOR, OPERATOR_EN, SUPERVISOR
from tests.ui.conftest import Screenshots
from tests.ui.driving import log_in, settle, tap, type_on_keypad, wait_for_screen
from tests.ui.exception_driving import (
    queue,
    raise_from_header,
    raise_screen,
    raised_payloads,
    save_exception,
    type_on_keyboard,
)
from ui.exception_camera import has_camera
from ui.exception_context import RaiseContext
from ui.main_window import MainWindow
from ui.place import load_place
from ui.preview_jobs import answer_until, start_first_job
from ui.screens.exception_raise import RaiseExceptionScreen
from ui.widgets.answers import MeasurementPanel
from ui.widgets.exception_describe import DescribePanel
from ui.widgets.exception_past_cases import NOTHING, WAITING
from ui.widgets.exception_voice import VoiceSlot
from ui.widgets.exception_what import NO_CAMERA
from ui.worker import Worker


def _at_the_measurement(kiosk: Kiosk) -> str:
    """A job of Emily's paused at the torque measurement; returns its id."""
    session = kiosk.auth.login(*OPERATOR_EN)
    view = answer_until(kiosk, session, start_first_job(kiosk, session), StepKind.MEASUREMENT)
    kiosk.jobs.pause(session, view.job.id)
    kiosk.auth.logout(session)
    return view.job.id


def _resume(qtbot: QtBot, window: MainWindow, worker: Worker) -> None:
    assert window.home is not None
    tap(qtbot, window.home.start_button)
    wait_for_screen(qtbot, window, window.runner)
    settle(qtbot, worker)


def test_one_tap_in_the_header_opens_the_form_and_saving_goes_back_home(
    qtbot: QtBot, window: MainWindow, worker: Worker, opened_kiosk: Kiosk, shots: Screenshots
) -> None:
    assert window.home is not None
    assert window.login.raise_button is None  # nobody is logged in there
    log_in(qtbot, window, worker, *OPERATOR_EN)
    assert window.home.raise_button is not None
    tap(qtbot, window.home.raise_button)  # the one tap
    screen = raise_screen(window)
    wait_for_screen(qtbot, window, screen)
    assert screen.pages.currentWidget() is screen.what
    assert screen.context_line.text() == "Line 1 · Gearbox assembly, no job"
    assert not screen.what.hold.isVisible()  # no job to hold
    camera = has_camera()
    assert screen.what.photo.isVisible() is camera
    assert screen.what.no_camera.isVisible() is not camera
    tap(qtbot, screen.save_button)  # nothing chosen yet: said plainly, nothing saved
    assert screen.message.text() == "Choose the kind of trouble and how severe it is."
    tap(qtbot, screen.what.kinds.button("equipment"))
    tap(qtbot, screen.what.severities.button("high"))
    assert screen.context_line.text().startswith("Equipment · High")
    shots.save(window, "raise-kind")
    tap(qtbot, screen.save_button)
    settle(qtbot, worker)
    assert screen.pages.currentWidget() is screen.saved_page
    assert "Equipment · High exception saved on this kiosk" in screen.saved_text.text()
    shots.save(window, "saved")
    tap(qtbot, screen.done_button)
    wait_for_screen(qtbot, window, window.home)
    settle(qtbot, worker)
    (payload,) = raised_payloads(opened_kiosk)
    assert (payload["kind"], payload["severity"]) == ("equipment", "high")
    assert (payload["station_id"], payload["line_id"]) == ("LINE1-ST1", "LINE1")
    assert "job_id" not in payload
    qtbot.waitUntil(lambda: len(queue(window).views()) == 1)


def test_saved_goes_back_by_itself_and_cancel_saves_nothing(
    qtbot: QtBot, window: MainWindow, worker: Worker, opened_kiosk: Kiosk
) -> None:
    log_in(qtbot, window, worker, *OPERATOR_EN)
    screen = raise_screen(window)
    screen.done_timer.setInterval(50)  # the calm "Saved" stays 2.5 s on a kiosk
    assert window.home is not None
    assert window.home.raise_button is not None
    tap(qtbot, window.home.raise_button)
    tap(qtbot, screen.what.kinds.button("other"))
    tap(qtbot, screen.what.severities.button("low"))
    tap(qtbot, screen.save_button)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home)
    settle(qtbot, worker)
    tap(qtbot, window.home.raise_button)
    tap(qtbot, screen.what.kinds.button("safety"))
    tap(qtbot, screen.cancel_button)
    wait_for_screen(qtbot, window, window.home)
    settle(qtbot, worker)
    assert [p["kind"] for p in raised_payloads(opened_kiosk)] == ["other"]


def test_the_out_of_limit_notice_offers_it_with_the_job_the_step_and_the_reading(
    qtbot: QtBot, window: MainWindow, worker: Worker, opened_kiosk: Kiosk, shots: Screenshots
) -> None:
    job_id = _at_the_measurement(opened_kiosk)
    log_in(qtbot, window, worker, *OPERATOR_EN)
    _resume(qtbot, window, worker)
    runner = window.runner
    assert runner is not None
    panel = runner.current_panel()
    assert isinstance(panel, MeasurementPanel)
    type_on_keypad(qtbot, panel.keypad, "12.8")
    tap(qtbot, panel.keypad.key("ok"))
    settle(qtbot, worker)
    assert runner.pages.currentWidget() is runner.notice
    shots.save(window, "notice-offers-raise")
    tap(qtbot, runner.notice.raise_button)
    screen = raise_screen(window)
    wait_for_screen(qtbot, window, screen)
    assert screen.what.kind() == "quality"  # chosen in advance: a reading out of its limits
    assert "Measured 12.8 N·m · limits 11.5 – 12.5 N·m" in screen.context_line.text()
    assert "WO-26-1187 · Step 6" in screen.context_line.text()
    assert screen.what.hold.isVisible()  # a quality exception on a job may hold it
    tap(qtbot, screen.what.severities.button("high"))
    tap(qtbot, screen.describe_button)
    type_on_keyboard(qtbot, screen.describe.keyboard, "Bolt 1 over torque")
    save_exception(qtbot, window, worker)
    wait_for_screen(qtbot, window, runner)  # back where the operator was: the notice
    settle(qtbot, worker)
    assert runner.pages.currentWidget() is runner.notice
    assert runner.notice.raise_button.text() == "✓  Exception raised"
    assert not runner.notice.raise_button.isEnabled()
    (payload,) = raised_payloads(opened_kiosk)
    step = runner.current_step()
    assert payload["job_id"] == job_id
    assert payload["step_id"] == step.id
    assert payload["work_order_id"] == "WO-26-1187"
    assert (payload["value"], payload["lower"], payload["upper"]) == ("12.8", "11.5", "12.5")
    assert payload["unit"] == "N·m"
    assert payload["text"] == "Bolt 1 over torque"
    assert "blocking" not in payload
    tap(qtbot, runner.notice.continue_button)  # on with the job
    settle(qtbot, worker)
    assert runner.pages.currentWidget() is not runner.notice


def test_the_header_of_the_step_runner_raises_about_the_step_shown(
    qtbot: QtBot, window: MainWindow, worker: Worker, opened_kiosk: Kiosk
) -> None:
    job_id = _at_the_measurement(opened_kiosk)
    log_in(qtbot, window, worker, *OPERATOR_EN)
    _resume(qtbot, window, worker)
    raise_from_header(qtbot, window, worker, "material", "medium", "Wrong bolts")
    assert window.runner is not None
    assert window.stack.currentWidget() is window.runner
    (payload,) = raised_payloads(opened_kiosk)
    assert (payload["job_id"], payload["step_id"]) == (job_id, window.runner.current_step().id)
    assert "value" not in payload  # nothing out of limits was recorded on that step


def test_accents_typed_on_the_keyboard_go_into_the_description(
    qtbot: QtBot, window: MainWindow, worker: Worker, opened_kiosk: Kiosk, shots: Screenshots
) -> None:
    log_in(qtbot, window, worker, *OPERATOR)  # María, who works in Spanish
    assert window.home is not None
    assert window.home.raise_button is not None
    tap(qtbot, window.home.raise_button)
    screen = raise_screen(window)
    tap(qtbot, screen.what.kinds.button("material"))
    tap(qtbot, screen.what.severities.button("medium"))
    tap(qtbot, screen.describe_button)
    assert screen.describe.keyboard.target() is screen.describe.text
    said = "¿Caja equivocada? Sí: tornillos M6, pingüino ñ ¡Ojo!"
    type_on_keyboard(qtbot, screen.describe.keyboard, said)
    assert screen.describe.text.toPlainText() == said
    shots.save(window, "typed-in-spanish")
    save_exception(qtbot, window, worker)
    wait_for_screen(qtbot, window, window.home)
    settle(qtbot, worker)
    (payload,) = raised_payloads(opened_kiosk)
    assert payload["text"] == said


def test_similar_past_cases_are_shown_while_a_paraphrase_is_typed(
    qtbot: QtBot,
    window: MainWindow,
    worker: Worker,
    opened_kiosk: Kiosk,
    clock: ManualClock,
    shots: Screenshots,
) -> None:
    operator = opened_kiosk.auth.login(*OPERATOR_EN)
    supervisor = opened_kiosk.auth.login(*SUPERVISOR)
    earlier = opened_kiosk.exceptions.raise_exception(
        operator, "equipment", "high", "Conveyor jammed at the transfer, totes piling up"
    )
    opened_kiosk.decisions.resolve(
        supervisor, earlier.id, "Raise the side guide 5 mm", "Totes tilt at the gap"
    )
    unrelated = opened_kiosk.exceptions.raise_exception(
        operator, "material", "low", "Labels printing skewed on the carton"
    )
    opened_kiosk.decisions.resolve(supervisor, unrelated.id, "Reloaded the roll", "Roll slipped")
    clock.advance(3 * 24 * 3600)
    log_in(qtbot, window, worker, *OPERATOR_EN)
    assert window.home is not None
    assert window.home.raise_button is not None
    tap(qtbot, window.home.raise_button)
    screen = raise_screen(window)
    tap(qtbot, screen.what.kinds.button("equipment"))
    tap(qtbot, screen.what.severities.button("high"))
    tap(qtbot, screen.describe_button)
    past = screen.describe.past
    assert past.status.text() == WAITING
    type_on_keyboard(qtbot, screen.describe.keyboard, "belt stuck at transfer")
    qtbot.waitUntil(lambda: bool(past.shown))  # ~300 ms after the last key, on the worker
    settle(qtbot, worker)
    assert [case.case_id for case in past.shown] == [earlier.id]
    first = past.cards[0]
    assert first.isVisible() and not past.cards[1].isVisible()
    assert first.problem.full_text == "Equipment: Conveyor jammed at the transfer, totes piling up"
    assert first.resolution.full_text == "✓ Raise the side guide 5 mm. Totes tilt at the gap"
    assert first.meta.full_text == "Decided by Kevin Walsh · Wed 25 Nov 08:00"
    shots.save(window, "similar-cases")
    for _ in "belt stuck at transfer":
        tap(qtbot, screen.describe.keyboard.key("back"))
    type_on_keyboard(qtbot, screen.describe.keyboard, "paint")
    qtbot.waitUntil(lambda: past.status.text() == NOTHING)
    settle(qtbot, worker)
    assert not past.shown
    assert not first.isVisible()


@pytest.mark.parametrize("camera", [True, False])
def test_a_photo_is_offered_only_where_a_camera_exists(
    qtbot: QtBot, kiosk: Kiosk, worker: Worker, clock: ManualClock, camera: bool
) -> None:
    screen = RaiseExceptionScreen(worker, kiosk, load_place(kiosk), clock, camera=lambda: camera)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    screen.begin(kiosk.auth.login(*OPERATOR_EN), RaiseContext("job", None, "WO-26-1187"))
    assert screen.what.photo.isVisible() is camera
    assert screen.what.no_camera.isVisible() is not camera
    assert screen.what.no_camera.text() == NO_CAMERA
    # The hold toggle belongs to quality exceptions on a job only.
    assert not screen.what.hold.isVisible()
    tap(qtbot, screen.what.kinds.button("quality"))
    assert screen.what.hold.isVisible()
    tap(qtbot, screen.what.hold)
    assert screen.what.holds_job()
    tap(qtbot, screen.what.kinds.button("safety"))
    assert not screen.what.hold.isVisible()
    assert not screen.what.holds_job()


def test_past_cases_are_looked_up_once_per_pause_in_typing(
    qtbot: QtBot, kiosk: Kiosk, worker: Worker, clock: ManualClock
) -> None:
    asked: list[str] = []

    def find(question: str) -> tuple[list[PastCase], dict[str, str]]:
        asked.append(question)
        return [], {}

    voice = VoiceSlot(kiosk.attachments, worker, kiosk.data_dir)
    describe = DescribePanel(worker, find, clock, voice)
    qtbot.addWidget(describe)
    for char in "belt stuck":  # keys tapped faster than the pause: no look-up in between
        describe.keyboard.key("space" if char == " " else char).click()
    assert asked == []
    qtbot.waitUntil(lambda: asked == ["belt stuck"])
    settle(qtbot, worker)
    assert describe.past.status.text() == NOTHING
