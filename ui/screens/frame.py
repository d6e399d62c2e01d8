"""The frame every screen shares: header bar on top, a body, and an action bar at the bottom."""

from __future__ import annotations

from datetime import tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from harmony_kiosk.clock import Clock
from ui.exception_context import RaiseContext
from ui.place import Place
from ui.role_wording import main_role
from ui.widgets.clock_label import ClockLabel, site_zone
from ui.widgets.exception_header import raise_exception_button
from ui.widgets.header import HeaderBar, PersonBadge
from ui.widgets.stop_chip import StopChip
from ui.widgets.sync_pill import SyncPill

if TYPE_CHECKING:  # services import SQLAlchemy: kept off the path to the first paint
    from harmony_kiosk.services.auth import OperatorSession

PAGE_MARGIN = 24


class Screen(QWidget):
    """A page of the kiosk. Subclasses fill `body` and `actions`."""

    raise_exception_requested = Signal()  # the header's "Raise exception" was tapped
    raise_button: QPushButton | None = None

    def __init__(self, clock: Clock, place: Place | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, on=True)
        self.zone: tzinfo | None = None  # the site's time zone, once the place is known
        self.header = HeaderBar()
        self.stop_chip = StopChip()  # the station's running stop, on every screen while it lasts
        self.header.add_right(self.stop_chip)
        self.sync_pill = SyncPill(clock)
        self.header.add_right(self.sync_pill)
        self.person = PersonBadge()
        self.person.hide()
        self.header.add_right(self.person)
        self.clock_label = ClockLabel(clock, None)
        self.header.add_right(self.clock_label)
        self.page = page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(0)
        page.addWidget(self.header)
        self.body_frame = QWidget()
        self.body = QVBoxLayout(self.body_frame)
        self.body.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN)
        self.body.setSpacing(16)
        page.addWidget(self.body_frame, 1)
        self.action_bar = QFrame()
        self.action_bar.setProperty("role", "action-bar")
        self.action_row = QHBoxLayout(self.action_bar)
        self.action_row.setContentsMargins(PAGE_MARGIN, 12, PAGE_MARGIN, 12)
        self.action_row.setSpacing(16)
        page.addWidget(self.action_bar)
        if place is not None:
            self.set_place(place)

    def set_place(self, place: Place) -> None:
        self.header.set_place(place.station_name, place.subtitle)
        self.zone = site_zone(place.site_timezone)
        self.clock_label.set_zone(self.zone)
        self.sync_pill.set_zone(self.zone)

    def set_person(self, session: OperatorSession | None) -> None:
        if self.raise_button is not None:
            self.raise_button.setVisible(session is not None)
        if session is None:
            self.person.hide()
            return
        self.person.set_person(session.name, main_role(session))
        self.person.show()

    # --- exceptions: raised from anywhere while someone is logged in ---------------------------
    def offer_raise_exception(self) -> None:
        """Put "Raise exception" in the header, shown while someone is logged in (set_person)."""
        if self.raise_button is None:
            self.raise_button = raise_exception_button()
            self.raise_button.hide()
            self.raise_button.clicked.connect(self.raise_exception_requested)
            self.header.add_right(self.raise_button, first=True)

    def exception_context(self) -> RaiseContext:
        """What an exception raised from this screen is about; screens with a job say which."""
        return RaiseContext()
