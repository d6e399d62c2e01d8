"""The window's part for exceptions: "Raise exception" from any screen that offers it, the
line's queue on home, one exception's detail, and the quality hold in the step runner.

Built by MainWindow once the kiosk is open, and owned by it: the screens here only emit
signals; the navigation they cause is decided here, on the window's behalf, with the window's
own `show` and `back_home`, so ui.main_window keeps one call for all of it.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, SignalInstance

from ui.exception_reads import read_hold
from ui.screens.exception_detail import ExceptionDetailScreen
from ui.screens.exception_raise import RaiseExceptionScreen
from ui.screens.frame import Screen
from ui.widgets.exception_queue import ExceptionQueue
from ui.window_parts import WindowParts

if TYPE_CHECKING:  # services import SQLAlchemy: kept off the path to the first paint
    from ui.screens.home import HomeScreen
    from ui.screens.step_runner import StepRunnerScreen


class ExceptionPages(QObject):
    """Makes the raise form, the detail and the queue, and wires what each tap opens."""

    def __init__(
        self,
        parts: WindowParts,
        home: HomeScreen,
        runner: StepRunnerScreen,
        *,
        synced: SignalInstance,
    ) -> None:
        stack, back_home = parts.stack, parts.back_home
        super().__init__(stack)
        self._stack = stack
        self._home = home
        self._runner = runner
        self._show = parts.show
        self._back_home = back_home
        self._session = parts.session
        worker, kiosk, place, clock = parts.worker, parts.kiosk, parts.place, parts.clock
        self._came_from: Screen | None = None  # where the person raised it from
        self.raise_screen = RaiseExceptionScreen(worker, kiosk, place, clock)
        self.detail = ExceptionDetailScreen(worker, kiosk, place, clock)
        self.screens: tuple[Screen, ...] = (self.raise_screen, self.detail)
        self.raise_screen.finished.connect(self._raised)
        self.detail.closed.connect(back_home)
        self.queue = ExceptionQueue(worker, kiosk.exceptions, clock, place.line_name)
        self.queue.opened.connect(self._open_detail)
        home.body.addWidget(self.queue)  # under the work orders
        runner.attach_holds(partial(read_hold, kiosk))
        synced.connect(self._synced)
        self._synced_signal = synced
        for index in range(stack.count()):
            self._offer_raise(index)
        stack.widgetAdded.connect(self._offer_raise)
        for screen in self.screens:
            stack.addWidget(screen)

    def detach(self) -> None:
        """Stop listening to the window's stack and to sync: these pages are being replaced
        (ui.screen_set, when the screens are built again in another language)."""
        self._stack.widgetAdded.disconnect(self._offer_raise)
        self._synced_signal.disconnect(self._synced)

    def _offer_raise(self, index: int) -> None:
        """Every screen of the stack, now and later: those that offer the button are heard."""
        screen = self._stack.widget(index)
        if isinstance(screen, Screen):
            screen.raise_exception_requested.connect(partial(self._open_raise, screen))

    def _open_raise(self, screen: Screen) -> None:
        session = self._session()
        if session is None:
            return
        self._came_from = screen
        self.raise_screen.begin(session, screen.exception_context())
        self._show(self.raise_screen)

    def _raised(self, saved: object) -> None:
        """Saved or cancelled: back where the person was (the notice says it was raised)."""
        back, self._came_from = self._came_from, None
        if saved is not None and back is self._runner:
            self._runner.after_exception_raised()
        if back is None or back is self._home:
            self._back_home()
            return
        self._show(back)

    def _open_detail(self, exception_id: str) -> None:
        session = self._session()
        if session is None:
            return
        self.detail.open(session, exception_id)
        self._show(self.detail)

    def _synced(self) -> None:
        """Other kiosks' events may have arrived: what is shown is read again."""
        if self.queue.isVisible():
            self.queue.refresh()
        if self.detail.isVisible():
            self.detail.refresh()
