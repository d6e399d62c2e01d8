"""The printed table of a run, with each figure's change against the previous run."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bench.results import Figure

_HEADERS = ("figure", "value", "baseline", "ratio", "target", "met", "vs last run")


def _number(value: float | None, unit: str = "") -> str:
    if value is None:
        return "-"
    text = f"{value:.3g}" if abs(value) < 100 else f"{value:.0f}"
    return f"{text} {unit}".strip()


def _met(figure: Figure) -> str:
    if figure.error:
        return "FAILED"
    return {True: "yes", False: "NO", None: "-"}[figure.met]


def _change(figure: Figure, previous: Mapping[str, Mapping[str, Any]]) -> str:
    """The value's change against the last run (and the ratio's, when there is one)."""
    before = previous.get(figure.name)
    if before is None or figure.value is None:
        return "new" if before is None else "-"
    parts = []
    for now, then, label in (
        (figure.value, before.get("value"), "value"),
        (figure.ratio, before.get("ratio"), "ratio"),
    ):
        if now is not None and isinstance(then, int | float) and then:
            parts.append(f"{label} {100 * (now - then) / then:+.1f}%")
    return ", ".join(parts) or "-"


def render(figures: list[Figure], previous: Mapping[str, Mapping[str, Any]]) -> str:
    """A plain-text table, one figure a line, then the notes and errors under it."""
    rows = [_HEADERS]
    for figure in figures:
        rows.append(
            (
                figure.name,
                _number(figure.value, figure.unit),
                _number(figure.baseline, figure.unit),
                "-" if figure.ratio is None else f"{figure.ratio:.2f}x",
                figure.target.text if figure.target else "-",
                _met(figure),
                _change(figure, previous),
            )
        )
    widths = [max(len(row[column]) for row in rows) for column in range(len(_HEADERS))]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    for figure in figures:
        if figure.note:
            lines.append(f"note  {figure.name}: {figure.note}")
        if figure.error:
            lines.append(f"ERROR {figure.name}: {figure.error}")
    return "\n".join(line.rstrip() for line in lines)
