"""Publishing work instruction versions: immutable once published, images kept as blobs."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from pathlib import Path

import sqlalchemy as sa
from pydantic import ValidationError
from sqlalchemy.engine import Connection

from harmony_kiosk.domain import plant_files
from harmony_kiosk.domain.instruction_codec import content_hash, version_to_body
from harmony_kiosk.domain.instructions import InstructionVersion
from harmony_kiosk.errors import PlantFileError
from sync.protocol.models import InstructionVersionRecord
from sync.server.blobs import BlobStore
from sync.server.db.schema import instruction_versions, products
from sync.server.db.types import dump_json
from sync.server.errors import Conflict, InvalidInput


class Published(StrEnum):
    NEW = "published"
    UNCHANGED = "unchanged"  # the same content was published already: nothing to do


def load_instruction_file(path: Path, plant_folder: Path | None = None) -> InstructionVersion:
    """Read one instruction file with the plant-file rules (docs/plant-files.md).

    Images are named relative to the plant folder: by default the folder that holds
    `instructions/`, or the file's own folder when it lies elsewhere.
    """
    if plant_folder is None:
        parent = path.resolve().parent
        plant_folder = parent.parent if parent.name == "instructions" else parent
    try:
        return plant_files.load_instruction_file(path, plant_folder)
    except PlantFileError as error:
        raise InvalidInput(error.message) from None


def publish(
    connection: Connection, version: InstructionVersion, blob_store: BlobStore, now: datetime
) -> Published:
    """Store `version`; refuse a different content under a version number already published."""
    body = version_to_body(version)
    digest = content_hash(body)
    name = f"{version.instruction_id} v{version.version}"
    stored = connection.execute(
        sa.select(instruction_versions.c.content_hash).where(
            instruction_versions.c.instruction_id == version.instruction_id,
            instruction_versions.c.version == version.version,
        )
    ).scalar_one_or_none()
    if stored == digest:
        return Published.UNCHANGED
    if stored is not None:
        raise Conflict(
            f"{name} is published already with different content; "
            "published versions never change: give the change a new version number"
        )
    known_product = connection.execute(
        sa.select(products.c.id).where(products.c.id == version.product_id)
    ).first()
    if known_product is None:
        raise InvalidInput(f"{name}: no product {version.product_id!r} on this server")
    images = list(dict.fromkeys(step.image for step in version.steps if step.image))
    try:
        InstructionVersionRecord(body=body, content_hash=digest, images=images)
    except ValidationError as error:
        raise InvalidInput(
            f"{name}: cannot be sent to kiosks ({error.errors()[0]['msg']})"
        ) from None
    for image in images:
        blob_store.put_complete(connection, version.images[image], now)
    connection.execute(
        instruction_versions.insert().values(
            instruction_id=version.instruction_id,
            version=version.version,
            product_id=version.product_id,
            body=dump_json(body),
            content_hash=digest,
            images=dump_json(images),
            published_at=now,
        )
    )
    return Published.NEW
