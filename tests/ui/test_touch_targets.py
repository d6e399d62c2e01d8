"""Every screen at both line-side sizes, in both themes, with large text and in both languages: no
tap target under 15 mm, no primary under 20 mm, nothing pushed off the screen. The screens are
walked once for this and for their screenshots: check_screen runs on tests/ui/test_screenshots.py's
walk."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.domain.plant_files import PlantDefinition
from harmony_kiosk.paths import demo_plant_dir
from harmony_kiosk.services import demo
from harmony_kiosk.services.kiosk import open_kiosk
from tests.ui.tappables import problems, tappable_targets
from ui import look
from ui.place import load_place
from ui.preview import SCREENS, PreviewContext
from ui.widgets.header import HEIGHT as HEADER_HEIGHT
from ui.widgets.sync_pill import SyncPill
from ui.worker import Worker

# Both themes at normal text, and large text in both (a theme's borders change sizes too).
LOOKS = [
    look.Look("standard", "normal"),
    look.Look("high-contrast", "normal"),
    look.Look("standard", "large"),
    look.Look("high-contrast", "large"),
]


# How many tap targets each screen must show at least, so a screen that lost its buttons fails.
MIN_TARGETS = {
    "login": 16,  # badge, PIN, 13 keys, maintenance
    "home": 4,  # two orders, log out, start
    "step-instruction": 4,
    "step-picture": 4,
    "step-confirm": 4,
    "step-passfail": 5,
    "step-measurement": 19,  # value field, 15 keys, back, pause, next
    "step-scan": 4,
    "step-optional": 5,  # with Skip
    "step-signature": 4,
    "nonconformance": 2,  # one decision: again or continue
    "signature": 16,  # badge, PIN, 13 keys, cancel
    "completion": 17,  # good, scrap, 13 keys, back, complete
    "message": 1,
    "setup": 2,  # enrol with server, try again
    "waiting": 0,  # nothing to do: it opens by itself
    "status-offline": 4,  # the home screen with an offline status
    "status-revoked": 4,  # a step answered before, on a revoked kiosk
    "maintenance-gate": 16,  # badge, PIN, 13 keys, cancel
    "maintenance": 7,  # server, code, CA bundle, done, diagnostics, exit kiosk, enrol
    "idle-countdown": 1,  # "I'm still here" (any touch cancels too)
}
# Downtime and the lead's pages (ui/preview_lead.py).
MIN_TARGETS |= {
    "downtime-running": 8,  # running again, three pages, two orders, log out, start
    "stops": 7,  # two filters, two stops, home, split, code
    "stops-operator": 5,  # two filters, two stops, home: no code for an operator
    "reason-picker": 10,  # eight top-level tiles, search, cancel
    "reason-search": 40,  # search, back, a match, the keyboard's keys, cancel
    "stop-coding": 4,  # unplanned, planned, another reason, save (the note is a text box)
    "stop-split": 16,  # minutes, 13 keys, cancel, split here
    "handoff": 2,  # home, hand over (and the voice note's record, where there is a microphone)
    "handoff-accept": 17,  # badge, PIN, 13 keys, home, export
    "line-board": 5,  # three periods, home, refresh
}
# Exceptions (ui/preview_exceptions.py); the keyboard has 51 keys.
MIN_TARGETS |= {
    "exception-raise": 54,  # the keyboard, back, voice note, save
    "exception-raise-kind": 13,  # five kinds, four severities, hold, cancel, describe, save
    "keyboard": 54,  # the keyboard showing its accents row, back, voice note, save
    "exception-queue": 8,  # two orders, three exceptions, log out, start, raise exception
    "exception-detail": 3,  # back, and keep one of the two conflicting decisions
    "exception-resolve": 54,  # the keyboard, back, voice note, save decision
    "step-hold": 3,  # raise exception, pause and go home, check again
}
# The photo on an exception and the stop's equipment (ui/preview_photo.py).
MIN_TARGETS |= {
    "exception-photo": 3,  # retake, use this photo, back
    "stop-equipment": 8,  # the seven machines of LINE1's list, cancel
}


# With large text at 1280×800 a list may show fewer whole rows; the rest scroll into view.
FEWER_WITH_LARGE_TEXT = {"downtime-running": 1}  # the second order, under the stopped band


def test_every_preview_screen_is_walked() -> None:
    assert set(MIN_TARGETS) == set(SCREENS)


def check_screen(screen: QWidget, name: str, chosen: look.Look, size: tuple[int, int]) -> list[str]:
    """What is wrong with `screen` (preview screen `name`) shown at `size` in `chosen`: too few or
    too small tap targets, one off the screen, the sync status cut. Called on the screenshot walk
    (tests/ui/test_screenshots.py), which shows every screen in each language, look and size."""
    width, height = size
    QApplication.processEvents()
    if screen.size() != QSize(width, height):
        return [f"{name} is {screen.width()}×{screen.height()}, not {width}×{height}"]
    targets = tappable_targets(screen)
    fewer = FEWER_WITH_LARGE_TEXT.get(name, 0) if chosen.text_size == "large" else 0
    wanted_targets = MIN_TARGETS[name] - (fewer if width == 1280 else 0)
    found = [f"{p} ({name})" for p in problems(screen)]
    if len(targets) < wanted_targets:
        found.append(f"{name}: {len(targets)} targets, wanted {wanted_targets}")
    return found + _sync_pill_problems(screen, name)


def _sync_pill_problems(screen: QWidget, name: str) -> list[str]:
    """The sync status is in the header of every screen, whole: no word cut off."""
    pill = screen.findChild(SyncPill)
    if not isinstance(pill, SyncPill) or not pill.isVisible():
        return [f"no sync status on {name}"]
    rect = QRect(pill.mapTo(screen, QPoint(0, 0)), pill.size())
    if not screen.rect().contains(rect) or rect.bottom() >= HEADER_HEIGHT:
        return [f"the sync status is not in the header of {name}"]
    return [
        f"{label.text()!r} cut on {name}"
        for label in (pill.headline, pill.detail)
        if label.isVisible() and label.width() < label.sizeHint().width()
    ]


def test_the_check_catches_a_small_button_and_a_short_primary(qtbot: QtBot) -> None:
    """The walk above would be worthless if it could not fail."""
    root = QWidget()
    qtbot.addWidget(root)
    column = QVBoxLayout(root)
    small = QPushButton("tiny")
    small.setFixedSize(100, 40)
    primary = QPushButton("Go")
    primary.setProperty("primary", True)
    primary.setFixedSize(300, 70)
    column.addWidget(small)
    column.addWidget(primary)
    root.resize(400, 300)
    root.show()
    QApplication.processEvents()
    found = problems(root)
    assert len(found) == 2
    assert "under 60 px" in found[0]
    assert "under 80 px high" in found[1]


TITLE_ROLES = ("title", "step-title", "notice-title")
MIN_TEXT_PX = 18  # the smallest, the upper-case captions; body text is 20 px and more
MIN_TITLE_PX = 32
MIN_KEY_PX = 32


@pytest.mark.parametrize(
    "name",
    [
        "login",
        "step-measurement",
        "nonconformance",
        "completion",
        "maintenance",
        "status-offline",
        "downtime-running",
        "stops",
        "stop-coding",
        "handoff-accept",
        "line-board",
        "exception-raise",
        "exception-queue",
        "exception-detail",
        "step-hold",
    ],
)
def test_type_is_large_enough_to_read_at_arms_length(
    name: str,
    qtbot: QtBot,
    tmp_path: Path,
    clock: ManualClock,
    demo_definition: PlantDefinition,
    worker: Worker,
) -> None:
    spec = SCREENS[name]
    folder = demo.create_demo(tmp_path / "data", demo_plant_dir(), clock, demo_definition)
    kiosk = open_kiosk(folder, clock, spec.station)
    try:
        ctx = PreviewContext(
            kiosk, load_place(kiosk), worker, clock, lambda: qtbot.waitUntil(worker.is_idle)
        )
        screen = spec.build(ctx)
        qtbot.addWidget(screen)
        screen.resize(1280, 800)
        screen.show()
        ctx.settle()
        checked = 0
        for widget in screen.findChildren(QWidget):
            if not widget.isVisible() or not isinstance(widget, QLabel | QPushButton):
                continue
            if not widget.text():
                continue
            checked += 1
            size = widget.font().pixelSize()
            assert size >= MIN_TEXT_PX, f"{widget.text()!r} is {size} px"
            if widget.property("role") in TITLE_ROLES:
                assert size >= MIN_TITLE_PX, f"title {widget.text()!r} is {size} px"
            if widget.property("key") == "digit":
                assert size >= MIN_KEY_PX, f"key {widget.text()!r} is {size} px"
        assert checked >= 5
    finally:
        qtbot.waitUntil(worker.is_idle)
        kiosk.close()
