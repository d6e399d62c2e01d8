"""The signature screen alone: PIN re-asked, a wrong role refused, another person may sign."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.domain.instructions import StepKind
from harmony_kiosk.services.jobs import StepOutcome
from harmony_kiosk.services.kiosk import Kiosk, open_kiosk
from tests.conftest import OPERATOR, PACK_STATION, QUALITY
from tests.ui.conftest import Screenshots
from tests.ui.driving import settle, tap, type_on_keypad
from ui.place import load_place
from ui.preview_jobs import answer_until, start_first_job
from ui.screens.signature import SignatureScreen
from ui.worker import Worker


@pytest.fixture
def pack_kiosk(demo_dir: Path, clock: ManualClock) -> Iterator[Kiosk]:
    opened = open_kiosk(demo_dir, clock, PACK_STATION)
    yield opened
    opened.close()


def _signature_screen(
    qtbot: QtBot, kiosk: Kiosk, worker: Worker, clock: ManualClock
) -> SignatureScreen:
    session = kiosk.auth.login(*OPERATOR)
    view = answer_until(kiosk, session, start_first_job(kiosk, session), StepKind.SIGNATURE)
    index = view.current_index
    assert index is not None
    screen = SignatureScreen(worker, kiosk.jobs, load_place(kiosk), clock)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    screen.begin(session, view, view.version.steps[index])
    return screen


def test_the_operator_cannot_give_a_quality_signature_but_an_inspector_can(
    qtbot: QtBot, pack_kiosk: Kiosk, worker: Worker, clock: ManualClock, shots: Screenshots
) -> None:
    screen = _signature_screen(qtbot, pack_kiosk, worker, clock)
    assert screen.meaning.text() == "APPROVED"
    assert screen.role.text() == "Signer needs the Quality role"
    assert screen.badge_field.text() == OPERATOR[0]  # prefilled with who is logged in
    assert screen.fields.active() is screen.pin_field
    type_on_keypad(qtbot, screen.keypad, OPERATOR[1])
    tap(qtbot, screen.keypad.key("ok"))
    settle(qtbot, worker)
    assert screen.message.isVisible()
    assert screen.message.text() == (
        "María González does not hold the quality role this signature needs."
    )
    assert screen.pin_field.text() == ""
    shots.save(screen, "wrong-role")

    # The inspector walks up: taps the badge field, types their badge, then the PIN.
    qtbot.mouseClick(screen.badge_field, Qt.MouseButton.LeftButton)
    assert screen.fields.active() is screen.badge_field
    tap(qtbot, screen.keypad.key("clear"))
    type_on_keypad(qtbot, screen.keypad, QUALITY[0])
    tap(qtbot, screen.keypad.key("ok"))  # Next: on to the PIN
    assert screen.fields.active() is screen.pin_field
    type_on_keypad(qtbot, screen.keypad, QUALITY[1])
    with qtbot.waitSignal(screen.signed) as signed:
        tap(qtbot, screen.keypad.key("ok"))
    assert signed.args is not None
    outcome = signed.args[0]
    assert isinstance(outcome, StepOutcome)
    assert outcome.event.type == "step.signed"
    assert outcome.event.actor == QUALITY[0]
    assert outcome.event.payload["meaning"] == "approved"
    assert outcome.event.payload["signer_name"] == "Sarah Mitchell"


def test_a_wrong_pin_is_refused_plainly(
    qtbot: QtBot, kiosk: Kiosk, worker: Worker, clock: ManualClock
) -> None:
    screen = _signature_screen(qtbot, kiosk, worker, clock)
    type_on_keypad(qtbot, screen.keypad, "0000")
    tap(qtbot, screen.keypad.key("ok"))
    settle(qtbot, worker)
    assert screen.message.text() == "Badge or PIN not recognised. 4 tries left."
    with qtbot.waitSignal(screen.cancelled):
        tap(qtbot, screen.cancel_button)
