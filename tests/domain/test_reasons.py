"""The downtime reason tree: three levels at most, three taps at most, and search."""

from __future__ import annotations

import pytest

from harmony_kiosk.domain.plant_files import PlantDefinition
from harmony_kiosk.domain.reasons import MAX_DEPTH, ReasonCode, ReasonTree, ReasonTreeError


@pytest.fixture
def tree(demo_definition: PlantDefinition) -> ReasonTree:
    return ReasonTree(demo_definition.reasons)


def test_the_demo_tree_is_realistic(tree: ReasonTree) -> None:
    assert 35 <= len(tree) <= 45
    assert 6 <= len(tree.top_level()) <= 8
    assert {r.code for r in tree.top_level()} >= {"MECH", "ELEC", "MAT", "QUAL", "CHG", "PLAN"}


def test_every_code_is_reached_in_at_most_three_taps(tree: ReasonTree) -> None:
    for reason in tree.top_level():
        for child in tree.children(reason.code):
            for grandchild in tree.children(child.code):
                assert tree.is_leaf(grandchild.code)
                assert len(tree.path_to(grandchild.code)) == MAX_DEPTH


def test_other_needs_a_note_and_planned_stops_are_marked(tree: ReasonTree) -> None:
    assert tree.get("OTHER").needs_note
    assert all(r.planned for r in tree.children("PLAN"))
    assert not tree.get("MECH-CONV-JAM").planned


def test_search_ignores_accents_and_case_and_finds_leaves(tree: ReasonTree) -> None:
    assert [r.code for r in tree.search("conveyor jam")] == ["MECH-CONV-JAM"]
    assert "ELEC-POWER" in [r.code for r in tree.search("energia")]
    assert tree.search("") == []
    assert tree.path_text("MECH-CONV-JAM") == "Mechanical › Conveyor › Jam / blockage"
    assert tree.path_text("MECH-CONV-JAM", "es") == "Mecánico › Transportador › Atasco"


def test_bad_trees_are_refused() -> None:
    with pytest.raises(ReasonTreeError, match="no parent"):
        ReasonTree([ReasonCode("A-1", "x", parent="A")])
    with pytest.raises(ReasonTreeError, match="deeper"):
        ReasonTree(
            [
                ReasonCode("A", "a"),
                ReasonCode("B", "b", "A"),
                ReasonCode("C", "c", "B"),
                ReasonCode("D", "d", "C"),
            ]
        )
    with pytest.raises(ReasonTreeError, match="twice"):
        ReasonTree([ReasonCode("A", "a"), ReasonCode("A", "b")])


def test_the_demo_plant_has_a_calendar_per_line(demo_definition: PlantDefinition) -> None:
    calendars = {c.line_id: c for c in demo_definition.calendars}
    assert set(calendars) == {"LINE1", "LINE2"}
    assert [p.name for p in calendars["LINE1"].patterns] == ["A", "B", "C"]
    assert calendars["LINE1"].timezone == "America/Mexico_City"
