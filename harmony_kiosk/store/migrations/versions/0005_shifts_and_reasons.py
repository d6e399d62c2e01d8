"""Master data for downtime: shift calendars per line and the reason tree."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "shift_patterns",
        sa.Column("line_id", sa.String(64), primary_key=True),
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("start", sa.String(5), nullable=False),
        sa.Column("end", sa.String(5), nullable=False),
        sa.Column("weekdays", sa.String(16), nullable=False),
        sa.Column("timezone", sa.String(64), nullable=False),
    )
    op.create_table(
        "reason_codes",
        sa.Column("code", sa.String(64), primary_key=True),
        sa.Column("parent", sa.String(64)),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("label_es", sa.Text),
        sa.Column("planned", sa.Boolean, nullable=False),
        sa.Column("needs_note", sa.Boolean, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("reason_codes")
    op.drop_table("shift_patterns")
