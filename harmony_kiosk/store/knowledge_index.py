"""Past cases in an offline full-text index (SQLite FTS5), searched by concept.

Each case is indexed by the concepts of its words (harmony_kiosk.domain.vocabulary), so synonyms
and paraphrases meet; BM25 orders the candidates and the number of concepts shared with the
question decides whether a case is worth offering at all.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, delete, insert, select, text, update

from harmony_kiosk.domain.vocabulary import concepts
from harmony_kiosk.store.schema import cases

_CANDIDATES = 50


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
    rank: float  # BM25 (lower is better), for ordering only


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
    match = " OR ".join('"' + term.replace('"', "") + '"' for term in sorted(wanted))
    rows = connection.execute(
        text(
            "SELECT rowid, terms, bm25(cases_fts) AS rank FROM cases_fts "
            "WHERE cases_fts MATCH :match ORDER BY rank LIMIT :n"
        ),
        {"match": match, "n": _CANDIDATES if line_id is None else _CANDIDATES * 4},
    ).all()
    found: list[PastCase] = []
    for rowid, terms, rank in rows:
        shared = frozenset(wanted & set(terms.split()))
        if len(shared) < needed:
            continue
        case = connection.execute(select(cases).where(cases.c.fts_rowid == rowid)).one()
        if line_id is not None and case.line_id != line_id:
            continue
        found.append(
            PastCase(
                case.case_id,
                case.kind,
                case.line_id,
                case.equipment,
                case.problem,
                case.resolution,
                case.decided_by,
                case.occurred_at,
                shared,
                float(rank),
            )
        )
    found.sort(key=lambda c: (-len(c.shared), c.rank))
    return found[:limit]
