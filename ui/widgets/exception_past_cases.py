"""Past resolutions offered at the point of need: up to three similar cases of this line."""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from ui.exception_wording import KIND_NAMES, kind_name, person, when_text
from ui.marked import QT_TRANSLATE_NOOP
from ui.widgets.clamped_text import ClampedText
from ui.widgets.touch import text

if TYPE_CHECKING:  # services import SQLAlchemy: kept off the path to the first paint
    from harmony_kiosk.store.knowledge_index import PastCase

MAX_CASES = 3
TITLE = QT_TRANSLATE_NOOP("ExceptionPastCases", "Solved before on this line")
WAITING = QT_TRANSLATE_NOOP(
    "ExceptionPastCases",
    "Type what is wrong: how the same trouble was resolved before on this line shows here.",
)
NOTHING = QT_TRANSLATE_NOOP("ExceptionPastCases", "No similar past cases on this line.")


def _said(source: str) -> str:
    return QCoreApplication.translate("ExceptionPastCases", source)


def _problem_said(problem: str) -> str:
    """The index keeps "equipment: Conveyor jammed…": the kind said in the language shown."""
    kind, colon, said = problem.partition(": ")
    if colon and kind in KIND_NAMES:
        return f"{kind_name(kind)}: {said}"
    return problem[:1].upper() + problem[1:]


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
        self.problem.set_full_text(_problem_said(case.problem))
        self.resolution.set_full_text(f"✓ {case.resolution}")
        who = (
            person(case.decided_by, names)
            if case.decided_by
            else QCoreApplication.translate("ExceptionPastCases", "not recorded")
        )
        self.meta.set_full_text(
            QCoreApplication.translate(
                "ExceptionPastCases", "Decided by {who} · {when_text}"
            ).format(who=who, when_text=when_text(case.occurred_at, zone, now))
        )


class PastCasesPanel(QFrame):
    """A heading, a line saying what is shown (or why nothing is), and the case cards."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("past-cases")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        self.title = text(_said(TITLE), "section-title", name="past-title")
        column.addWidget(self.title)
        self.status = text(_said(WAITING), "caption", name="past-status")
        column.addWidget(self.status)
        self.cards = [PastCaseCard(number) for number in range(MAX_CASES)]
        for case_card in self.cards:
            case_card.hide()
            column.addWidget(case_card)
        column.addStretch(1)
        self.shown: list[PastCase] = []

    def show_waiting(self) -> None:
        self.shown = []
        self.title.setText(_said(TITLE))
        self._status(_said(WAITING))
        for case_card in self.cards:
            case_card.hide()

    def show_cases(
        self, cases: list[PastCase], names: dict[str, str], zone: tzinfo | None, now: datetime
    ) -> None:
        self.shown = list(cases[:MAX_CASES])
        found = len(self.shown)
        self._status("" if found else _said(NOTHING))
        alike = QCoreApplication.translate("ExceptionPastCases", "{title} · {found} alike")
        shown = alike.format(title=_said(TITLE), found=found) if found else _said(TITLE)
        self.title.setText(shown)
        for index, case_card in enumerate(self.cards):
            if index < found:
                case_card.show_case(self.shown[index], names, zone, now)
        self._fit()

    def minimumSizeHint(self) -> QSize:
        # The heading must fit; cards that do not are left out whole (_fit), never squeezed
        # into each other: with large text at 1280×800 two of three fit beside the keyboard.
        hint = super().minimumSizeHint()
        return QSize(hint.width(), self.title.minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        spacing = 8
        room = self.height() - self.title.sizeHint().height() - spacing
        for index, case_card in enumerate(self.cards):
            needed = case_card.minimumSizeHint().height() + spacing
            fits = index < len(self.shown) and room >= needed
            case_card.setVisible(fits)
            if fits:
                room -= needed

    def _status(self, message: str) -> None:
        self.status.setText(message)
        self.status.setVisible(bool(message))
