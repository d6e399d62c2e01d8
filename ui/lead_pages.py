"""The window's part for downtime and the lead's pages: the station bar on home, the running
stop in every header, the line's stops, the shift handoff and the line board.

Built by MainWindow once the kiosk is open, and owned by it: the screens here only emit signals;
the navigation they cause is decided here, on the window's behalf, with the window's own `show`
and `back_home`, so ui.main_window keeps one call for all of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ui.downtime_watch import DowntimeWatch
from ui.screens.frame import Screen
from ui.screens.handoff import HandoffScreen
from ui.screens.line_board import LineBoardScreen
from ui.screens.stops import StopsScreen
from ui.station_desk import put_on_home
from ui.window_parts import WindowParts

if TYPE_CHECKING:  # services import SQLAlchemy: kept off the path to the first paint
    from ui.screens.home import HomeScreen


class LeadPages(QObject):
    """Makes the screens, puts the station bar on `home`, and wires what each tap opens."""

    def __init__(self, parts: WindowParts, home: HomeScreen) -> None:
        stack, back_home = parts.stack, parts.back_home
        super().__init__(stack)
        self._stack = stack
        self._home = home
        self._show = parts.show
        self._session = parts.session
        worker, kiosk, place, clock = parts.worker, parts.kiosk, parts.place, parts.clock
        self.watch = DowntimeWatch(clock, self)
        self.desk = put_on_home(home, worker, kiosk, clock, self.watch)
        self.bar = self.desk.bar
        self.stops = StopsScreen(worker, kiosk, place, clock)
        self.handoff = HandoffScreen(worker, kiosk, place, clock)
        self.board = LineBoardScreen(worker, kiosk, place, clock)
        self.screens: tuple[Screen, ...] = (self.stops, self.handoff, self.board)
        for screen in self.screens:
            stack.addWidget(screen)
            screen.home_requested.connect(back_home)
        self.bar.stops_requested.connect(lambda: self._open(self.stops))
        self.bar.handoff_requested.connect(lambda: self._open(self.handoff))
        self.bar.board_requested.connect(lambda: self._open(self.board))
        for index in range(stack.count()):
            self._follow(index)
        stack.widgetAdded.connect(self._follow)
        stack.currentChanged.connect(self._shown)
        worker.run(kiosk.downtime.running, self.watch.set_running, background=True)

    def detach(self) -> None:
        """Stop listening to the window's stack: these pages are being replaced (ui.screen_set,
        when the screens are built again in another language)."""
        self._stack.widgetAdded.disconnect(self._follow)
        self._stack.currentChanged.disconnect(self._shown)

    def _open(self, screen: StopsScreen | HandoffScreen | LineBoardScreen) -> None:
        session = self._session()
        if session is None:
            return
        screen.enter(session)
        self._show(screen)

    def _follow(self, index: int) -> None:
        """Every screen's header shows the running stop, those added later too."""
        screen = self._stack.widget(index)
        if isinstance(screen, Screen):
            screen.stop_chip.follow(self.watch)

    def _shown(self, _index: int) -> None:
        session = self._session()
        if self._stack.currentWidget() is self._home and session is not None:
            self.desk.enter(session)
