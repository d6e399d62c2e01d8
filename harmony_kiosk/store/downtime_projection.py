"""Projection of downtime: each stop of the line with its duration, code and splits.

Codings carry the HLC of their event and a later coding (by HLC) replaces an earlier one, so
kiosks that receive a line's events in different orders agree on the result.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from sqlalchemy import Connection, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from harmony_kiosk.clock import to_iso
from harmony_kiosk.domain.events import Event
from harmony_kiosk.store import knowledge_index
from harmony_kiosk.store.schema import downtime, events, reason_codes, remote_events


def apply_downtime_event(connection: Connection, event: Event) -> None:
    p = event.payload
    if event.type == "downtime.started":
        connection.execute(
            sqlite_insert(downtime)
            .values(
                id=p["downtime_id"],
                station_id=p["station_id"],
                line_id=p["line_id"],
                equipment=p.get("equipment"),
                equipment_id=p.get("equipment_id"),
                started_at=event.occurred_at,
                started_hlc=event.hlc,
                device_id=event.device_id,
            )
            .on_conflict_do_nothing(index_elements=["id"])
        )
    elif event.type == "downtime.stopped":
        connection.execute(
            update(downtime)
            .where(downtime.c.id == p["downtime_id"])
            .values(duration_s=p["duration_s"], duration_source=p["duration_source"])
        )
    elif event.type == "downtime.coded":
        connection.execute(
            update(downtime)
            .where(
                downtime.c.id == p["downtime_id"],
                (downtime.c.coded_hlc.is_(None)) | (downtime.c.coded_hlc < event.hlc),
            )
            .values(
                reason_code=p["reason_code"],
                planned=p["planned"],
                note=p.get("note"),
                voice_note=p.get("voice_note"),
                coded_by=event.actor,
                coded_hlc=event.hlc,
            )
        )
        _index_case(connection, str(p["downtime_id"]))
    elif event.type == "downtime.split":
        _split(connection, p["downtime_id"], p["new_downtime_id"], int(p["after_s"]))
    elif event.type == "downtime.equipment_named":
        _name_equipment(connection, event)


def _name_equipment(connection: Connection, event: Event) -> None:
    """The latest naming (by HLC, then device id) stands, whatever order the kiosks saw them in.

    No column keeps the naming's HLC: a rare event, so the later namings are looked up in the
    journals instead (a schema change for one lead action a shift did not seem worth it).
    """
    downtime_id = str(event.payload["downtime_id"])
    for table in (events, remote_events):
        rows = connection.execute(
            select(table.c.hlc, table.c.device_id, table.c.payload).where(
                table.c.type == "downtime.equipment_named", table.c.hlc >= event.hlc
            )
        )
        for row in rows:
            later = (row.hlc, row.device_id) > (event.hlc, event.device_id)
            if later and json.loads(row.payload).get("downtime_id") == downtime_id:
                return
    connection.execute(
        update(downtime)
        .where(downtime.c.id == downtime_id)
        .values(
            equipment=event.payload["equipment"], equipment_id=event.payload.get("equipment_id")
        )
    )
    _index_case(connection, downtime_id)  # the past case now names its equipment


def _index_case(connection: Connection, downtime_id: str) -> None:
    """A stop explained in words is a past case the next lead may learn from."""
    row = connection.execute(select(downtime).where(downtime.c.id == downtime_id)).first()
    if row is None or not row.note or row.reason_code is None:
        return
    labels: list[str] = []
    code: str | None = row.reason_code
    while code is not None:
        reason = connection.execute(select(reason_codes).where(reason_codes.c.code == code)).first()
        if reason is None:
            break
        labels.insert(0, reason.label)
        code = reason.parent
    knowledge_index.index_case(
        connection,
        case_id=row.id,
        kind="downtime",
        line_id=row.line_id,
        equipment=row.equipment,
        problem=f"{' / '.join(labels) or row.reason_code}: {row.note}",
        resolution=row.note,
        decided_by=row.coded_by,
        occurred_at=row.started_at,
    )


def _split(connection: Connection, original_id: str, new_id: str, after_s: int) -> None:
    row = connection.execute(select(downtime).where(downtime.c.id == original_id)).first()
    if row is None or row.duration_s is None:
        return
    started = datetime.fromisoformat(row.started_at.replace("Z", "+00:00"))
    second = {
        **row._asdict(),
        "id": new_id,
        "started_at": to_iso(started + timedelta(seconds=after_s)),
        "duration_s": row.duration_s - after_s,
        "split_from": original_id,
    }
    connection.execute(
        sqlite_insert(downtime).values(**second).on_conflict_do_nothing(index_elements=["id"])
    )
    connection.execute(
        update(downtime).where(downtime.c.id == original_id).values(duration_s=after_s)
    )
