"""The line board's sentences in the language shown: the pareto's summary, recurring and rising
reasons, and the reason labels of the chart.

harmony_kiosk.services.patterns writes each pattern's sentence in English (the journal, the
server and the PDF read it so); the board says it again here from the pattern's numbers and
terms, with the reason tree's labels in the language shown.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ui.wording import number_text

if TYPE_CHECKING:  # services import SQLAlchemy: kept off the path to the first paint
    from harmony_kiosk.domain.reasons import ReasonTree
    from harmony_kiosk.services.patterns import ParetoBar, Pattern

HEAD_SHARE = 0.8  # the few reasons that make most of the loss (the 80 % rule of the service)
UNCODED = "Not coded yet"  # the services' words for minutes without a reason (handoff summary)


def uncoded_or(label: str) -> str:
    """A reason label from the services, "Not coded yet" in the language shown."""
    if label == UNCODED:
        return QCoreApplication.translate("PatternWording", "Not coded yet")
    return label


def reason_label(code: str | None, tree: ReasonTree, language: str) -> str:
    if code is None:
        return QCoreApplication.translate("PatternWording", "Not coded yet")
    return tree.path_text(code, language) if code in tree else code


def bars_said(bars: list[ParetoBar], tree: ReasonTree, language: str) -> list[ParetoBar]:
    return [replace(bar, label=reason_label(bar.reason_code, tree, language)) for bar in bars]


def pareto_said(pattern: Pattern, bars: list[ParetoBar]) -> Pattern:
    """ "3 reasons make 91% of the 70 min lost: …", from bars already labelled."""
    head: list[ParetoBar] = []
    for bar in bars:
        head.append(bar)
        if bar.cumulative_share >= HEAD_SHARE:
            break
    listed = ", ".join(f"{bar.label} ({bar.minutes:.0f} min)" for bar in head)
    reasons = len(head)
    said = QCoreApplication.translate(
        "PatternWording",
        "%n reason(s) make {share} of the {total} min lost: {listed}.",
        "",
        reasons,
    ).format(
        share=f"{pattern.numbers.get('share', 0):.0%}",
        total=f"{pattern.numbers.get('total_minutes', 0):.0f}",
        listed=listed,
    )
    return replace(pattern, sentence=said)


def equipment_said(terms: dict[str, str], language: str) -> str:
    """A pattern's equipment in `language` when the plant names it so, else its English name,
    else its code (the free text of older stops is the English name's place)."""
    spanish = terms.get("equipment_es")
    if language == "es" and spanish:
        return spanish
    return terms.get("equipment") or terms.get("equipment_id", "")


def pattern_said(pattern: Pattern, tree: ReasonTree, language: str) -> Pattern:
    """A recurring or rising reason, said again in the language shown (as it was, when the
    pattern does not carry its terms)."""
    terms = pattern.terms
    if "code" not in terms:
        return pattern
    label = reason_label(terms["code"], tree, language)
    if pattern.kind == "recurring":
        count = int(pattern.numbers.get("count", 0))
        said = QCoreApplication.translate(
            "PatternWording",
            "{label} on {equipment} happened %n time(s) in the last {days} days "
            "({minutes} min in all).",
            "",
            count,
        ).format(
            label=label,
            equipment=equipment_said(terms, language),
            days=terms.get("days", ""),
            minutes=f"{pattern.numbers.get('minutes', 0):.0f}",
        )
        return replace(pattern, sentence=said)
    if pattern.kind == "rising":
        recent = int(pattern.numbers.get("recent", 0))
        usual = pattern.numbers.get("usual", 0.0)
        times = (
            f"{number_text(f'{recent / usual:.1f}')}×"
            if usual
            else QCoreApplication.translate("PatternWording", "new")
        )
        said = QCoreApplication.translate(
            "PatternWording",
            "{label} is rising: %n stop(s) in the last {days} days against {usual} per {days} "
            "days in the {history} days before ({times}).",
            "",
            recent,
        ).format(
            label=label,
            days=terms.get("days", ""),
            usual=number_text(f"{usual:.1f}"),
            history=terms.get("history_days", ""),
            times=times,
        )
        return replace(pattern, sentence=said)
    return pattern
