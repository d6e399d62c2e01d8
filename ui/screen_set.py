"""Taking the screens behind the login screen down, so they can be built again in another language.

The screens set most of their texts as they are built; an operator who reads another language
than the one they were built in gets them built again, after the translator is installed
(ui.main_window). What was built stays alive, hidden, until the worker has delivered every
answer already asked for: a late answer then lands in a hidden screen, never a deleted one.
"""

from __future__ import annotations

import contextlib
import warnings
from collections.abc import Iterable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStackedWidget, QWidget

from ui.screens.frame import Screen
from ui.worker import Worker


def retire(
    stack: QStackedWidget, keep: Iterable[QWidget], others: Iterable[QObject], worker: Worker
) -> None:
    """Remove every screen of `stack` not in `keep`, and delete them and `others` (the objects
    that wired them: pages, keepers, watches) once `worker` is idle. The kept screens forget who
    listened to their "Raise exception" button: the next pages listen again."""
    kept = set(keep)
    gone: list[QObject] = []
    for index in reversed(range(stack.count())):
        screen = stack.widget(index)
        if screen is None:
            continue
        if screen in kept:
            if isinstance(screen, Screen):
                _forget_listeners(screen)
            continue
        stack.removeWidget(screen)
        screen.hide()
        gone.append(screen)
    gone.extend(others)

    def delete() -> None:
        for thing in gone:
            thing.deleteLater()

    if worker.is_idle():
        delete()
        return

    def settled() -> None:
        worker.settled.disconnect(settled)
        delete()

    worker.settled.connect(settled)


def _forget_listeners(screen: Screen) -> None:
    # PySide warns when a signal had nobody to disconnect; that is fine here.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with contextlib.suppress(RuntimeError, TypeError):
            screen.raise_exception_requested.disconnect()
