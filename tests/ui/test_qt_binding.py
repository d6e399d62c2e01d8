"""The Qt binding itself: a kiosk runs for months, so a reference leak per signal is fatal.

PySide6 6.12.0 dropped a reference to Python's `True` on every `emit()`; on Python 3.11 the
process aborted ("bool_dealloc") after a few thousand database calls. This test fails on such a
binding long before an operator would meet the crash.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    bare = Signal()
    carrying = Signal(object)


def test_emitting_signals_keeps_reference_counts_of_true_and_false_stable() -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.bare.connect(lambda: received.append(None))
    emitter.carrying.connect(received.append)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(200):
        emitter.bare.emit()
        emitter.carrying.emit("saved")
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert len(received) == 400
    # A few references may come and go; a leak shows as hundreds.
    assert abs(after[0] - before[0]) < 50
    assert abs(after[1] - before[1]) < 50
