"""Shift handoffs: written by the outgoing lead, accepted by the incoming one."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "handoffs",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("line_id", sa.String(64), nullable=False),
        sa.Column("shift_id", sa.String(128), nullable=False),
        sa.Column("summary_sha256", sa.String(64), nullable=False),
        sa.Column("notes", sa.Text),
        sa.Column("voice_notes", sa.Text),
        sa.Column("written_by", sa.String(64), nullable=False),
        sa.Column("written_at", sa.String(32), nullable=False),
        sa.Column("accepted_by", sa.String(64)),
        sa.Column("accepted_at", sa.String(32)),
    )


def downgrade() -> None:
    op.drop_table("handoffs")
