"""Event types of one station: sessions, jobs and the answers to their steps."""

from __future__ import annotations

from harmony_kiosk.domain.event_schema import (
    EventType,
    FieldKind,
    FieldSpec,
    choice_field,
    text_field,
)

STATION_FIELD = text_field("station_id", "the station the kiosk serves")
EXCEPTION_FIELD = text_field("exception_id", "the exception, as given by exception.raised")
DOWNTIME_FIELD = text_field("downtime_id", "the stop (UUIDv7), as given by downtime.started")
_JOB = text_field("job_id", "the job (UUIDv7), as given by job.started")
_STEP = (
    _JOB,
    text_field("instruction_id", "the work instruction"),
    FieldSpec("instruction_version", FieldKind.INT, "the version the job runs"),
    text_field("step_id", "the step answered, stable within the instruction"),
)

STATION_EVENT_TYPES: tuple[EventType, ...] = (
    EventType(
        "session.logged_in",
        1,
        "An operator logged in at the kiosk with badge and PIN.",
        (
            text_field("badge", "the operator's badge"),
            STATION_FIELD,
            choice_field("language", "UI language", "en", "es"),
        ),
    ),
    EventType(
        "session.logged_out",
        1,
        "An operator's session ended.",
        (
            text_field("badge", "the operator's badge"),
            STATION_FIELD,
            choice_field("reason", "why it ended", "operator", "idle", "replaced"),
        ),
    ),
    EventType(
        "session.login_refused",
        1,
        "A login was refused. The PIN typed is never recorded.",
        (
            text_field("badge", "the badge as typed or read"),
            STATION_FIELD,
            choice_field("reason", "why", "unknown_badge", "wrong_pin", "locked", "inactive"),
        ),
    ),
    EventType(
        "job.started",
        1,
        "A job began: one run of a work order at a station, pinned to one instruction version.",
        (
            _JOB,
            text_field("work_order_id", "the work order run"),
            STATION_FIELD,
            text_field("line_id", "the station's line"),
            text_field("instruction_id", "the instruction the order names"),
            FieldSpec(
                "instruction_version", FieldKind.INT, "the version this job keeps to the end"
            ),
            text_field("instruction_hash", "SHA-256 of that version's canonical content"),
        ),
    ),
    EventType("job.paused", 1, "The job was paused; it can be resumed later.", (_JOB,)),
    EventType(
        "job.resumed",
        1,
        "A paused job was taken up again, possibly by another operator.",
        (_JOB, STATION_FIELD),
    ),
    EventType(
        "job.completed",
        1,
        "Every step was answered and the counts were reported.",
        (
            _JOB,
            FieldSpec("good", FieldKind.INT, "good units made"),
            FieldSpec("scrap", FieldKind.INT, "units scrapped"),
        ),
    ),
    EventType(
        "step.acknowledged",
        1,
        "An instruction was read, or a confirm step confirmed.",
        (*_STEP, choice_field("step_kind", "the step's kind", "instruction", "confirm")),
    ),
    EventType(
        "step.measured",
        1,
        "A measurement was entered and judged against its limits. Nonconforming when outside them.",
        (
            *_STEP,
            FieldSpec("value", FieldKind.DECIMAL, "the value, in the step's precision"),
            text_field("unit", "unit of the value", required=False),
            FieldSpec("lower", FieldKind.DECIMAL, "lower limit at the time", required=False),
            FieldSpec("upper", FieldKind.DECIMAL, "upper limit at the time", required=False),
            FieldSpec("conforming", FieldKind.BOOL, "whether the value lies within the limits"),
        ),
    ),
    EventType(
        "step.checked",
        1,
        "A pass/fail check was answered. A fail is nonconforming.",
        (*_STEP, FieldSpec("passed", FieldKind.BOOL, "pass (true) or fail (false)")),
    ),
    EventType(
        "step.scanned",
        1,
        "A code was scanned or typed and matched the step's pattern.",
        (*_STEP, text_field("code", "the code as read")),
    ),
    EventType(
        "step.signed",
        1,
        "An electronic signature: the signer re-entered their PIN.",
        (
            *_STEP,
            text_field("signer", "badge of the person who signed"),
            text_field("signer_name", "their name as shown when signing"),
            choice_field(
                "meaning", "what the signature means", "performed", "verified", "approved"
            ),
            text_field("role", "the role the step requires, held by the signer"),
            text_field(
                "signed_hash", "SHA-256 of the job's answers up to this step (what was signed)"
            ),
        ),
    ),
    EventType(
        "step.skipped",
        1,
        "An optional step was skipped.",
        _STEP,
    ),
)
