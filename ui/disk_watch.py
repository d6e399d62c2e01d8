"""Measures the kiosk's disk every minute on the worker and shows it on the screens' banners."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from ui.widgets.disk_banner import DiskBanner
from ui.worker import Worker

if TYPE_CHECKING:
    from harmony_kiosk.disk_space import DiskGauge, DiskReading
    from ui.screens.frame import Screen

REFRESH_MS = 60_000  # a disk fills over hours; a minute is soon enough and costs nothing


class DiskWatch(QObject):
    """Owns one banner per watched screen (the first thing in its body) and keeps them current.
    The measurement touches the disk, so it runs on the worker like any read."""

    def __init__(
        self, worker: Worker, gauge: DiskGauge, screens: Iterable[Screen], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._gauge = gauge
        self._reading = False
        self.banners: list[DiskBanner] = []
        for screen in screens:
            banner = DiskBanner()
            screen.body.insertWidget(0, banner)
            self.banners.append(banner)
        self.latest: DiskReading | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    def refresh(self) -> None:
        if self._reading:  # one measurement at a time; the next tick comes soon enough
            return
        self._reading = True
        self._worker.run(self._gauge.read, self._show, self._failed, background=True)

    def _show(self, reading: DiskReading) -> None:
        self._reading = False
        self.latest = reading
        for banner in self.banners:
            banner.show_reading(reading)

    def _failed(self, _error: object) -> None:
        self._reading = False
