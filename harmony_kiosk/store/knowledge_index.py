"""Past cases in an offline full-text index (SQLite FTS5), searched by concept.

Each case is indexed by the concepts of its words (harmony_kiosk.domain.vocabulary), so synonyms
and paraphrases meet; the number of concepts shared with the question decides whether a case is
worth offering at all, and orders the offer with recency.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from sqlalchemy import Connection, delete, insert, select, text, update

from harmony_kiosk.domain.vocabulary import concepts
from harmony_kiosk.store.schema import cases

_CANDIDATES = 500
# Candidates are the most recent cases that share at least the needed concepts: FTS5 walks its
# index in rowid order cheaply, where ranking every match by BM25 grows with the history (60 ms
# for 30,000 matches). Concepts shared, then recency, order what is offered.
_SEARCH = (
    "SELECT c.case_id, c.kind, c.line_id, c.equipment, c.problem, c.resolution, c.decided_by, "
    "c.occurred_at, f.terms, f.rowid AS recency FROM ("
    "  SELECT rowid, terms FROM cases_fts WHERE cases_fts MATCH :match "
    "  ORDER BY rowid DESC LIMIT :inner"
    ") AS f JOIN cases AS c ON c.fts_rowid = f.rowid "
)
_SEARCH_ANY_LINE = text(_SEARCH)
_SEARCH_ONE_LINE = text(_SEARCH + "WHERE c.line_id = :line")


@dataclass(frozen=True)
class PastCase:
    case_id: str
    kind: str
    line_id: str
    equipment: str | None
    problem: str
    resolution: str
    decided_by: str | None
    occurred_at: str
    shared: frozenset[str]  # the concepts it shares with the question
    recency: int  # index order: a higher number was indexed later


def index_case(
    connection: Connection,
    *,
    case_id: str,
    kind: str,
    line_id: str,
    equipment: str | None,
    problem: str,
    resolution: str,
    decided_by: str | None,
    occurred_at: str,
) -> None:
    """Add or refresh a case; its index entry holds the concepts of problem and equipment."""
    terms = " ".join(sorted(concepts(f"{problem} {equipment or ''}")))
    existing = connection.execute(
        select(cases.c.fts_rowid).where(cases.c.case_id == case_id)
    ).scalar()
    values = {
        "kind": kind,
        "line_id": line_id,
        "equipment": equipment,
        "problem": problem,
        "resolution": resolution,
        "decided_by": decided_by,
        "occurred_at": occurred_at,
    }
    if existing is not None:
        connection.execute(
            text("UPDATE cases_fts SET terms = :t WHERE rowid = :r"), {"t": terms, "r": existing}
        )
        connection.execute(update(cases).where(cases.c.case_id == case_id).values(**values))
        return
    inserted = connection.execute(text("INSERT INTO cases_fts (terms) VALUES (:t)"), {"t": terms})
    rowid = inserted.lastrowid  # FTS5 tables do not support RETURNING
    connection.execute(insert(cases).values(case_id=case_id, fts_rowid=rowid, **values))


def remove_case(connection: Connection, case_id: str) -> None:
    rowid = connection.execute(select(cases.c.fts_rowid).where(cases.c.case_id == case_id)).scalar()
    if rowid is not None:
        connection.execute(text("DELETE FROM cases_fts WHERE rowid = :r"), {"r": rowid})
        connection.execute(delete(cases).where(cases.c.case_id == case_id))


def clear(connection: Connection) -> None:
    """Empty the index (projection rebuild)."""
    connection.execute(text("DELETE FROM cases_fts"))


def search(
    connection: Connection, question: str, line_id: str | None, limit: int = 3, min_shared: int = 2
) -> list[PastCase]:
    """The past cases most like `question` on the line, best first; weak matches are left out."""
    wanted = concepts(question)
    if not wanted:
        return []
    needed = min(min_shared, len(wanted))
    quoted = ['"' + term.replace('"', "") + '"' for term in sorted(wanted)]
    if needed == 1:
        match = " OR ".join(quoted)
    else:  # only cases sharing two concepts or more can be offered: let FTS5 find just those
        match = " OR ".join(f"({a} AND {b})" for a, b in itertools.combinations(quoted, 2))
    rows = connection.execute(
        _SEARCH_ANY_LINE if line_id is None else _SEARCH_ONE_LINE,
        {"match": match, "line": line_id, "inner": _CANDIDATES},
    ).all()
    found: list[PastCase] = []
    for row in rows:
        shared = frozenset(wanted & set(row.terms.split()))
        if len(shared) >= needed:
            found.append(
                PastCase(
                    row.case_id,
                    row.kind,
                    row.line_id,
                    row.equipment,
                    row.problem,
                    row.resolution,
                    row.decided_by,
                    row.occurred_at,
                    shared,
                    int(row.recency),
                )
            )
    found.sort(key=lambda c: (-len(c.shared), -c.recency))
    return found[:limit]
