"""What the window lends each part it builds behind the login screen (ui/job_pages.py,
ui/exception_pages.py, ui/lead_pages.py): the open kiosk, its place, the stack of screens and
the window's own navigation."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QStackedWidget, QWidget

from harmony_kiosk.clock import Clock
from ui.place import Place
from ui.worker import Worker

if TYPE_CHECKING:  # services import SQLAlchemy: kept off the path to the first paint
    from harmony_kiosk.services.auth import OperatorSession
    from harmony_kiosk.services.kiosk import Kiosk


class BackHome(Protocol):
    """Home for whoever is logged in (the login screen when nobody is), with a banner saying
    what was just done and the job to select."""

    def __call__(self, banner: str = "", job_id: str | None = None) -> None: ...


@dataclass(frozen=True)
class WindowParts:
    """The parts are built once the kiosk has opened, and again at a change of language."""

    worker: Worker
    kiosk: Kiosk
    place: Place
    clock: Clock
    stack: QStackedWidget
    show: Callable[[QWidget], None]  # puts a screen of `stack` in front
    back_home: BackHome
    session: Callable[[], OperatorSession | None]  # who is logged in now
