"""The tables of the kiosk database (SQLAlchemy Core). Private to the store package.

Alembic migrations create these; a test checks that migrating an empty database to head gives
exactly this schema.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

# --- the journal: append-only, hash-chained (a trigger refuses UPDATE and DELETE) ---------------
events = Table(
    "events",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("id", String(36), nullable=False, unique=True),
    Column("device_id", String(36), nullable=False),
    Column("type", String(64), nullable=False),
    Column("schema_version", Integer, nullable=False),
    Column("occurred_at", String(32), nullable=False),
    Column("hlc", String(32), nullable=False),
    Column("actor", String(64), nullable=False),
    Column("payload", Text, nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
)

# --- master data (from the plant files now; from the server once enrolled) --------------------
sites = Table(
    "sites",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("name", Text, nullable=False),
    Column("timezone", String(64), nullable=False),
)
lines = Table(
    "lines",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("name", Text, nullable=False),
)
stations = Table(
    "stations",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("line_id", String(64), ForeignKey("lines.id"), nullable=False),
    Column("name", Text, nullable=False),
)
equipment = Table(
    "equipment",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("line_id", String(64), ForeignKey("lines.id"), nullable=False),
    Column("name", Text, nullable=False),
    Column("name_es", Text),
)
products = Table(
    "products",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("name", Text, nullable=False),
)
operators = Table(
    "operators",
    metadata,
    Column("badge", String(32), primary_key=True),
    Column("name", Text, nullable=False),
    Column("roles", Text, nullable=False),
    Column("language", String(8), nullable=False),
    Column("pin_hash", Text, nullable=False),
    Column("active", Boolean, nullable=False),
)
images = Table(
    "images",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("data", LargeBinary, nullable=False),
)
instruction_versions = Table(
    "instruction_versions",
    metadata,
    Column("instruction_id", String(64), primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("title", Text, nullable=False),
    Column("product_id", String(64), nullable=False),
    Column("body", Text, nullable=False),
    Column("content_hash", String(64), nullable=False),
)
work_orders = Table(
    "work_orders",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("product_id", String(64), ForeignKey("products.id"), nullable=False),
    Column("quantity", Integer, nullable=False),
    Column("due", String(10), nullable=False),
    Column("instruction_id", String(64), nullable=False),
    Column("station_id", String(64), ForeignKey("stations.id"), nullable=False),
    Index("ix_work_orders_station", "station_id"),
)

# --- projections: derived from the journal, rebuildable ---------------------------------------
jobs = Table(
    "jobs",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("work_order_id", String(64), nullable=False),
    Column("station_id", String(64), nullable=False),
    Column("line_id", String(64), nullable=False),
    Column("instruction_id", String(64), nullable=False),
    Column("instruction_version", Integer, nullable=False),
    Column("status", String(16), nullable=False),
    Column("held_by", String(32), nullable=False),
    Column("started_at", String(32), nullable=False),
    Column("updated_at", String(32), nullable=False),
    Column("completed_at", String(32)),
    Column("good", Integer, nullable=False),
    Column("scrap", Integer, nullable=False),
    Column("last_seq", Integer, nullable=False),
    Index("ix_jobs_work_order", "work_order_id"),
    Index("ix_jobs_station_status", "station_id", "status"),
)
step_results = Table(
    "step_results",
    metadata,
    Column("job_id", String(36), ForeignKey("jobs.id"), primary_key=True),
    Column("step_id", String(64), primary_key=True),
    Column("skipped", Boolean, nullable=False),
    Column("value", Text),
    Column("conforming", Boolean),
    Column("event_id", String(36), nullable=False),
    Column("event_hash", String(64), nullable=False),
    Column("answered_by", String(32), nullable=False),
    Column("answered_at", String(32), nullable=False),
)
nonconformances = Table(
    "nonconformances",
    metadata,
    Column("event_id", String(36), primary_key=True),
    Column("job_id", String(36), ForeignKey("jobs.id"), nullable=False),
    Column("step_id", String(64), nullable=False),
    Column("value", Text, nullable=False),
    Column("lower", Text),
    Column("upper", Text),
    Column("unit", Text),
    Column("recorded_by", String(32), nullable=False),
    Column("recorded_at", String(32), nullable=False),
    Index("ix_nonconformances_job", "job_id"),
)
signatures = Table(
    "signatures",
    metadata,
    Column("event_id", String(36), primary_key=True),
    Column("job_id", String(36), ForeignKey("jobs.id"), nullable=False),
    Column("step_id", String(64), nullable=False),
    Column("signer", String(32), nullable=False),
    Column("meaning", String(16), nullable=False),
    Column("role", String(16), nullable=False),
    Column("signed_hash", String(64), nullable=False),
    Column("signed_at", String(32), nullable=False),
)
station_sessions = Table(
    "station_sessions",
    metadata,
    Column("station_id", String(64), primary_key=True),
    Column("badge", String(32), nullable=False),
    Column("since", String(32), nullable=False),
)


# --- sync bookkeeping (kept apart from the journal: the chain itself never changes) ------------
sync_state = Table(
    "sync_state",
    metadata,
    Column("id", Integer, primary_key=True),  # a single row, id 1
    Column("acked_seq", Integer, nullable=False),
    Column("anchor_hash", String(64)),
    Column("master_revision", Integer, nullable=False),
    Column("line_cursor", Integer, nullable=False),
    Column("last_success_at", String(32)),
    Column("last_attempt_at", String(32)),
    Column("last_error", Text),
    Column("revoked", Boolean, nullable=False),
)
sync_rejections = Table(
    "sync_rejections",
    metadata,
    Column("seq", Integer, primary_key=True),
    Column("reason", Text, nullable=False),
    Column("rejected_at", String(32), nullable=False),
)
remote_events = Table(
    "remote_events",
    metadata,
    Column("device_id", String(36), primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("id", String(36), nullable=False),
    Column("type", String(64), nullable=False),
    Column("schema_version", Integer, nullable=False),
    Column("occurred_at", String(32), nullable=False),
    Column("hlc", String(32), nullable=False),
    Column("actor", String(64), nullable=False),
    Column("payload", Text, nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    Column("server_cursor", Integer, nullable=False),
    Index("ix_remote_events_hlc", "hlc", "device_id"),
)
blobs = Table(
    "blobs",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("size", Integer, nullable=False),
    Column("media_type", String(64), nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("uploaded_at", String(32)),
)

# --- exceptions raised on this line: own events and other kiosks' events, merged ----------------
exceptions = Table(
    "exceptions",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("severity", String(16), nullable=False),
    Column("status", String(16), nullable=False),
    Column("station_id", String(64), nullable=False),
    Column("line_id", String(64), nullable=False),
    Column("text", Text),
    Column("job_id", String(36)),
    Column("step_id", String(64)),
    Column("raised_by", String(64), nullable=False),
    Column("raised_at", String(32), nullable=False),
    Column("raised_hlc", String(32), nullable=False),
    Column("device_id", String(36), nullable=False),
    Column("conflict", Boolean, nullable=False, server_default="0"),
    Column("on_hold", Boolean, nullable=False, server_default="0"),
    Column("decision", Text),
    Column("decided_by", String(64)),
    Index("ix_exceptions_line_status", "line_id", "status"),
    Index("ix_exceptions_job_hold", "job_id", "on_hold"),
)
exception_events = Table(
    "exception_events",
    metadata,
    Column("event_id", String(36), primary_key=True),
    Column("exception_id", String(36), nullable=False),
    Column("hlc", String(32), nullable=False),
    Column("device_id", String(36), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("type", String(64), nullable=False),
    Column("actor", String(64), nullable=False),
    Column("occurred_at", String(32), nullable=False),
    Column("payload", Text, nullable=False),
    Index("ix_exception_events_exception", "exception_id", "hlc"),
)

# --- master data of issue 4: shift calendars and the downtime reason tree ---------------------
shift_patterns = Table(
    "shift_patterns",
    metadata,
    Column("line_id", String(64), primary_key=True),
    Column("name", String(32), primary_key=True),
    Column("start", String(5), nullable=False),
    Column("end", String(5), nullable=False),
    Column("weekdays", String(16), nullable=False),  # digits, Monday = 0
    Column("timezone", String(64), nullable=False),
)
reason_codes = Table(
    "reason_codes",
    metadata,
    Column("code", String(64), primary_key=True),
    Column("parent", String(64)),
    Column("label", Text, nullable=False),
    Column("label_es", Text),
    Column("planned", Boolean, nullable=False),
    Column("needs_note", Boolean, nullable=False),
)

# --- downtime of the line: own and other kiosks' stops -------------------------------------------
downtime = Table(
    "downtime",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("station_id", String(64), nullable=False),
    Column("line_id", String(64), nullable=False),
    Column("equipment", Text),
    Column("equipment_id", String(64)),  # the code from the line's list; None for free text
    Column("started_at", String(32), nullable=False),
    Column("started_hlc", String(32), nullable=False),
    Column("duration_s", Integer),  # None while the station is still down
    Column("duration_source", String(16)),
    Column("reason_code", String(64)),
    Column("planned", Boolean, nullable=False, server_default="0"),
    Column("note", Text),
    Column("voice_note", String(64)),
    Column("coded_by", String(64)),
    Column("coded_hlc", String(32)),
    Column("split_from", String(36)),
    Column("device_id", String(36), nullable=False),
    Index("ix_downtime_line_started", "line_id", "started_at"),
)


# --- past cases: resolved exceptions and explained stops, searchable offline (FTS5) -------------
# The index itself, `cases_fts`, is an FTS5 virtual table made by migration 0008: SQLAlchemy does
# not describe virtual tables, so knowledge_index.py reaches it through SQL text.
cases = Table(
    "cases",
    metadata,
    Column("case_id", String(36), primary_key=True),
    Column("kind", String(16), nullable=False),  # "exception" or "downtime"
    Column("line_id", String(64), nullable=False),
    Column("equipment", Text),
    Column("problem", Text, nullable=False),
    Column("resolution", Text, nullable=False),
    Column("decided_by", String(64)),
    Column("occurred_at", String(32), nullable=False),
    Column("fts_rowid", Integer, nullable=False, unique=True),
)

handoffs = Table(
    "handoffs",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("line_id", String(64), nullable=False),
    Column("shift_id", String(128), nullable=False),
    Column("summary_sha256", String(64), nullable=False),
    Column("notes", Text),
    Column("voice_notes", Text),
    Column("written_by", String(64), nullable=False),
    Column("written_at", String(32), nullable=False),
    Column("accepted_by", String(64)),
    Column("accepted_at", String(32)),
)

PROJECTION_TABLES = (
    nonconformances,
    signatures,
    step_results,
    jobs,
    station_sessions,
    exceptions,
    exception_events,
    downtime,
    cases,
    handoffs,
)
