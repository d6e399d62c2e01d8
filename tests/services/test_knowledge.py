"""Past resolutions: paraphrased questions find their cases; an unrelated one finds nothing."""

from __future__ import annotations

import random
import uuid

from harmony_kiosk.services.auth import OperatorSession
from harmony_kiosk.services.kiosk import Kiosk, rebuild_projections
from harmony_kiosk.services.knowledge import KnowledgeService
from harmony_kiosk.store import knowledge_index
from tests.conftest import SUPERVISOR
from tests.services.past_cases import PARAPHRASES, UNRELATED_QUESTION, seeded_history

TOP = 3
RECALL_TARGET = 0.8


def seed(kiosk: Kiosk, line_id: str = "LINE1") -> dict[str, str]:
    """Index the seeded history; return case id -> archetype."""
    archetype_of: dict[str, str] = {}
    with kiosk.database.write() as connection:
        for number, (archetype, problem, resolution) in enumerate(seeded_history(random.Random(7))):
            case_id = str(uuid.UUID(int=number + 1))
            archetype_of[case_id] = archetype
            knowledge_index.index_case(
                connection,
                case_id=case_id,
                kind="exception",
                line_id=line_id,
                equipment=None,
                problem=problem,
                resolution=resolution,
                decided_by="40007",
                occurred_at="2026-10-01T08:00:00.000Z",
            )
    return archetype_of


def test_paraphrased_questions_find_their_past_cases(kiosk: Kiosk) -> None:
    archetype_of = seed(kiosk)
    hits = 0
    for archetype, question in PARAPHRASES.items():
        offered = kiosk_knowledge(kiosk).similar(question, limit=TOP)
        if any(archetype_of[case.case_id] == archetype for case in offered):
            hits += 1
    recall = hits / len(PARAPHRASES)
    print(f"top-{TOP} recall on {len(PARAPHRASES)} paraphrased questions: {recall:.2f}")
    assert recall >= RECALL_TARGET


def test_an_unrelated_question_is_offered_nothing(kiosk: Kiosk) -> None:
    seed(kiosk)
    assert kiosk_knowledge(kiosk).similar(UNRELATED_QUESTION) == []


def test_other_lines_cases_are_not_offered(kiosk: Kiosk) -> None:
    seed(kiosk, line_id="LINE2")
    assert kiosk_knowledge(kiosk).similar(PARAPHRASES["conveyor-jam"]) == []


def test_a_resolved_exception_becomes_a_past_case_and_survives_a_rebuild(
    kiosk: Kiosk, operator_session: OperatorSession
) -> None:
    raised = kiosk.exceptions.raise_exception(
        operator_session, "equipment", "high", "Conveyor jammed at the transfer, totes piling up"
    )
    assert kiosk_knowledge(kiosk).similar("belt stuck at transfer") == []  # not resolved yet
    kiosk.decisions.resolve(
        kiosk.auth.login(*SUPERVISOR),
        raised.id,
        "Raise the side guide 5 mm",
        "Totes tilt at the gap",
    )
    (case,) = kiosk_knowledge(kiosk).similar("belt stuck at transfer")
    assert case.case_id == raised.id
    assert case.resolution.startswith("Raise the side guide 5 mm")
    rebuild_projections(kiosk.database)
    assert [c.case_id for c in kiosk_knowledge(kiosk).similar("belt stuck at transfer")] == [
        raised.id
    ]


def kiosk_knowledge(kiosk: Kiosk) -> KnowledgeService:
    return KnowledgeService(kiosk.uow, kiosk.station.id)
