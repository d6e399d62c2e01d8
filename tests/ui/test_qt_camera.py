"""The kiosk's real camera source on a machine with no camera: it says it failed, at once."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from ui.exception_camera import has_camera


def test_the_qt_camera_fails_plainly_where_there_is_no_camera(qtbot: QtBot) -> None:
    # Asked first, as the kiosk does: it loads Qt Multimedia with its expected start-up lines
    # kept out of Qt's warning channel.
    if has_camera():
        pytest.skip("this machine has a camera: the test is about machines without one")
    from ui.camera.qt_camera import QtCameraSource

    source = QtCameraSource()
    with qtbot.waitSignal(source.failed, timeout=5_000) as failed:
        source.start()
    assert failed.args == ["no video input"]
    source.capture()  # tapping Take photo anyway is refused the same way, never a crash
    source.stop()
