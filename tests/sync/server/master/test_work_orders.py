"""Work orders from an ERP's CSV: every problem by line number, and nothing half-imported."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from sync.server.db.schema import master_revision, work_orders
from sync.server.master.work_orders import WorkOrderFileRefused, import_work_orders_csv
from tests.sync.server.conftest import ServerUnderTest

HEADER = "id,product,quantity,due,instruction,station\n"


def _import(server: ServerUnderTest, text: str | bytes) -> tuple[int, int]:
    raw = text.encode() if isinstance(text, str) else text
    return server.write(lambda db: import_work_orders_csv(db, raw, server.clock.now()))  # type: ignore[return-value]


def _orders(server: ServerUnderTest) -> int:
    return int(server.scalar(sa.select(sa.func.count()).select_from(work_orders)))  # type: ignore[arg-type]


def test_a_clean_file_is_imported_and_moves_the_revision(plant_server: ServerUnderTest) -> None:
    before = _orders(plant_server)
    count, revision = _import(
        plant_server,
        "\ufeff"
        + HEADER
        + "WO-1,GBX-200,10,2026-12-01,WI-GBX-COVER,LINE1-ST1\n"
        + "WO-2,PMP-45,3,2026-12-02,WI-PMP45-VISUAL,LINE2-ST2\n",
    )
    assert (count, revision) == (2, 2)
    assert _orders(plant_server) == before + 2


def test_bad_rows_are_reported_by_line_and_nothing_is_imported(
    plant_server: ServerUnderTest,
) -> None:
    before = _orders(plant_server)
    text = (
        HEADER
        + "WO-1,GBX-200,10,2026-12-01,WI-GBX-COVER,LINE1-ST1\n"  # line 2: fine
        + "WO-2,NOPE,10,2026-12-01,WI-GBX-COVER,LINE1-ST1\n"  # line 3: product
        + "WO-3,GBX-200,ten,2026-12-01,WI-GBX-COVER,LINE1-ST1\n"  # line 4: quantity
        + "WO-4,GBX-200,10,01/12/2026,WI-GBX-COVER,LINE9\n"  # line 5: due and station
        + "WO-1,GBX-200,10,2026-12-01,WI-GBX-COVER,LINE1-ST1\n"  # line 6: duplicate id
        + "WO-6,GBX-200,0,2026-12-01,WI-NONE,LINE1-ST1\n"  # line 7: quantity, instruction
    )
    with pytest.raises(WorkOrderFileRefused) as refused:
        _import(plant_server, text)
    problems = refused.value.problems
    assert [p.split(":")[0] for p in problems] == [
        "line 3",
        "line 4",
        "line 5",
        "line 5",
        "line 6",
        "line 7",
        "line 7",
    ]
    assert "product: no product 'NOPE'" in problems[0]
    assert "appears already on line 2" in problems[4]
    assert _orders(plant_server) == before
    assert plant_server.scalar(sa.select(master_revision.c.revision)) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "id,product,quantity\nWO-1,GBX-200,1\n",
            "line 1: missing column(s) due, instruction, station",
        ),
        (HEADER, "line 2: the file holds no work orders"),
        (HEADER.encode() + b"WO-1,GBX-200,1,2026-12-01,WI-GBX-COVER,\xff\n", "line 2: not UTF-8"),
        (HEADER + "WO-1,GBX-200,1,2026-12-01,WI-GBX-COVER\n", "line 2: station: missing"),
        (HEADER + 'WO-1,"GBX-200\n', "line 2: quantity: missing"),  # an unclosed quote
    ],
)
def test_malformed_files_are_refused_with_a_line_number(
    plant_server: ServerUnderTest, text: str | bytes, expected: str
) -> None:
    with pytest.raises(WorkOrderFileRefused) as refused:
        _import(plant_server, text)
    assert any(problem.startswith(expected) for problem in refused.value.problems), (
        refused.value.problems
    )
