"""Past resolutions offered at the point of need: up to three similar cases of this line."""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from ui.exception_wording import person, when_text
from ui.widgets.clamped_text import ClampedText
from ui.widgets.touch import text

if TYPE_CHECKING:  # services import SQLAlchemy: kept off the path to the first paint
    from harmony_kiosk.store.knowledge_index import PastCase

MAX_CASES = 3
TITLE = "Solved before on this line"
WAITING = "Type what is wrong: how the same trouble was resolved before on this line shows here."
NOTHING = "No similar past cases on this line."


class PastCaseCard(QFrame):
    """The problem, what was decided and why, and who decided it when."""

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "past-case")
        self.setObjectName(f"past-case-{number}")
        column = QVBoxLayout(self)
        column.setContentsMargins(18, 9, 16, 9)
        column.setSpacing(2)
        self.problem = ClampedText("case-problem", 2, name=f"past-case-{number}-problem")
        self.resolution = ClampedText("case-resolution", 2, name=f"past-case-{number}-resolution")
        self.meta = ClampedText("case-meta", 1, name=f"past-case-{number}-meta")
        for part in (self.problem, self.resolution, self.meta):
            column.addWidget(part)

    def show_case(
        self, case: PastCase, names: dict[str, str], zone: tzinfo | None, now: datetime
    ) -> None:
        self.problem.set_full_text(case.problem[:1].upper() + case.problem[1:])
        self.resolution.set_full_text(f"✓ {case.resolution}")
        who = person(case.decided_by, names) if case.decided_by else "not recorded"
        self.meta.set_full_text(f"Decided by {who} · {when_text(case.occurred_at, zone, now)}")


class PastCasesPanel(QFrame):
    """A heading, a line saying what is shown (or why nothing is), and the case cards."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("past-cases")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        self.title = text(TITLE, "section-title", name="past-title")
        column.addWidget(self.title)
        self.status = text(WAITING, "caption", name="past-status")
        column.addWidget(self.status)
        self.cards = [PastCaseCard(number) for number in range(MAX_CASES)]
        for case_card in self.cards:
            case_card.hide()
            column.addWidget(case_card)
        column.addStretch(1)
        self.shown: list[PastCase] = []

    def show_waiting(self) -> None:
        self.shown = []
        self.title.setText(TITLE)
        self._status(WAITING)
        for case_card in self.cards:
            case_card.hide()

    def show_cases(
        self, cases: list[PastCase], names: dict[str, str], zone: tzinfo | None, now: datetime
    ) -> None:
        self.shown = list(cases[:MAX_CASES])
        found = len(self.shown)
        self._status("" if found else NOTHING)
        self.title.setText(f"{TITLE} · {found} alike" if found else TITLE)
        for index, case_card in enumerate(self.cards):
            if index < found:
                case_card.show_case(self.shown[index], names, zone, now)
            case_card.setVisible(index < found)

    def _status(self, message: str) -> None:
        self.status.setText(message)
        self.status.setVisible(bool(message))
