"""Splitting a stop that was really two: where the second begins, by slider or minute keypad."""

from __future__ import annotations

from datetime import timedelta, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QSlider, QVBoxLayout, QWidget

from ui.downtime_wording import clock_time, minutes_text
from ui.widgets.keypad import Keypad
from ui.widgets.touch import field, text

if TYPE_CHECKING:
    from harmony_kiosk.services.downtime import DowntimeView

SLIDER_HEIGHT = 96


class SplitForm(QWidget):
    """A slider across the stop (in whole minutes when it lasted two or more) and a keypad for
    the minute; both always agree. `after_s()` is what `DowntimeService.split` is given."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("split-form")
        self._stop: DowntimeView | None = None
        self._zone: tzinfo | None = None
        self._unit = 60
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(40)
        left = QVBoxLayout()
        left.setSpacing(14)
        left.addWidget(
            text(
                QCoreApplication.translate("SplitForm", "Where does the second stop begin?"),
                "title",
            )
        )
        self.whole = text("", "lead", name="split-whole")
        left.addWidget(self.whole)
        left.addSpacing(8)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("split-slider")
        self.slider.setMinimumHeight(SLIDER_HEIGHT)
        self.slider.setTracking(True)
        self.slider.valueChanged.connect(self._moved)
        left.addWidget(self.slider)
        self.first = text("", "lead-strong", name="split-first")
        self.second = text("", "lead-strong", name="split-second")
        left.addWidget(self.first)
        left.addWidget(self.second)
        left.addStretch(1)
        row.addLayout(left, 3)
        right = QVBoxLayout()
        right.setSpacing(10)
        self.unit_label = text(
            QCoreApplication.translate("SplitForm", "Minutes into the stop"), "field-label"
        )
        right.addWidget(self.unit_label)
        self.minutes = field(
            name="split-minutes", placeholder=QCoreApplication.translate("SplitForm", "e.g. 4")
        )
        self.minutes.setProperty("role", "value")
        self.minutes.setMaxLength(4)
        right.addWidget(self.minutes)
        self.keypad = Keypad(ok_text=QCoreApplication.translate("SplitForm", "Set"))
        self.keypad.set_target(self.minutes)
        self.keypad.submitted.connect(self._typed)
        self.minutes.returnPressed.connect(self._typed)
        right.addWidget(self.keypad)
        right.addStretch(1)
        row.addLayout(right, 2)

    def begin(self, stop: DowntimeView, zone: tzinfo | None) -> None:
        """A stop that has ended: the split starts half-way."""
        assert stop.duration_s is not None
        self._stop, self._zone = stop, zone
        self._unit = 60 if stop.duration_s >= 120 else 1
        steps = max(1, (stop.duration_s - 1) // self._unit)
        self.unit_label.setText(
            QCoreApplication.translate("SplitForm", "Minutes into the stop")
            if self._unit == 60
            else QCoreApplication.translate("SplitForm", "Seconds into the stop")
        )
        self.slider.setRange(1, steps)
        self.slider.setPageStep(max(1, steps // 10))
        start = clock_time(stop.started_at, zone)
        end = clock_time(stop.started_at + timedelta(seconds=stop.duration_s), zone)
        self.whole.setText(
            QCoreApplication.translate(
                "SplitForm", "The stop ran {start} – {end}, {minutes_text}."
            ).format(start=start, end=end, minutes_text=minutes_text(stop.duration_s))
        )
        self.slider.setValue(max(1, steps // 2))
        self._moved(self.slider.value())

    def after_s(self) -> int:
        return self.slider.value() * self._unit

    def set_after(self, count: int) -> None:
        """Minutes (or seconds, for a stop under two minutes) into the stop."""
        self.slider.setValue(count)

    def _typed(self) -> None:
        digits = self.minutes.text().strip()
        if digits.isdigit():
            self.slider.setValue(int(digits))
        self.minutes.clear()  # the slider and the two lines below show where the split is
        self._moved(self.slider.value())

    def _moved(self, value: int) -> None:
        stop = self._stop
        if stop is None or stop.duration_s is None:
            return
        after = value * self._unit
        cut = stop.started_at + timedelta(seconds=after)
        start = clock_time(stop.started_at, self._zone)
        end = clock_time(stop.started_at + timedelta(seconds=stop.duration_s), self._zone)
        at = clock_time(cut, self._zone)
        self.first.setText(
            QCoreApplication.translate(
                "SplitForm", "First stop:  {start} – {at} · {minutes_text}"
            ).format(start=start, at=at, minutes_text=minutes_text(after))
        )
        rest = stop.duration_s - after
        self.second.setText(
            QCoreApplication.translate(
                "SplitForm", "Second stop:  {at} – {end} · {minutes_text}"
            ).format(at=at, end=end, minutes_text=minutes_text(rest))
        )
