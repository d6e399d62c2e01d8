"""One sync pass: events up, blobs up, master data down, the line's shared events and their
attachments down."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from harmony_kiosk.clock import Clock, to_iso
from harmony_kiosk.disk_space import DiskGauge
from harmony_kiosk.domain.events import Event
from harmony_kiosk.store import blob_store, sync_records
from harmony_kiosk.store.blob_store import BlobStore
from harmony_kiosk.store.database import Database
from harmony_kiosk.store.master_data import replace_master_data
from harmony_kiosk.store.sync_records import SyncState
from sync.client.blob_download import BlobDownloader
from sync.client.transport import ServerConnection
from sync.client.wire import from_wire, plant_definition, to_wire
from sync.protocol.models import (
    BLOB_CHUNK_BYTES,
    MAX_BATCH_BYTES,
    MAX_EVENTS_PER_BATCH,
    BlobStatus,
    LineEventsResponse,
    MasterDataResponse,
    RotateResponse,
    UploadRequest,
    UploadResponse,
    WireEvent,
)
from sync.protocol.version import PROTOCOL_VERSION

log = logging.getLogger(__name__)
_ENVELOPE_BYTES = 512  # room for the request's own fields around the events


@dataclass(frozen=True)
class PassReport:
    """What one pass moved."""

    events_acked: int
    rejected: int
    blobs_uploaded: int
    master_revision_applied: int | None
    line_events_received: int
    blobs_downloaded: int = 0


class SyncEngine:
    """Moves data between one kiosk database and the server. No threads, no Qt: the worker loops."""

    def __init__(
        self,
        database: Database,
        connection: ServerConnection,
        blobs: BlobStore,
        clock: Clock,
        batch_events: int = MAX_EVENTS_PER_BATCH,
        batch_bytes: int = MAX_BATCH_BYTES // 2,
        disk: DiskGauge | None = None,
    ) -> None:
        self._database = database
        self._connection = connection
        self._blobs = blobs
        self._clock = clock
        self._batch_events = batch_events
        self._batch_bytes = batch_bytes
        self.stuck = False  # set by the worker, reported with each batch
        self.downloads = BlobDownloader(database, connection, blobs, clock, disk)

    def rotate_secret(self) -> RotateResponse:
        """Ask the server for a new secret; the caller keeps it (the old one works a while)."""
        reply = self._connection.call("POST", "/v1/devices/me/rotate")
        return RotateResponse.model_validate_json(reply.content)

    def health(self) -> bool:
        """Whether the server answers /health (used to tell "stuck" from "offline")."""
        return self._connection.health()

    def state(self) -> SyncState:
        with self._database.read() as connection:
            return sync_records.read_state(connection)

    def sync_once(self) -> PassReport:
        acked, rejected = self.upload_events()
        uploaded = self.upload_blobs()
        revision = self.pull_master_data()
        received = self.pull_line_events()
        # Last, bounded and never raising: the events above have already moved.
        downloaded = self.downloads.download_round()
        return PassReport(acked, rejected, uploaded, revision, received, downloaded)

    # --- up ------------------------------------------------------------------------------------
    def upload_events(self) -> tuple[int, int]:
        """Send batches until the server has everything; returns (events acknowledged, rejected)."""
        total_acked = total_rejected = 0
        while True:
            with self._database.read() as connection:
                state = sync_records.read_state(connection)
                pending = sync_records.unsent_events(
                    connection, state.acked_seq, self._batch_events
                )
            if not pending:
                return total_acked, total_rejected
            batch = self._bounded(pending)
            request = UploadRequest(
                protocol=PROTOCOL_VERSION,
                device_id=self._connection.device_id,
                backlog=state.waiting,
                oldest_unsent_at=state.oldest_unsent_at,
                stuck=self.stuck,
                events=batch,
            )
            raw = self._connection.call(
                "POST",
                "/v1/events",
                raw=request.model_dump_json().encode(),
                headers={"Content-Type": "application/json"},
            )
            answer = UploadResponse.model_validate_json(raw.content)
            rejections = [
                (r.seq, r.reason or "rejected") for r in answer.results if r.status == "rejected"
            ]
            for seq, reason in rejections:
                log.warning("server quarantined an event", extra={"seq": seq, "reason": reason})
            with self._database.write() as connection:
                sync_records.record_acknowledgement(
                    connection, answer.acked_seq, answer.anchor_hash, rejections, self._now()
                )
            total_acked += max(0, answer.acked_seq - state.acked_seq)
            total_rejected += len(rejections)
            if answer.acked_seq < batch[-1].seq:
                # The server is missing something below this batch (it reported gaps):
                # the next pass resends from its high-water mark.
                return total_acked, total_rejected

    def report_status(self) -> None:
        """An empty batch: tells the server the backlog and the stuck flag when nothing moves."""
        state = self.state()
        request = UploadRequest(
            protocol=PROTOCOL_VERSION,
            device_id=self._connection.device_id,
            backlog=state.waiting,
            oldest_unsent_at=state.oldest_unsent_at,
            stuck=self.stuck,
            events=[],
        )
        self._connection.call(
            "POST",
            "/v1/events",
            raw=request.model_dump_json().encode(),
            headers={"Content-Type": "application/json"},
        )

    def _bounded(self, pending: list[Event]) -> list[WireEvent]:
        batch: list[WireEvent] = []
        size = _ENVELOPE_BYTES
        for event in pending:
            wire = to_wire(event)
            encoded = len(wire.model_dump_json())
            if batch and size + encoded > self._batch_bytes:
                break
            batch.append(wire)
            size += encoded + 1
        return batch

    def upload_blobs(self) -> int:
        uploaded = 0
        while True:
            with self._database.read() as connection:
                waiting = blob_store.blobs_to_upload(connection)
            if not waiting:
                return uploaded
            for sha256, size in waiting:
                self._upload_blob(sha256, size)
                with self._database.write() as connection:
                    blob_store.mark_uploaded(connection, sha256, self._now())
                uploaded += 1

    def _upload_blob(self, sha256: str, size: int) -> None:
        path = f"/v1/blobs/{sha256}"
        status = BlobStatus.model_validate_json(self._connection.call("GET", path).content)
        received = status.received
        while not status.complete:
            chunk = self._blobs.read(sha256, received, BLOB_CHUNK_BYTES)
            reply = self._connection.call(
                "PUT",
                path,
                raw=chunk,
                params={"offset": received},
                headers={"X-Harmony-Blob-Size": str(size)},
            )
            status = BlobStatus.model_validate_json(reply.content)
            received = status.received

    # --- down ----------------------------------------------------------------------------------
    def pull_master_data(self) -> int | None:
        """Apply the server's master data if it changed; returns the revision applied."""
        state = self.state()
        reply = self._connection.call("GET", "/v1/master", params={"since": state.master_revision})
        answer = MasterDataResponse.model_validate_json(reply.content)
        if not answer.changed or answer.data is None:
            return None
        images: dict[str, bytes] = {}
        for record in answer.data.instruction_versions:
            for sha256 in record.images:
                if sha256 not in images:
                    content = self._connection.call("GET", f"/v1/blobs/{sha256}/content")
                    images[sha256] = content.content
        definition = plant_definition(answer.data, images)
        # One short transaction: every change of the set becomes visible at once.
        with self._database.write() as connection:
            replace_master_data(connection, definition)
            sync_records.set_master_revision(connection, answer.data.revision)
        log.info("master data applied", extra={"revision": answer.data.revision})
        return answer.data.revision

    def pull_line_events(self) -> int:
        received = 0
        while True:
            cursor = self.state().line_cursor
            reply = self._connection.call("GET", "/v1/line-events", params={"cursor": cursor})
            answer = LineEventsResponse.model_validate_json(reply.content)
            with self._database.write() as connection:
                received += sync_records.store_remote_events(
                    connection, [from_wire(event) for event in answer.events], answer.cursor
                )
            if not answer.more:
                return received

    def _now(self) -> str:
        return to_iso(self._clock.now())
