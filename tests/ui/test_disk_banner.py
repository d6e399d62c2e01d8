"""The disk warning on the login and home screens: amber at 91 %, red at 96 %, gone again when
IT frees space; measured on the worker every minute (the measurement is injected)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.disk_space import DiskGauge, DiskUse
from harmony_kiosk.domain.plant_files import PlantDefinition
from harmony_kiosk.paths import demo_plant_dir
from harmony_kiosk.services import demo
from harmony_kiosk.services.kiosk import Kiosk, open_kiosk
from tests.ui.conftest import Screenshots
from tests.ui.tappables import problems
from ui.disk_watch import REFRESH_MS, DiskWatch
from ui.main_window import MainWindow
from ui.place import load_place
from ui.preview import SCREENS, PreviewContext
from ui.screens.frame import Screen
from ui.worker import Worker

GB = 1024**3


class FakeDisk:
    """A 100 GB disk whose use the test sets; counts how often it was measured."""

    def __init__(self) -> None:
        self.percent = 50.0
        self.measured = 0

    def __call__(self, _folder: Path) -> DiskUse:
        self.measured += 1
        return DiskUse(int(self.percent * GB), 100 * GB)


@pytest.fixture
def disk() -> FakeDisk:
    return FakeDisk()


@pytest.fixture
def preview_kiosk(
    tmp_path: Path, clock: ManualClock, demo_definition: PlantDefinition, disk: FakeDisk
) -> Iterator[Kiosk]:
    folder = demo.create_demo(tmp_path / "data", demo_plant_dir(), clock, demo_definition)
    kiosk = open_kiosk(folder, clock, SCREENS["home"].station, disk=DiskGauge(folder, None, disk))
    yield kiosk
    kiosk.close()


@pytest.fixture
def screens(
    qtbot: QtBot, preview_kiosk: Kiosk, clock: ManualClock, worker: Worker
) -> Iterator[list[Screen]]:
    ctx = PreviewContext(
        preview_kiosk,
        load_place(preview_kiosk),
        worker,
        clock,
        lambda: qtbot.waitUntil(worker.is_idle),
    )
    built = []
    for name in ("login", "home"):
        screen = SCREENS[name].build(ctx)
        assert isinstance(screen, Screen)
        qtbot.addWidget(screen)
        screen.resize(1280, 800)
        screen.show()
        built.append(screen)
    ctx.settle()
    yield built
    qtbot.waitUntil(worker.is_idle)


def _watch(qtbot: QtBot, worker: Worker, kiosk: Kiosk, screens: list[Screen]) -> DiskWatch:
    watch = DiskWatch(worker, kiosk.disk, screens, screens[0])
    qtbot.waitUntil(lambda: watch.latest is not None)
    return watch


def test_the_banner_warns_at_91_and_says_recordings_stop_at_96(
    qtbot: QtBot,
    worker: Worker,
    preview_kiosk: Kiosk,
    screens: list[Screen],
    disk: FakeDisk,
    shots: Screenshots,
) -> None:
    watch = _watch(qtbot, worker, preview_kiosk, screens)
    assert [banner.isVisible() for banner in watch.banners] == [False, False]

    disk.percent = 91
    watch.timer.timeout.emit()  # the minute has passed
    qtbot.waitUntil(lambda: all(banner.isVisible() for banner in watch.banners))
    for screen, banner in zip(screens, watch.banners, strict=True):
        assert banner.text() == (
            "⚠  The kiosk's disk is 91% full. Please tell IT: voice notes and photos stop at 95%."
        )
        assert banner.property("tone") == "warn"
        assert banner.parent() is screen.body_frame  # the first thing under the header
        QApplication.processEvents()
        assert problems(screen) == []
        assert banner.width() > 1000
    shots.save(screens[0], "login-91")

    disk.percent = 96
    watch.refresh()
    qtbot.waitUntil(lambda: watch.banners[0].property("tone") == "full")
    assert "96% full: voice notes and photos are refused" in watch.banners[1].text()
    assert "Everything else keeps being saved." in watch.banners[1].text()
    shots.save(screens[1], "home-96")

    disk.percent = 60  # IT freed space
    watch.refresh()
    qtbot.waitUntil(lambda: not any(banner.isVisible() for banner in watch.banners))


def test_it_measures_every_minute_on_the_worker_one_at_a_time(
    qtbot: QtBot, worker: Worker, preview_kiosk: Kiosk, screens: list[Screen], disk: FakeDisk
) -> None:
    watch = _watch(qtbot, worker, preview_kiosk, screens)
    assert watch.timer.isActive()
    assert watch.timer.interval() == REFRESH_MS == 60_000
    before = disk.measured
    watch.refresh()
    watch.refresh()  # while the first is on the worker: not queued twice
    qtbot.waitUntil(worker.is_idle)
    assert disk.measured == before + 1


def test_the_window_puts_the_banner_on_login_and_home(window: MainWindow) -> None:
    assert window.home is not None
    owners = [banner.parent() for banner in window.disk_watch.banners]
    assert owners == [window.login.body_frame, window.home.body_frame]
