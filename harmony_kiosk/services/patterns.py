"""Patterns found for the lead, each explained in one sentence with its numbers."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from harmony_kiosk.clock import Clock
from harmony_kiosk.domain.reasons import ReasonTree
from harmony_kiosk.services.downtime import DowntimeService, DowntimeView
from harmony_kiosk.services.unit_of_work import UnitOfWork
from harmony_kiosk.store import master_data


@dataclass(frozen=True)
class Pattern:
    kind: str  # "recurring", "pareto" or "rising"
    sentence: str
    numbers: dict[str, float] = field(default_factory=dict)
    # What the sentence names, for a screen that says it in another language: the reason's
    # code, the equipment (English name, "equipment_es" when the plant gives a Spanish one, and
    # its code), the windows' days (ui/pattern_wording.py).
    terms: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ParetoBar:
    reason_code: str | None
    label: str
    minutes: float
    cumulative_share: float  # 0..1, for the line of the chart


class PatternService:
    def __init__(self, uow: UnitOfWork, downtime: DowntimeService, clock: Clock) -> None:
        self._uow = uow
        self._downtime = downtime
        self._clock = clock

    def _tree(self) -> ReasonTree:
        with self._uow.reading() as connection:
            return master_data.reason_tree(connection)

    def recurring(self, window: timedelta = timedelta(days=7), threshold: int = 3) -> list[Pattern]:
        """A reason that keeps coming back on the same equipment."""
        now = self._clock.now()
        tree = self._tree()
        groups: dict[tuple[str, str], list[DowntimeView]] = defaultdict(list)
        for stop in self._downtime.on_line(now - window, now):
            if stop.reason_code and stop.equipment:
                # The code keys the group: a machine renamed in the plant files stays one machine.
                # Stops named before there was a list have only the free-text name.
                groups[(stop.equipment_id or stop.equipment, stop.reason_code)].append(stop)
        found = []
        for (equipment_key, code), stops in groups.items():
            if len(stops) >= threshold:
                latest = stops[-1]
                # The plant's names now, else the latest name it went by (free text, older stops).
                equipment = latest.equipment_in("en") or equipment_key
                names = {"equipment": equipment, "equipment_id": equipment_key}
                if latest.plant_equipment is not None and latest.plant_equipment.name_es:
                    names["equipment_es"] = latest.plant_equipment.name_es
                minutes = sum((s.duration_s or 0) for s in stops) / 60
                label = _label(tree, code)
                found.append(
                    Pattern(
                        "recurring",
                        f"{label} on {equipment} happened {len(stops)} times in the last "
                        f"{window.days} days ({minutes:.0f} min in all).",
                        {"count": len(stops), "minutes": round(minutes, 1)},
                        {"code": code, **names, "days": str(window.days)},
                    )
                )
        return sorted(found, key=lambda p: -p.numbers["count"])

    def pareto(self, start: datetime, end: datetime) -> tuple[list[ParetoBar], Pattern | None]:
        """The top downtime reasons of a period by minutes, and the sentence that sums them up."""
        tree = self._tree()
        minutes: dict[str | None, float] = defaultdict(float)
        for stop in self._downtime.on_line(start, end):
            if stop.planned:
                continue
            stop_end = stop.ended_at or self._clock.now()
            overlap = (min(stop_end, end) - max(stop.started_at, start)).total_seconds() / 60
            if overlap > 0:
                minutes[stop.reason_code] += overlap
        total = sum(minutes.values())
        if total == 0:
            return [], None
        bars: list[ParetoBar] = []
        running = 0.0
        for code, value in sorted(minutes.items(), key=lambda item: -item[1]):
            running += value
            label = _label(tree, code) if code else "Not coded yet"
            bars.append(ParetoBar(code, label, round(value, 1), running / total))
        head: list[ParetoBar] = []  # the few reasons that make most of the loss (80 % rule)
        for bar in bars:
            head.append(bar)
            if bar.cumulative_share >= 0.8:
                break
        listed = ", ".join(f"{bar.label} ({bar.minutes:.0f} min)" for bar in head)
        share = head[-1].cumulative_share
        sentence = (
            f"{len(head)} reason{'s' if len(head) > 1 else ''} make {share:.0%} of the "
            f"{total:.0f} min lost: {listed}."
        )
        return bars, Pattern("pareto", sentence, {"total_minutes": round(total, 1), "share": share})

    def rising(
        self,
        recent: timedelta = timedelta(days=7),
        history: timedelta = timedelta(days=28),
        factor: float = 2.0,
        minimum: int = 3,
    ) -> list[Pattern]:
        """A reason whose rate in the recent window is well above its own history."""
        now = self._clock.now()
        tree = self._tree()
        recent_counts: dict[str, int] = defaultdict(int)
        past_counts: dict[str, int] = defaultdict(int)
        for stop in self._downtime.on_line(now - recent - history, now):
            if not stop.reason_code:
                continue
            if stop.started_at >= now - recent:
                recent_counts[stop.reason_code] += 1
            else:
                past_counts[stop.reason_code] += 1
        weeks = history / recent
        found = []
        for code, count in recent_counts.items():
            usual = past_counts[code] / weeks
            if count >= minimum and count >= factor * max(usual, 0.5):
                ratio = count / usual if usual else float("inf")
                times = f"{ratio:.1f}×" if usual else "new"
                found.append(
                    Pattern(
                        "rising",
                        f"{_label(tree, code)} is rising: {count} stops in the last "
                        f"{recent.days} days against {usual:.1f} per {recent.days} days in the "
                        f"{history.days} days before ({times}).",
                        {"recent": count, "usual": round(usual, 2)},
                        {
                            "code": code,
                            "days": str(recent.days),
                            "history_days": str(history.days),
                        },
                    )
                )
        return sorted(found, key=lambda p: -p.numbers["recent"])


def _label(tree: ReasonTree, code: str) -> str:
    return tree.path_text(code) if code in tree else code
