"""Request and response bodies of protocol 1.x; sizes are bounded against garbage."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Sha256 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
Code = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")]
DeviceId = Annotated[str, Field(min_length=36, max_length=36)]
Text = Annotated[str, Field(max_length=4000)]

MAX_EVENTS_PER_BATCH = 500
MAX_BATCH_BYTES = 2 * 1024 * 1024
BLOB_CHUNK_BYTES = 256 * 1024
MAX_BLOB_BYTES = 64 * 1024 * 1024
MAX_BLOB_CHUNK_BYTES = (
    1024 * 1024
)  # the largest chunk a server accepts (clients send BLOB_CHUNK_BYTES)
BLOB_SIZE_HEADER = "X-Harmony-Blob-Size"  # total size of the blob, sent with every chunk


class Wire(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class WireEvent(Wire):
    """A journal event exactly as the kiosk sealed it; the server recomputes its hash."""

    id: Annotated[str, Field(min_length=1, max_length=36)]
    device_id: DeviceId
    seq: Annotated[int, Field(ge=1, le=2**53 - 1)]
    type: Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[a-z][a-z0-9_.]*$")]
    schema_version: Annotated[int, Field(ge=1, le=1000)]
    occurred_at: Annotated[str, Field(max_length=32)]
    hlc: Annotated[str, Field(max_length=32)]
    actor: Annotated[str, Field(max_length=64)]
    payload: dict[str, Any]
    prev_hash: Sha256
    hash: Sha256


class UploadRequest(Wire):
    protocol: str
    device_id: DeviceId
    backlog: Annotated[int, Field(ge=0)]  # events still waiting on the kiosk, this batch included
    oldest_unsent_at: str | None = None
    stuck: bool = False  # the kiosk sees no acknowledgement progress while the server answers
    events: Annotated[list[WireEvent], Field(max_length=MAX_EVENTS_PER_BATCH)]


class EventResult(Wire):
    seq: int
    status: Literal["accepted", "duplicate", "rejected"]
    reason: str | None = None


class UploadResponse(Wire):
    acked_seq: int  # every seq up to here is stored or quarantined on the server, committed
    anchor_hash: str | None  # hash of the last acknowledged event
    results: list[EventResult]
    gaps: list[tuple[int, int]]  # seq ranges the server is still missing below its highest seq


class EnrolRequest(Wire):
    protocol: str
    code: Annotated[str, Field(min_length=6, max_length=64)]
    device_id: DeviceId
    hostname: Annotated[str, Field(max_length=255)] = ""
    app_version: Annotated[str, Field(max_length=32)] = ""


class EnrolResponse(Wire):
    device_id: DeviceId
    secret: str
    station_id: Code
    line_id: Code
    site_id: Code


class RotateResponse(Wire):
    secret: str
    previous_valid_until: str


class OperatorRecord(Wire):
    badge: Annotated[str, Field(max_length=32)]
    name: Text
    roles: list[str]
    language: Annotated[str, Field(max_length=8)]
    pin_hash: Annotated[str, Field(max_length=512)]
    active: bool


class NamedRecord(Wire):
    id: Code
    name: Text


class StationRecord(Wire):
    id: Code
    line_id: Code
    name: Text


class SiteRecord(Wire):
    id: Code
    name: Text
    timezone: Annotated[str, Field(max_length=64)]


class InstructionVersionRecord(Wire):
    body: dict[str, Any]  # harmony_kiosk.domain.instruction_codec body
    content_hash: Sha256
    images: list[Sha256]  # fetched as blobs


class WorkOrderRecord(Wire):
    id: Code
    product_id: Code
    quantity: Annotated[int, Field(ge=1)]
    due: Annotated[str, Field(max_length=10)]
    instruction_id: Code
    station_id: Code


class ShiftRecord(Wire):
    line_id: Code
    name: Annotated[str, Field(min_length=1, max_length=32)]
    start: Annotated[str, Field(pattern=r"^\d\d:\d\d$")]  # local wall-clock time
    end: Annotated[str, Field(pattern=r"^\d\d:\d\d$")]
    weekdays: Annotated[list[Annotated[int, Field(ge=0, le=6)]], Field(max_length=7)]
    timezone: Annotated[str, Field(max_length=64)]


class ReasonRecord(Wire):
    code: Code
    label: Text
    parent: Code | None = None
    label_es: Text | None = None
    planned: bool = False
    needs_note: bool = False


class EquipmentRecord(Wire):
    id: Code
    line_id: Code
    name: Text
    name_es: Text | None = None


class MasterData(Wire):
    """Everything a kiosk of the site needs, at one server revision: applied all at once."""

    revision: int
    site: SiteRecord
    lines: list[NamedRecord]
    stations: list[StationRecord]
    products: list[NamedRecord]
    operators: list[OperatorRecord]
    instruction_versions: list[InstructionVersionRecord]
    work_orders: list[WorkOrderRecord]
    # Added in protocol 1.1 (a plant may define none).
    shifts: list[ShiftRecord] = []
    reasons: list[ReasonRecord] = []
    # Added in protocol 1.2 (a plant may define none; a 1.1 server sends none).
    equipment: list[EquipmentRecord] = []


class MasterDataResponse(Wire):
    changed: bool
    data: MasterData | None = None


class LineEventsResponse(Wire):
    cursor: int  # pass back to get what came after
    events: list[WireEvent]
    more: bool


class BlobStatus(Wire):
    sha256: Sha256
    size: int  # total size announced by the uploader
    received: int  # bytes the server holds; resume from here
    complete: bool


class DeviceStatus(Wire):
    device_id: DeviceId
    station_id: str
    revoked: bool
    acked_seq: int


class ErrorCode(StrEnum):
    """Machine-readable reasons a client acts on; `ErrorBody.code` stays a plain string so an
    older client reading a newer server's code falls back to showing `detail`."""

    PROTOCOL_UNSUPPORTED = "protocol_unsupported"  # stop retrying: the kiosk needs an update
    DEVICE_REVOKED = "device_revoked"  # stop uploading, keep capturing, show it
    UNKNOWN_DEVICE = "unknown_device"  # enrol again
    BAD_SIGNATURE = "bad_signature"
    NOT_AUTHENTICATED = "not_authenticated"
    ENROL_CODE_UNKNOWN = "enrol_code_unknown"
    ENROL_CODE_EXPIRED = "enrol_code_expired"
    ENROL_CODE_USED = "enrol_code_used"
    INVALID = "invalid"  # the request breaks the protocol: fix the client, retrying won't help
    TOO_LARGE = "too_large"
    BLOB_OFFSET = "blob_offset"  # ask GET /v1/blobs/{sha256} how much the server holds
    BLOB_HASH_MISMATCH = "blob_hash_mismatch"  # the server discarded it: upload again from 0
    NOT_FOUND = "not_found"
    CONFLICT = "conflict"
    UNAVAILABLE = "unavailable"  # retry later
    INTERNAL = "internal"


class ErrorBody(Wire):
    detail: str
    code: str | None = None  # an ErrorCode value
