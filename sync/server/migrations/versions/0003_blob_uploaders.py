"""Who uploaded each blob, so a download can be limited to the uploader and its line."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "blob_uploaders",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["device_id"], ["devices.id"], name=op.f("fk_blob_uploaders_device_id_devices")
        ),
        sa.PrimaryKeyConstraint("sha256", "device_id", name=op.f("pk_blob_uploaders")),
    )


def downgrade() -> None:
    op.drop_table("blob_uploaders")
