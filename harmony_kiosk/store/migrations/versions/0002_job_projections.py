"""Projections of jobs, step results, nonconformances, signatures and station sessions."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "jobs",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("work_order_id", sa.String(64), nullable=False),
        sa.Column("station_id", sa.String(64), nullable=False),
        sa.Column("line_id", sa.String(64), nullable=False),
        sa.Column("instruction_id", sa.String(64), nullable=False),
        sa.Column("instruction_version", sa.Integer, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("held_by", sa.String(32), nullable=False),
        sa.Column("started_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
        sa.Column("completed_at", sa.String(32)),
        sa.Column("good", sa.Integer, nullable=False),
        sa.Column("scrap", sa.Integer, nullable=False),
        sa.Column("last_seq", sa.Integer, nullable=False),
    )
    op.create_index("ix_jobs_work_order", "jobs", ["work_order_id"])
    op.create_index("ix_jobs_station_status", "jobs", ["station_id", "status"])
    op.create_table(
        "step_results",
        sa.Column("job_id", sa.String(36), sa.ForeignKey("jobs.id"), primary_key=True),
        sa.Column("step_id", sa.String(64), primary_key=True),
        sa.Column("skipped", sa.Boolean, nullable=False),
        sa.Column("value", sa.Text),
        sa.Column("conforming", sa.Boolean),
        sa.Column("event_id", sa.String(36), nullable=False),
        sa.Column("event_hash", sa.String(64), nullable=False),
        sa.Column("answered_by", sa.String(32), nullable=False),
        sa.Column("answered_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "nonconformances",
        sa.Column("event_id", sa.String(36), primary_key=True),
        sa.Column("job_id", sa.String(36), sa.ForeignKey("jobs.id"), nullable=False),
        sa.Column("step_id", sa.String(64), nullable=False),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("lower", sa.Text),
        sa.Column("upper", sa.Text),
        sa.Column("unit", sa.Text),
        sa.Column("recorded_by", sa.String(32), nullable=False),
        sa.Column("recorded_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_nonconformances_job", "nonconformances", ["job_id"])
    op.create_table(
        "signatures",
        sa.Column("event_id", sa.String(36), primary_key=True),
        sa.Column("job_id", sa.String(36), sa.ForeignKey("jobs.id"), nullable=False),
        sa.Column("step_id", sa.String(64), nullable=False),
        sa.Column("signer", sa.String(32), nullable=False),
        sa.Column("meaning", sa.String(16), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("signed_hash", sa.String(64), nullable=False),
        sa.Column("signed_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "station_sessions",
        sa.Column("station_id", sa.String(64), primary_key=True),
        sa.Column("badge", sa.String(32), nullable=False),
        sa.Column("since", sa.String(32), nullable=False),
    )


def downgrade() -> None:
    for table in ("station_sessions", "signatures", "nonconformances", "step_results", "jobs"):
        op.drop_table(table)
