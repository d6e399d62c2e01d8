"""The maintenance screen: behind a supervisor's badge and PIN, refusing everyone else plainly;
it shows what the kiosk is and refuses to enrol a demo folder with enrol()'s own words."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from harmony_kiosk.enrolment import ENROLMENT_FILE
from tests.conftest import OPERATOR, QUALITY, SUPERVISOR, TEAM_LEAD
from tests.ui.conftest import Screenshots
from tests.ui.driving import open_maintenance, settle, tap, wait_for_screen
from ui.main_window import MainWindow
from ui.worker import Worker

DEMO_REFUSAL = "A demo folder is never enrolled: its journal stays on this machine."


@pytest.mark.parametrize(
    ("who", "credentials"), [("operator", OPERATOR), ("team lead", TEAM_LEAD), ("quality", QUALITY)]
)
def test_anyone_but_a_supervisor_is_refused_plainly(
    who: str, credentials: tuple[str, str], qtbot: QtBot, window: MainWindow, worker: Worker
) -> None:
    screen = open_maintenance(qtbot, window, worker, *credentials)
    assert not screen.is_open(), who
    assert "is not a supervisor" in screen.gate.message.text()
    assert screen.gate.message.property("role") == "error"
    assert screen.gate.pin_field.text() == ""
    assert not screen.enrol_button.isVisible()
    tap(qtbot, screen.back_button)  # Cancel
    wait_for_screen(qtbot, window, window.login)


def test_a_wrong_pin_is_refused_like_at_login(
    qtbot: QtBot, window: MainWindow, worker: Worker
) -> None:
    screen = open_maintenance(qtbot, window, worker, SUPERVISOR[0], "000000")
    assert not screen.is_open()
    assert screen.gate.message.text().startswith("Badge or PIN not recognised.")


def test_a_supervisor_sees_the_kiosk_and_a_demo_folder_is_not_enrolled(
    qtbot: QtBot, window: MainWindow, worker: Worker, shots: Screenshots
) -> None:
    kiosk = window.kiosk
    assert kiosk is not None
    screen = open_maintenance(qtbot, window, worker, *SUPERVISOR)
    assert screen.is_open()
    assert screen.person.name.text() == "Kevin Walsh"
    assert screen.about.value("Device") == kiosk.identity.device_id
    assert screen.about.value("Station") == "LINE1-ST1 · Cover fit & torque"
    assert "demo folder" in screen.about.value("Enrolment")
    assert screen.about.value("Sync") == "Demo · stays on this kiosk"
    assert screen.sync_pill.text() == "Demo · stays on this kiosk"
    shots.save(window, "maintenance-demo")

    tap(qtbot, screen.enrol_button)  # nothing typed yet: said, and nothing sent
    assert screen.form.message.text().startswith("Type the server's address")
    qtbot.keyClicks(screen.form.url_field, "http://127.0.0.1:9")
    tap(qtbot, screen.enrol_button)
    assert screen.form.message.text().startswith("Type the enrolment code")
    qtbot.keyClicks(screen.form.code_field, "ABCD-EFGH")
    tap(qtbot, screen.enrol_button)
    settle(qtbot, worker)
    assert screen.form.message.text() == DEMO_REFUSAL
    assert screen.form.message.property("role") == "error"
    assert not (kiosk.data_dir / ENROLMENT_FILE).exists()
    assert not window.sync.is_running()
    shots.save(window, "maintenance-demo-refused")

    tap(qtbot, screen.back_button)  # Done
    wait_for_screen(qtbot, window, window.login)
    assert window.login.is_ready()


def test_a_missing_ca_bundle_is_named(qtbot: QtBot, window: MainWindow, worker: Worker) -> None:
    screen = open_maintenance(qtbot, window, worker, *SUPERVISOR)
    qtbot.keyClicks(screen.form.url_field, "https://harmony.example:8470")
    qtbot.keyClicks(screen.form.code_field, "ABCD")
    qtbot.keyClicks(screen.form.ca_field, "/nowhere/plant-ca.pem")
    tap(qtbot, screen.enrol_button)
    settle(qtbot, worker)
    assert screen.form.message.text() == "There is no CA bundle at /nowhere/plant-ca.pem."
