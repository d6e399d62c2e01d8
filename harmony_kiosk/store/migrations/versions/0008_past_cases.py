"""Past cases and their offline full-text index (SQLite FTS5)."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cases",
        sa.Column("case_id", sa.String(36), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("line_id", sa.String(64), nullable=False),
        sa.Column("equipment", sa.Text),
        sa.Column("problem", sa.Text, nullable=False),
        sa.Column("resolution", sa.Text, nullable=False),
        sa.Column("decided_by", sa.String(64)),
        sa.Column("occurred_at", sa.String(32), nullable=False),
        sa.Column("fts_rowid", sa.Integer, nullable=False, unique=True),
    )
    # Words are indexed as the vocabulary module folds them (see knowledge_index.py), so the
    # tokenizer only has to split on spaces.
    op.execute("CREATE VIRTUAL TABLE cases_fts USING fts5(terms, tokenize='unicode61')")


def downgrade() -> None:
    op.execute("DROP TABLE cases_fts")
    op.drop_table("cases")
