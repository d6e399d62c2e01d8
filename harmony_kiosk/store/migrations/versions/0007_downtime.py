"""Downtime of the line: stops with their monotonic durations, codes, notes and splits."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "downtime",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("station_id", sa.String(64), nullable=False),
        sa.Column("line_id", sa.String(64), nullable=False),
        sa.Column("equipment", sa.Text),
        sa.Column("started_at", sa.String(32), nullable=False),
        sa.Column("started_hlc", sa.String(32), nullable=False),
        sa.Column("duration_s", sa.Integer),
        sa.Column("duration_source", sa.String(16)),
        sa.Column("reason_code", sa.String(64)),
        sa.Column("planned", sa.Boolean, nullable=False, server_default="0"),
        sa.Column("note", sa.Text),
        sa.Column("voice_note", sa.String(64)),
        sa.Column("coded_by", sa.String(64)),
        sa.Column("coded_hlc", sa.String(32)),
        sa.Column("split_from", sa.String(36)),
        sa.Column("device_id", sa.String(36), nullable=False),
    )
    op.create_index("ix_downtime_line_started", "downtime", ["line_id", "started_at"])


def downgrade() -> None:
    op.drop_table("downtime")
