"""Event types a line shares between its kiosks: exceptions, downtime, shift handoffs."""

from __future__ import annotations

from harmony_kiosk.domain.event_schema import (
    EXCEPTION_KINDS,
    EXCEPTION_SEVERITIES,
    EventType,
    FieldKind,
    FieldSpec,
    choice_field,
    text_field,
)
from harmony_kiosk.domain.event_types_station import DOWNTIME_FIELD, EXCEPTION_FIELD, STATION_FIELD

# The code patterns count stops by; the name travels too, for readers without the plant's list.
EQUIPMENT_ID_FIELD = text_field(
    "equipment_id", "the equipment's code in the line's list (plant.toml)", required=False
)

LINE_EVENT_TYPES: tuple[EventType, ...] = (
    EventType(
        "exception.raised",
        1,
        "Trouble raised at a station, with the context captured for the person who raised it.",
        (
            text_field("exception_id", "the exception (UUIDv7), shared by every kiosk of the line"),
            choice_field("kind", "what kind of trouble", *EXCEPTION_KINDS),
            choice_field("severity", "how bad", *EXCEPTION_SEVERITIES),
            STATION_FIELD,
            text_field("line_id", "the station's line"),
            text_field("text", "what the person said, typed", required=False),
            text_field("work_order_id", "the work order running, if any", required=False),
            text_field("job_id", "the job running, if any", required=False),
            text_field("instruction_id", "the instruction, if raised from a step", required=False),
            FieldSpec("instruction_version", FieldKind.INT, "its version", required=False),
            text_field("step_id", "the step it was raised from", required=False),
            FieldSpec("value", FieldKind.DECIMAL, "the measured value", required=False),
            FieldSpec("lower", FieldKind.DECIMAL, "the step's lower limit", required=False),
            FieldSpec("upper", FieldKind.DECIMAL, "the step's upper limit", required=False),
            text_field("unit", "unit of the value", required=False),
            FieldSpec("blocking", FieldKind.BOOL, "holds the job until quality releases it", False),
            text_field("voice_note", "SHA-256 of a voice note (a blob)", required=False),
            text_field("photo", "SHA-256 of a photo (a blob)", required=False),
        ),
        shared_with_line=True,
    ),
    EventType(
        "exception.acknowledged",
        1,
        "A lead has seen the exception and owns it now.",
        (EXCEPTION_FIELD, text_field("note", "anything said on acknowledging", required=False)),
        shared_with_line=True,
    ),
    EventType(
        "exception.contained",
        1,
        "The trouble is contained: what was done so that it does no more harm.",
        (EXCEPTION_FIELD, text_field("action", "the containment action")),
        shared_with_line=True,
    ),
    EventType(
        "exception.resolved",
        1,
        "The decision record: what was decided, why, what else was considered, by whom (actor).",
        (
            EXCEPTION_FIELD,
            text_field("decision", "what was decided"),
            text_field("rationale", "why"),
            text_field("alternatives", "what else was considered", required=False),
            text_field("voice_note", "SHA-256 of a voice note (a blob)", required=False),
        ),
        shared_with_line=True,
    ),
    EventType(
        "exception.cancelled",
        1,
        "The exception was raised in error or is void; the reason is kept.",
        (EXCEPTION_FIELD, text_field("reason", "why it was cancelled")),
        shared_with_line=True,
    ),
    EventType(
        "exception.released",
        1,
        "Quality released the hold a blocking exception had on its job.",
        (EXCEPTION_FIELD, text_field("note", "release conditions", required=False)),
        shared_with_line=True,
    ),
    EventType(
        "downtime.started",
        2,  # 2: equipment_id added; version 1 stops may name free-text equipment
        "The station stopped. Its duration is measured on the kiosk's monotonic clock.",
        (
            DOWNTIME_FIELD,
            STATION_FIELD,
            text_field("line_id", "the station's line"),
            text_field(
                "equipment", "the machine that stopped, if known (its name)", required=False
            ),
            EQUIPMENT_ID_FIELD,
        ),
        shared_with_line=True,
    ),
    EventType(
        "downtime.stopped",
        1,
        "The station runs again.",
        (
            DOWNTIME_FIELD,
            FieldSpec("duration_s", FieldKind.INT, "seconds stopped"),
            choice_field(
                "duration_source",
                "monotonic: measured on this kiosk; wall: the kiosk restarted in between",
                "monotonic",
                "wall",
            ),
        ),
        shared_with_line=True,
    ),
    EventType(
        "downtime.coded",
        1,
        "A reason was given (or changed: the latest coding stands).",
        (
            DOWNTIME_FIELD,
            text_field("reason_code", "a code of the plant's reason tree"),
            FieldSpec("planned", FieldKind.BOOL, "a planned stop (not a loss)"),
            text_field("note", "what happened, in words", required=False),
            text_field("voice_note", "SHA-256 of a voice note (a blob)", required=False),
        ),
        shared_with_line=True,
    ),
    EventType(
        "downtime.split",
        1,
        "One stop was really two: the part after `after_s` becomes a stop of its own.",
        (
            DOWNTIME_FIELD,
            text_field("new_downtime_id", "the id of the second part"),
            FieldSpec("after_s", FieldKind.INT, "seconds from the start where the split falls"),
        ),
        shared_with_line=True,
    ),
    EventType(
        "downtime.equipment_named",
        2,  # 2: equipment_id added
        "A lead named the machine that stopped, after the stop was started without it "
        "(or named it again: the latest naming stands).",
        (
            DOWNTIME_FIELD,
            text_field(
                "equipment", "the machine that stopped: the name of one of the line's equipment"
            ),
            EQUIPMENT_ID_FIELD,
        ),
        shared_with_line=True,
    ),
    EventType(
        "handoff.written",
        1,
        "The outgoing lead handed the shift over: the summary the kiosk assembled, their notes.",
        (
            text_field("handoff_id", "the handoff (UUIDv7)"),
            text_field("line_id", "the line handed over"),
            text_field("shift_id", "line/date/name of the shift"),
            text_field(
                "summary", "SHA-256 of the summary (a JSON blob: jobs, downtime, exceptions)"
            ),
            text_field(
                "notes", "what the outgoing lead wants the next one to know", required=False
            ),
            text_field(
                "voice_notes", "SHA-256 of voice notes, separated by spaces", required=False
            ),
        ),
        shared_with_line=True,
    ),
    EventType(
        "handoff.accepted",
        1,
        "The incoming lead acknowledged the handoff with badge and PIN (the actor).",
        (text_field("handoff_id", "the handoff accepted"),),
        shared_with_line=True,
    ),
    EventType(
        "exception.settled",
        1,
        "A lead settled conflicting decisions made on two kiosks: the chosen one stands.",
        (
            EXCEPTION_FIELD,
            text_field("chosen_event_id", "the id of the decision event that stands"),
            text_field("note", "why this one", required=False),
        ),
        shared_with_line=True,
    ),
)
