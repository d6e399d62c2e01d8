"""Figure: the similar-case lookup over 100,000 past cases, against a plain indexed lookup."""

from __future__ import annotations

import random
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from sqlalchemy import insert, select, text

from bench.results import Figure, Target
from bench.stats import median, percentile
from harmony_kiosk.clock import SystemClock
from harmony_kiosk.domain.vocabulary import concepts
from harmony_kiosk.services.kiosk import open_kiosk
from harmony_kiosk.store.schema import cases

HEADLINE = Figure(
    "similar-case lookup p99 over 100,000 cases", None, "ms", target=Target.value_at_most(50, "ms")
)
CASES = 100_000
QUERIES = 200
_EQUIPMENT = ("transfer conveyor", "press 2", "nutrunner TW-07", "test stand", "label printer")
_TROUBLES = (
    "tote wedged at the transfer, belt stopped",
    "low air pressure on the clamps",
    "torque readings low against the reference",
    "oil dripping under the stand",
    "photoeye misses parts at infeed",
    "label crooked and barcode unreadable",
    "cracked casting at the boss",
    "thread stripped on the drain port",
    "gasket pinched under the cover",
    "drive motor overheating",
    "bolts not delivered to the line",
    "wrong part in the kit",
    "PLC alarm stops the press",
    "paint stripe missing after torque",
    "burrs in the housing bore",
)
_QUESTIONS = (
    "belt stuck near the transfer",
    "compressed air seems low",
    "wrench torque values look off",
    "drip of lubricant under the stand",
    "detector does not see parts",
    "barcode sticker is skewed",
    "seal got pinched",
    "out of screws at the station",
)


def _fill(folder: Path, rng: random.Random) -> None:
    """100,000 cases over two lines, written in one transaction the way the index holds them."""
    kiosk = open_kiosk(folder, SystemClock())
    try:
        with kiosk.database.write() as connection:
            rows = []
            for number in range(CASES):
                problem = f"{rng.choice(_TROUBLES)} ({rng.choice(_EQUIPMENT)})"
                terms = " ".join(sorted(concepts(problem)))
                rowid = connection.execute(
                    text("INSERT INTO cases_fts (terms) VALUES (:t)"), {"t": terms}
                ).lastrowid
                rows.append(
                    {
                        "case_id": f"{number:036d}",
                        "kind": "downtime",
                        "line_id": rng.choice(("LINE1", "LINE2")),
                        "equipment": None,
                        "problem": problem,
                        "resolution": "Fixed and checked",
                        "decided_by": "20014",
                        "occurred_at": "2026-10-01T08:00:00.000Z",
                        "fts_rowid": rowid,
                    }
                )
            connection.execute(insert(cases), rows)
    finally:
        kiosk.close()


def measure() -> list[Figure]:
    rng = random.Random(11)
    with tempfile.TemporaryDirectory(prefix="harmony-bench-cases-") as tmp:
        from bench.plant import make_demo_folder  # noqa: PLC0415 - the plant loader is slow

        folder = make_demo_folder(Path(tmp), SystemClock())
        _fill(folder, rng)
        kiosk = open_kiosk(folder, SystemClock())
        try:
            lookup_ms: list[float] = []
            plain_ms: list[float] = []
            offered = 0
            for index in range(QUERIES):
                question = _QUESTIONS[index % len(_QUESTIONS)]
                started = time.perf_counter_ns()
                found = kiosk.knowledge.similar(question)
                lookup_ms.append((time.perf_counter_ns() - started) / 1e6)
                offered += bool(found)
                case_id = f"{rng.randrange(CASES):036d}"
                started = time.perf_counter_ns()
                with kiosk.database.read() as connection:
                    connection.execute(select(cases).where(cases.c.case_id == case_id)).one()
                plain_ms.append((time.perf_counter_ns() - started) / 1e6)
        finally:
            kiosk.close()
    return [
        replace(
            HEADLINE,
            value=percentile(lookup_ms, 0.99),
            baseline=percentile(plain_ms, 0.99),
            note=(
                f"{QUERIES} questions through KnowledgeService.similar (median "
                f"{median(lookup_ms):.1f} ms; {offered} found cases); baseline: one case read "
                "by its primary key in its own read transaction"
            ),
        )
    ]
