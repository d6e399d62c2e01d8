"""Plant documents kiosks take whole: shift calendars and the downtime reason tree."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "plant_documents",
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_plant_documents")),
    )


def downgrade() -> None:
    op.drop_table("plant_documents")
