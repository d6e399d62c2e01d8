"""Per record, "Saved" (on this kiosk) until the server acknowledged it, then "Sent": in the step
runner for an answer seen again, in the home screen's rows, and in the job-complete banner."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from harmony_kiosk.clock import ManualClock
from tests.conftest import OPERATOR_EN
from tests.ui.conftest import Screenshots
from tests.ui.driving import log_in, settle, tap, type_on_keypad, wait_for_screen
from tests.ui.sync_stubs import StubSource, acknowledge_all
from ui.main_window import MainWindow
from ui.preview_jobs import answer_until, start_first_job
from ui.screens.step_runner import StepRunnerScreen
from ui.sync_wording import SAVED, SENT
from ui.widgets.answers import AcknowledgePanel
from ui.worker import Worker


def _runner(window: MainWindow) -> StepRunnerScreen:
    assert window.runner is not None
    return window.runner


def test_an_answer_seen_again_says_saved_then_sent_once_acknowledged(
    qtbot: QtBot, window: MainWindow, worker: Worker, clock: ManualClock, shots: Screenshots
) -> None:
    kiosk = window.kiosk
    assert kiosk is not None
    window.sync.monitor.set_source(StubSource())  # as an enrolled kiosk: the status is polled
    log_in(qtbot, window, worker, *OPERATOR_EN)
    assert window.home is not None
    tap(qtbot, window.home.start_button)
    runner = _runner(window)
    wait_for_screen(qtbot, window, runner)
    settle(qtbot, worker)
    panel = runner.current_panel()
    assert isinstance(panel, AcknowledgePanel)
    tap(qtbot, panel.action)
    settle(qtbot, worker)
    assert runner.index == 1
    assert runner.saved.text() == "✓ Saved"  # the local commit returned

    tap(qtbot, runner.back_button)
    assert runner.index == 0
    qtbot.waitUntil(lambda: runner.saved.text() == f"✓ {SAVED}")
    assert runner.saved.isVisible()
    shots.save(window, "answer-saved-on-this-kiosk")

    acknowledge_all(kiosk, clock.now())
    window.sync.monitor.poll()
    qtbot.waitUntil(lambda: runner.saved.text() == f"✓ {SENT}")
    shots.save(window, "answer-sent-to-the-server")

    tap(qtbot, runner.next_button)  # on to the unanswered step: nothing to say there
    assert runner.index == 1
    assert not runner.saved.isVisible()
    window.sync.monitor.set_source(None)


def test_a_paused_job_row_says_saved_then_sent(
    qtbot: QtBot, window: MainWindow, worker: Worker, clock: ManualClock, shots: Screenshots
) -> None:
    kiosk = window.kiosk
    assert kiosk is not None
    window.sync.monitor.set_source(StubSource())
    log_in(qtbot, window, worker, *OPERATOR_EN)
    home = window.home
    assert home is not None
    assert home.model.mark(0) == ""  # not started: no record to speak of
    tap(qtbot, home.start_button)
    runner = _runner(window)
    wait_for_screen(qtbot, window, runner)
    settle(qtbot, worker)
    tap(qtbot, runner.pause_button)
    wait_for_screen(qtbot, window, home)
    settle(qtbot, worker)
    qtbot.waitUntil(lambda: home.model.mark(0) == SAVED)
    assert home.model.mark(1) == ""
    shots.save(window, "row-saved")

    acknowledge_all(kiosk, clock.now())
    window.sync.monitor.poll()
    qtbot.waitUntil(lambda: home.model.mark(0) == SENT)
    shots.save(window, "row-sent")
    window.sync.monitor.set_source(None)


def test_the_job_complete_banner_says_saved_then_sent(
    qtbot: QtBot, window: MainWindow, worker: Worker, clock: ManualClock, shots: Screenshots
) -> None:
    kiosk = window.kiosk
    assert kiosk is not None
    badge, pin = OPERATOR_EN
    session = kiosk.auth.login(badge, pin)  # the steps answered through the services first
    answer_until(kiosk, session, start_first_job(kiosk, session), None, pin)
    kiosk.auth.logout(session)
    window.sync.monitor.set_source(StubSource())
    log_in(qtbot, window, worker, badge, pin)
    home = window.home
    assert home is not None
    tap(qtbot, home.start_button)  # "Resume": every step is answered, so: completion
    completion = window.completion
    assert completion is not None
    wait_for_screen(qtbot, window, completion)
    type_on_keypad(qtbot, completion.keypad, "1")
    tap(qtbot, completion.complete_button)
    wait_for_screen(qtbot, window, home)
    settle(qtbot, worker)
    banner = home.banner
    qtbot.waitUntil(lambda: banner.text().endswith(f"{SAVED}."))
    assert banner.text() == f"✓  Job complete: WO-26-1187 · 1 good, 0 scrap. {SAVED}."
    shots.save(window, "complete-saved")

    acknowledge_all(kiosk, clock.now())
    window.sync.monitor.poll()
    qtbot.waitUntil(lambda: banner.text().endswith(f"{SENT}."))
    shots.save(window, "complete-sent")
    window.sync.monitor.set_source(None)


def test_a_demo_kiosk_says_saved_on_this_kiosk(
    qtbot: QtBot, window: MainWindow, worker: Worker
) -> None:
    """No sync client at all: nothing is ever "Sent", and nothing pretends to be."""
    log_in(qtbot, window, worker, *OPERATOR_EN)
    assert window.home is not None
    tap(qtbot, window.home.start_button)
    runner = _runner(window)
    wait_for_screen(qtbot, window, runner)
    settle(qtbot, worker)
    panel = runner.current_panel()
    assert isinstance(panel, AcknowledgePanel)
    tap(qtbot, panel.action)
    settle(qtbot, worker)
    tap(qtbot, runner.back_button)
    qtbot.waitUntil(lambda: runner.saved.text() == f"✓ {SAVED}")
