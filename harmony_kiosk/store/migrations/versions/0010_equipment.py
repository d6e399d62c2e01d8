"""The line's equipment as master data, and the equipment code a stop was named with."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "equipment",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("line_id", sa.String(64), sa.ForeignKey("lines.id"), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("name_es", sa.Text),
    )
    # Stops named before there was a list keep their free text and no code.
    with op.batch_alter_table("downtime") as batch:
        batch.add_column(sa.Column("equipment_id", sa.String(64)))


def downgrade() -> None:
    with op.batch_alter_table("downtime") as batch:
        batch.drop_column("equipment_id")
    op.drop_table("equipment")
