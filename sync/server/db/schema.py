"""The server's tables; Alembic migrations create them and a test keeps both equal."""

from __future__ import annotations

import sqlalchemy as sa

from sync.server.db.types import BigId, UtcDateTime

metadata = sa.MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

CODE = 64  # ids of sites, lines, stations, products, instructions, work orders
SHA = 64
DEVICE = 36

# One row (id 1): bumped in the same transaction as every change of master data.
master_revision = sa.Table(
    "master_revision",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("revision", sa.BigInteger, nullable=False),
    sa.Column("changed_at", UtcDateTime, nullable=True),
)

# Whole documents of the plant that kiosks take as they are: shift calendars, the reason tree.
plant_documents = sa.Table(
    "plant_documents",
    metadata,
    sa.Column("name", sa.String(32), primary_key=True),
    sa.Column("body", sa.Text, nullable=False),  # JSON
)

site = sa.Table(
    "site",
    metadata,
    sa.Column("id", sa.String(CODE), primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("timezone", sa.String(64), nullable=False),
)

lines = sa.Table(
    "lines",
    metadata,
    sa.Column("id", sa.String(CODE), primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
)

stations = sa.Table(
    "stations",
    metadata,
    sa.Column("id", sa.String(CODE), primary_key=True),
    sa.Column("line_id", sa.String(CODE), sa.ForeignKey("lines.id"), nullable=False),
    sa.Column("name", sa.Text, nullable=False),
)

products = sa.Table(
    "products",
    metadata,
    sa.Column("id", sa.String(CODE), primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
)

operators = sa.Table(
    "operators",
    metadata,
    sa.Column("badge", sa.String(32), primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("roles", sa.Text, nullable=False),  # JSON list of role names
    sa.Column("language", sa.String(8), nullable=False),
    sa.Column("pin_hash", sa.String(512), nullable=False),
    sa.Column("active", sa.Boolean, nullable=False),
)

instruction_versions = sa.Table(
    "instruction_versions",
    metadata,
    sa.Column("instruction_id", sa.String(CODE), primary_key=True),
    sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("product_id", sa.String(CODE), sa.ForeignKey("products.id"), nullable=False),
    sa.Column("body", sa.Text, nullable=False),  # JSON: harmony_kiosk.domain.instruction_codec
    sa.Column("content_hash", sa.String(SHA), nullable=False),
    sa.Column("images", sa.Text, nullable=False),  # JSON list of blob hashes
    sa.Column("published_at", UtcDateTime, nullable=False),
)

work_orders = sa.Table(
    "work_orders",
    metadata,
    sa.Column("id", sa.String(CODE), primary_key=True),
    sa.Column("product_id", sa.String(CODE), sa.ForeignKey("products.id"), nullable=False),
    sa.Column("quantity", sa.Integer, nullable=False),
    sa.Column("due", sa.Date, nullable=False),
    sa.Column("instruction_id", sa.String(CODE), nullable=False),
    sa.Column("station_id", sa.String(CODE), sa.ForeignKey("stations.id"), nullable=False),
    sa.Column("open", sa.Boolean, nullable=False),
)

admin_tokens = sa.Table(
    "admin_tokens",
    metadata,
    sa.Column("id", BigId, primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    # SHA-256 of a 256-bit random token: a slow hash adds nothing against guessing that.
    sa.Column("token_hash", sa.String(SHA), nullable=False, unique=True),
    sa.Column("created_at", UtcDateTime, nullable=False),
    sa.Column("revoked_at", UtcDateTime, nullable=True),
)

enrol_codes = sa.Table(
    "enrol_codes",
    metadata,
    sa.Column("code_hash", sa.String(SHA), primary_key=True),
    sa.Column("station_id", sa.String(CODE), sa.ForeignKey("stations.id"), nullable=False),
    sa.Column("created_at", UtcDateTime, nullable=False),
    sa.Column("expires_at", UtcDateTime, nullable=False),
    sa.Column("used_at", UtcDateTime, nullable=True),
    sa.Column("used_by", sa.String(DEVICE), nullable=True),
)

devices = sa.Table(
    "devices",
    metadata,
    sa.Column("id", sa.String(DEVICE), primary_key=True),  # the kiosk's own id, never renamed
    sa.Column("station_id", sa.String(CODE), sa.ForeignKey("stations.id"), nullable=False),
    sa.Column("hostname", sa.Text, nullable=False),
    sa.Column("app_version", sa.String(32), nullable=False),
    sa.Column("enrolled_at", UtcDateTime, nullable=False),
    # Kept as they are: verifying an HMAC needs the key itself (docs/server.md, "what is stored").
    sa.Column("secret", sa.String(128), nullable=False),
    sa.Column("previous_secret", sa.String(128), nullable=True),
    sa.Column("previous_valid_until", UtcDateTime, nullable=True),
    sa.Column("revoked_at", UtcDateTime, nullable=True),
    sa.Column("last_contact_at", UtcDateTime, nullable=True),
    sa.Column("clock_skew_ms", sa.BigInteger, nullable=True),  # kiosk clock minus server clock
    sa.Column("reported_backlog", sa.BigInteger, nullable=True),
    sa.Column("oldest_unsent_at", UtcDateTime, nullable=True),
    sa.Column("stuck", sa.Boolean, nullable=False),
    sa.Column("acked_seq", sa.BigInteger, nullable=False),
    sa.Column("anchor_hash", sa.String(SHA), nullable=True),  # hash at acked_seq
    sa.Column("highest_seq", sa.BigInteger, nullable=False),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("server_id", BigId, primary_key=True),
    sa.Column("device_id", sa.String(DEVICE), sa.ForeignKey("devices.id"), nullable=False),
    sa.Column("seq", sa.BigInteger, nullable=False),
    sa.Column("type", sa.String(64), nullable=False),
    sa.Column("hash", sa.String(SHA), nullable=False),
    sa.Column("prev_hash", sa.String(SHA), nullable=False),
    sa.Column("line_id", sa.String(CODE), nullable=True),
    # Set only on events shared with the line, in commit order: the cursor of /v1/line-events.
    sa.Column("shared_cursor", sa.BigInteger, nullable=True, unique=True),
    sa.Column("body", sa.Text, nullable=False),  # the whole wire event, as JSON text
    sa.Column("received_at", UtcDateTime, nullable=False),
    sa.UniqueConstraint("device_id", "seq"),
    sa.Index(None, "line_id", "shared_cursor"),
)

# One row (id 1): the last shared cursor handed out; its row lock orders shared events by commit.
feed_cursor = sa.Table(
    "feed_cursor",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("last", sa.BigInteger, nullable=False),
)

quarantine = sa.Table(
    "quarantine",
    metadata,
    sa.Column("id", BigId, primary_key=True),
    sa.Column("device_id", sa.String(DEVICE), sa.ForeignKey("devices.id"), nullable=False),
    sa.Column("seq", sa.BigInteger, nullable=False),
    sa.Column("hash", sa.String(SHA), nullable=False),  # as claimed by the event
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("body", sa.Text, nullable=False),  # the wire event as received
    # False when the event names another device: its seq is not a seq of the uploader's chain.
    sa.Column("counts_for_ack", sa.Boolean, nullable=False),
    sa.Column("received_at", UtcDateTime, nullable=False),
    sa.Column("retries", sa.Integer, nullable=False),
    sa.Column("resolved_at", UtcDateTime, nullable=True),
    sa.Column("resolution", sa.Text, nullable=True),
    sa.Index(None, "device_id", "seq"),
)

blobs = sa.Table(
    "blobs",
    metadata,
    sa.Column("sha256", sa.String(SHA), primary_key=True),
    sa.Column("size", sa.BigInteger, nullable=False),
    sa.Column("received", sa.BigInteger, nullable=False),
    sa.Column("complete", sa.Boolean, nullable=False),
    sa.Column("created_at", UtcDateTime, nullable=False),
    sa.Column("completed_at", UtcDateTime, nullable=True),
)

# Who sent each blob: a device may always fetch back what it uploaded itself.
blob_uploaders = sa.Table(
    "blob_uploaders",
    metadata,
    sa.Column("sha256", sa.String(SHA), primary_key=True),
    sa.Column("device_id", sa.String(DEVICE), sa.ForeignKey("devices.id"), primary_key=True),
)
