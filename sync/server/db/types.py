"""Column types that behave the same on SQLite and PostgreSQL: UTC instants, JSON as text."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Dialect

# SQLite gets INTEGER PRIMARY KEY (the rowid, auto-incrementing); PostgreSQL a BIGINT identity.
BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


class UtcDateTime(sa.TypeDecorator[datetime]):
    """An aware UTC datetime in, an aware UTC datetime out, whatever the database keeps."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are ambiguous: pass an aware UTC datetime")
        utc = value.astimezone(UTC)
        # SQLite has no zone type; it stores the UTC wall time as text.
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(
        self,
        value: datetime | None,
        dialect: Dialect,  # noqa: ARG002 - the signature SQLAlchemy calls
    ) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def dump_json(value: Any) -> str:
    """JSON text safe for any TEXT column: ASCII only, so NULs and odd characters are escapes.

    PostgreSQL text cannot hold a NUL byte, and its json type refuses some escapes that
    Python writes; plain text with ASCII escapes stores whatever a kiosk sent, as it sent it.
    """
    return json.dumps(value, ensure_ascii=True, separators=(",", ":"))


def load_json(text: str) -> Any:
    return json.loads(text)
