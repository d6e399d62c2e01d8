"""The exceptions raised on the kiosk's line (own and other kiosks' events)."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exceptions",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("severity", sa.String(16), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("station_id", sa.String(64), nullable=False),
        sa.Column("line_id", sa.String(64), nullable=False),
        sa.Column("text", sa.Text),
        sa.Column("job_id", sa.String(36)),
        sa.Column("step_id", sa.String(64)),
        sa.Column("raised_by", sa.String(64), nullable=False),
        sa.Column("raised_at", sa.String(32), nullable=False),
        sa.Column("raised_hlc", sa.String(32), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
    )
    op.create_index("ix_exceptions_line_status", "exceptions", ["line_id", "status"])


def downgrade() -> None:
    op.drop_table("exceptions")
