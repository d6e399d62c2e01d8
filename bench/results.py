"""One figure of a bench run, and reading and writing `build/bench.json`."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

BENCH_JSON = Path(__file__).resolve().parent.parent / "build" / "bench.json"


@dataclass(frozen=True)
class Target:
    """A limit on a figure's ratio or on its value, with the text people read.

    A limit is a ceiling unless `at_least`; `also` is a second target the figure must meet too
    (a throughput held both to a share of its baseline and to an absolute floor).
    """

    limit: float
    on_ratio: bool
    text: str
    at_least: bool = False
    also: Target | None = None

    @staticmethod
    def ratio_at_most(limit: float) -> Target:
        return Target(limit, on_ratio=True, text=f"<= {limit:g}x")

    @staticmethod
    def value_at_most(limit: float, unit: str) -> Target:
        return Target(limit, on_ratio=False, text=f"<= {limit:g} {unit}")

    @staticmethod
    def ratio_at_least(limit: float) -> Target:
        return Target(limit, on_ratio=True, text=f">= {limit:g}x", at_least=True)

    @staticmethod
    def value_at_least(limit: float, unit: str) -> Target:
        return Target(limit, on_ratio=False, text=f">= {limit:g} {unit}", at_least=True)

    def and_also(self, other: Target) -> Target:
        """This target and `other`, both to be met."""
        also = other if self.also is None else self.also.and_also(other)
        return replace(self, text=f"{self.text} and {other.text}", also=also)

    def met_by(self, value: float | None, ratio: float | None) -> bool | None:
        """Whether a figure with this value and ratio meets every limit; None if unknown."""
        checked = ratio if self.on_ratio else value
        if checked is None:
            return None
        met = checked >= self.limit if self.at_least else checked <= self.limit
        if self.also is None:
            return met
        other = self.also.met_by(value, ratio)
        return None if other is None else met and other


@dataclass(frozen=True)
class Figure:
    """A measured value, the baseline measured beside it, and the target it is held to."""

    name: str
    value: float | None
    unit: str
    baseline: float | None = None
    target: Target | None = None
    note: str | None = None
    error: str | None = None

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.baseline:
            return None
        return self.value / self.baseline

    @property
    def met(self) -> bool | None:
        if self.target is None:
            return None
        return self.target.met_by(self.value, self.ratio)

    def to_json(self) -> dict[str, Any]:
        row: dict[str, Any] = {
            "name": self.name,
            "value": _rounded(self.value),
            "unit": self.unit,
            "baseline": _rounded(self.baseline),
            "ratio": _rounded(self.ratio),
            "target": self.target.text if self.target else None,
            "met": self.met,
        }
        if self.note:
            row["note"] = self.note
        if self.error:
            row["error"] = self.error
        return row


def _rounded(number: float | None) -> float | None:
    return None if number is None else round(number, 4)


def load_previous(path: Path = BENCH_JSON) -> dict[str, dict[str, Any]]:
    """The last run's figures by name; empty when there is none or it cannot be read."""
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(rows, list):
        return {}
    return {row["name"]: row for row in rows if isinstance(row, dict) and "name" in row}


def save(figures: list[Figure], path: Path = BENCH_JSON) -> None:
    """Write the run as a JSON list of figures (replacing the previous run)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps([figure.to_json() for figure in figures], indent=2, ensure_ascii=False)
    path.write_text(text + "\n", encoding="utf-8")
