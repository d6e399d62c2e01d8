"""A vertical list of tappable rows for touch: one row chosen at a time, scrolled by the finger."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QListView, QScroller


def queue_list(
    model: QAbstractItemModel, delegate: Callable[[QListView], QAbstractItemDelegate]
) -> QListView:
    """A list showing `model`, its rows painted by `delegate(list)` (the work orders on home,
    the line's stops). No keyboard focus: a kiosk has no keyboard, and a focus frame only
    confuses; the rows scroll per pixel under a dragging finger."""
    view = QListView()
    view.setModel(model)
    view.setItemDelegate(delegate(view))
    view.setProperty("role", "queue")
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setUniformItemSizes(True)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    QScroller.grabGesture(view.viewport(), QScroller.ScrollerGestureType.TouchGesture)
    return view
