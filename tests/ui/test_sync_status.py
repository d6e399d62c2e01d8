"""The sync status in the header of every screen: each state in plain words, polled on the
worker thread, so a slow or failing read never holds the GUI."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pytestqt.qtbot import QtBot

from tests.conftest import OPERATOR_EN, SUPERVISOR
from tests.ui.conftest import Screenshots
from tests.ui.driving import log_in, settle, tap, wait_for_screen
from tests.ui.sync_stubs import StubSource, StubSync, ago, status
from ui.main_window import MainWindow
from ui.sync_picture import SyncMode, SyncPicture
from ui.sync_wording import age_text, pill_text
from ui.widgets.answers import AcknowledgePanel
from ui.worker import Worker

UNREACHABLE = "server not reachable: ConnectionError"
NOW = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)  # the ManualClock's start: 08:00 in Guadalajara

STATES = {
    "offline": (
        status(
            online=False,
            waiting=37,
            oldest_unsent_at=ago(NOW, hours=2, minutes=5),
            last_error=UNREACHABLE,
        ),
        "Offline · 37 waiting · oldest 2 h",
        "offline",
    ),
    "online": (
        status(last_success_at=ago(NOW, minutes=2)),
        "Online · all sent · 07:58",
        "ok",
    ),
    "sending": (
        status(waiting=5, oldest_unsent_at=ago(NOW, seconds=20), last_success_at=ago(NOW, hours=1)),
        "Online · 5 waiting · oldest < 1 min",
        "ok",
    ),
    "offline-all-sent": (
        status(online=False, last_success_at=ago(NOW, days=1), last_error=UNREACHABLE),
        "Offline · all sent · Tue 24 Nov 08:00",
        "offline",
    ),
    "connecting": (
        status(online=False, waiting=4, oldest_unsent_at=ago(NOW, minutes=3)),
        "Connecting… · 4 waiting",
        "neutral",
    ),
    "revoked": (
        status(revoked=True, waiting=3, oldest_unsent_at=ago(NOW, minutes=5)),
        "Revoked: capturing locally",
        "revoked",
    ),
    "stuck": (
        status(stuck=True, waiting=120, oldest_unsent_at=ago(NOW, minutes=30)),
        "Stuck: 120 waiting, no progress",
        "stuck",
    ),
}


@pytest.mark.parametrize("name", list(STATES))
def test_each_state_reads_plainly_in_the_header(
    name: str, qtbot: QtBot, window: MainWindow, worker: Worker
) -> None:
    given, said, tone = STATES[name]
    source = StubSource(given)
    window.sync.monitor.set_source(source)
    pill = window.login.sync_pill
    qtbot.waitUntil(lambda: pill.text() == said)
    assert pill.tone() == tone
    assert pill.isVisible()
    assert pill.accessibleName() == f"Sync status: {said}"
    settle(qtbot, worker)
    assert source.threads, "the status was never read"
    assert all(thread.startswith("kiosk-db") for thread in source.threads), source.threads
    window.sync.monitor.set_source(None)


def test_the_modes_without_a_sync_client(qtbot: QtBot, window: MainWindow) -> None:
    pill = window.login.sync_pill
    assert pill.text() == "Demo · stays on this kiosk"  # a demo folder is never enrolled
    window.sync.monitor.set_mode(SyncMode.NOT_ENROLLED)
    assert pill.text() == "Not enrolled"
    window.sync.monitor.set_mode(SyncMode.BROKEN, "the secret is missing from the keyring")
    assert pill.text() == "Sync off: capturing locally"
    assert pill.tone() == "stuck"


def test_the_status_is_on_every_screen_and_follows_the_polls(
    qtbot: QtBot, window: MainWindow, worker: Worker, shots: Screenshots
) -> None:
    source = StubSource(STATES["offline"][0])
    window.sync.monitor.set_source(source)
    log_in(qtbot, window, worker, *OPERATOR_EN)
    assert window.home is not None
    qtbot.waitUntil(lambda: window.home.sync_pill.text() == STATES["offline"][1])  # type: ignore[union-attr]
    shots.save(window, "home-offline")
    tap(qtbot, window.home.start_button)
    runner = window.runner
    assert runner is not None
    wait_for_screen(qtbot, window, runner)
    assert runner.sync_pill.text() == STATES["offline"][1]
    source.current = STATES["revoked"][0]
    window.sync.monitor.poll()
    qtbot.waitUntil(lambda: runner.sync_pill.text() == "Revoked: capturing locally")
    shots.save(window, "runner-revoked")
    # Revoked stops upload, never local capture: the step is still answered and saved.
    panel = runner.current_panel()
    assert isinstance(panel, AcknowledgePanel)
    tap(qtbot, panel.action)
    settle(qtbot, worker)
    assert runner.index == 1
    assert runner.saved.text() == "✓ Saved"
    window.sync.monitor.set_source(None)


def test_a_failing_status_read_keeps_the_last_words_and_the_screen(
    qtbot: QtBot, window: MainWindow, worker: Worker, crashes: list[str]
) -> None:
    source = StubSource(STATES["offline"][0])
    window.sync.monitor.set_source(source)
    pill = window.login.sync_pill
    qtbot.waitUntil(lambda: pill.text() == STATES["offline"][1])
    source.fail = True
    asked = len(source.threads)
    window.sync.monitor.poll()
    qtbot.waitUntil(lambda: len(source.threads) > asked)
    settle(qtbot, worker)
    assert pill.text() == STATES["offline"][1]
    assert window.stack.currentWidget() is window.login
    assert crashes == []
    window.sync.monitor.set_source(None)


def test_every_action_wakes_the_sync_client_and_a_poll_does_not(
    qtbot: QtBot, window: MainWindow, worker: Worker
) -> None:
    fake = StubSync()
    window.sync.sync = fake  # type: ignore[assignment]
    try:
        log_in(qtbot, window, worker, *SUPERVISOR)
        assert fake.wakes >= 1  # the login was committed: sync is asked for a pass at once
        woken = fake.wakes
        window.sync.monitor.set_source(StubSource())
        settle(qtbot, worker)
        window.sync.monitor.poll()
        settle(qtbot, worker)
        assert fake.wakes == woken  # reading the status is not an action
    finally:
        window.sync.monitor.set_source(None)
        window.sync.sync = None


@pytest.mark.parametrize(
    ("seconds", "said"),
    [
        (0, "< 1 min"),
        (59, "< 1 min"),
        (60, "1 min"),
        (3599, "59 min"),
        (3600, "1 h"),
        (47 * 3600, "47 h"),
        (48 * 3600, "2 d"),
        (-30, "< 1 min"),
    ],
)
def test_ages_are_rough_and_readable(seconds: float, said: str) -> None:
    assert age_text(seconds) == said


def test_nothing_is_said_while_the_kiosk_is_starting() -> None:
    assert pill_text(SyncPicture(SyncMode.STARTING), NOW, None) is None
    connecting = pill_text(SyncPicture(SyncMode.ENROLLED), NOW, None)
    assert connecting is not None
    assert connecting.line == "Connecting…"
