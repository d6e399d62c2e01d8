"""The exception lifecycle: every exception event of the line, and the merged state's columns."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("exceptions") as batch:
        batch.add_column(sa.Column("conflict", sa.Boolean, nullable=False, server_default="0"))
        batch.add_column(sa.Column("on_hold", sa.Boolean, nullable=False, server_default="0"))
        batch.add_column(sa.Column("decision", sa.Text))
        batch.add_column(sa.Column("decided_by", sa.String(64)))
        batch.create_index("ix_exceptions_job_hold", ["job_id", "on_hold"])
    op.create_table(
        "exception_events",
        sa.Column("event_id", sa.String(36), primary_key=True),
        sa.Column("exception_id", sa.String(36), nullable=False),
        sa.Column("hlc", sa.String(32), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("type", sa.String(64), nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("occurred_at", sa.String(32), nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
    )
    op.create_index("ix_exception_events_exception", "exception_events", ["exception_id", "hlc"])


def downgrade() -> None:
    op.drop_table("exception_events")
    with op.batch_alter_table("exceptions") as batch:
        batch.drop_index("ix_exceptions_job_hold")
        for column in ("decided_by", "decision", "on_hold", "conflict"):
            batch.drop_column(column)
