"""Sync bookkeeping: acknowledgement state, server rejections, other kiosks' events, blobs."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("acked_seq", sa.Integer, nullable=False),
        sa.Column("anchor_hash", sa.String(64)),
        sa.Column("master_revision", sa.Integer, nullable=False),
        sa.Column("line_cursor", sa.Integer, nullable=False),
        sa.Column("last_success_at", sa.String(32)),
        sa.Column("last_attempt_at", sa.String(32)),
        sa.Column("last_error", sa.Text),
        sa.Column("revoked", sa.Boolean, nullable=False),
    )
    op.execute(
        "INSERT INTO sync_state (id, acked_seq, master_revision, line_cursor, revoked) "
        "VALUES (1, 0, 0, 0, 0)"
    )
    op.create_table(
        "sync_rejections",
        sa.Column("seq", sa.Integer, primary_key=True),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("rejected_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "remote_events",
        sa.Column("device_id", sa.String(36), primary_key=True),
        sa.Column("seq", sa.Integer, primary_key=True),
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("type", sa.String(64), nullable=False),
        sa.Column("schema_version", sa.Integer, nullable=False),
        sa.Column("occurred_at", sa.String(32), nullable=False),
        sa.Column("hlc", sa.String(32), nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("server_cursor", sa.Integer, nullable=False),
    )
    op.create_index("ix_remote_events_hlc", "remote_events", ["hlc", "device_id"])
    op.create_table(
        "blobs",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("media_type", sa.String(64), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("uploaded_at", sa.String(32)),
    )


def downgrade() -> None:
    for table in ("blobs", "remote_events", "sync_rejections", "sync_state"):
        op.drop_table(table)
