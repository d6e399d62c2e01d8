"""The window's message screen: what its two buttons do next, and the calm words after a crash or
a refused action (operators never see a stack trace)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QStackedWidget, QWidget

from harmony_kiosk.errors import KnownError
from ui.marked import QT_TRANSLATE_NOOP
from ui.refusal_wording import refusal_text
from ui.screens.message import MessageScreen
from ui.startup_text import Said

# The English source text: shown through QCoreApplication.translate, in the language shown now.
GENERIC_PROBLEM = QT_TRANSLATE_NOOP("MainWindow", "Something went wrong. Your saved work is safe.")
Then = Callable[[], None]


class WindowMessages(QObject):
    """Shows `screen` in `stack`; its main button then calls what the last message asked for,
    its other button the other action (trying to start again unless told otherwise)."""

    def __init__(
        self,
        stack: QStackedWidget,
        screen: MessageScreen,
        show: Callable[[QWidget], None],
        *,
        back_home: Then,
        retry_start: Then,
    ) -> None:
        super().__init__(stack)
        self._stack = stack
        self.screen = screen
        self._show = show
        self._back_home = back_home
        self._retry_start = retry_start
        self._action: Then = back_home
        self._other: Then = retry_start
        screen.acted.connect(self._acted)
        screen.other_acted.connect(self._other_acted)

    def is_shown(self) -> bool:
        return self._stack.currentWidget() is self.screen

    def say(self, said: Said, then: Then, other: Then | None = None) -> None:
        self._action = then
        self._other = other or self._retry_start
        self.screen.show_message(*said)
        self._show(self.screen)

    def crash(self, *, opened: bool) -> None:
        """The calm message after an unexpected error; before the kiosk `opened`, the way on is
        to try starting again, after it, back to home."""
        if not opened:
            self._tell(
                QCoreApplication.translate("MainWindow", "The kiosk cannot start"),
                QCoreApplication.translate(
                    "MainWindow", "Something went wrong while opening the kiosk's data."
                ),
                QCoreApplication.translate(
                    "MainWindow",
                    "The details are in the kiosk's log. Call IT and show them this screen.",
                ),
                QCoreApplication.translate("MainWindow", "Try again"),
                self._retry_start,
            )
            return
        self._tell(
            QCoreApplication.translate("MainWindow", "Something went wrong"),
            QCoreApplication.translate("MainWindow", GENERIC_PROBLEM),
            QCoreApplication.translate("MainWindow", "If it happens again, tell your team lead."),
            QCoreApplication.translate("MainWindow", "Back to home"),
            self._back_home,
        )

    def refused(self, error: KnownError) -> None:
        """The service said no (a rule, a role): its own clear words, then back to home."""
        self._tell(
            QCoreApplication.translate("MainWindow", "That did not work"),
            refusal_text(error),
            "",
            QCoreApplication.translate("MainWindow", "Back to home"),
            self._back_home,
        )

    def _tell(self, title: str, message: str, hint: str, action: str, then: Then) -> None:
        self.say((title, message, hint, action, ""), then)

    def _acted(self) -> None:
        self._action()

    def _other_acted(self) -> None:
        self._other()
