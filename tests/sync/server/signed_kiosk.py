"""A kiosk as the server sees it: a device id, a secret, a hash chain, and signed requests.

Tests drive the real server with it, over TestClient or real HTTP (both are httpx clients).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Any

import httpx2 as httpx

from harmony_kiosk.clock import ManualClock, to_iso, unix_ms
from harmony_kiosk.domain.events import GENESIS_HASH, seal
from harmony_kiosk.domain.hlc import HlcStamp
from sync.protocol import signing
from sync.protocol.models import UploadRequest, WireEvent
from sync.protocol.version import PROTOCOL_VERSION


def new_device_id() -> str:
    return str(uuid.uuid4())


class SignedKiosk:
    """Builds this device's chain and sends requests signed with its secret."""

    def __init__(
        self, client: httpx.Client, device_id: str, secret: str, clock: ManualClock
    ) -> None:
        self.client = client
        self.device_id = device_id
        self.secret = secret
        self.clock = clock
        self.chain: list[WireEvent] = []

    # --- events -----------------------------------------------------------------------------

    def event(
        self,
        type: str = "step.checked",
        payload: Mapping[str, Any] | None = None,
        *,
        seq: int | None = None,
        prev_hash: str | None = None,
        device_id: str | None = None,
    ) -> WireEvent:
        """Seal the next event of the chain (or one at `seq`/`prev_hash` for broken chains)."""
        number = seq if seq is not None else len(self.chain) + 1
        if prev_hash is None:
            prev_hash = self.chain[number - 2].hash if number > 1 else GENESIS_HASH
        now = self.clock.now()
        sealed = seal(
            id=str(uuid.uuid4()),
            device_id=device_id or self.device_id,
            seq=number,
            type=type,
            schema_version=1,
            occurred_at=to_iso(now),
            hlc=HlcStamp(unix_ms(now), number).text(),
            actor="10041",
            payload=dict(payload or {"job_id": "J-1", "passed": True, "n": number}),
            prev_hash=prev_hash,
        )
        wire = WireEvent.model_validate(sealed.__dict__)
        if seq is None and device_id is None:
            self.chain.append(wire)
        return wire

    def events(self, count: int, type: str = "step.checked") -> list[WireEvent]:
        return [self.event(type) for _ in range(count)]

    # --- requests ---------------------------------------------------------------------------

    def headers(
        self,
        method: str,
        target: str,
        body: bytes,
        *,
        secret: str | None = None,
        protocol: str = PROTOCOL_VERSION,
        timestamp: datetime | None = None,
    ) -> dict[str, str]:
        stamp = to_iso(timestamp or self.clock.now())
        return {
            signing.PROTOCOL_HEADER: protocol,
            signing.DEVICE_HEADER: self.device_id,
            signing.TIMESTAMP_HEADER: stamp,
            signing.SIGNATURE_HEADER: signing.sign(
                secret or self.secret, method, target, stamp, body
            ),
        }

    def request(
        self,
        method: str,
        target: str,
        body: bytes = b"",
        *,
        extra_headers: Mapping[str, str] | None = None,
        **signing_options: Any,
    ) -> httpx.Response:
        headers = self.headers(method, target, body, **signing_options)
        if body:
            headers.setdefault("content-type", "application/json")
        headers.update(extra_headers or {})
        return self.client.request(method, target, content=body, headers=headers)

    def upload_body(self, events: list[WireEvent], **fields: Any) -> bytes:
        batch = UploadRequest(
            protocol=PROTOCOL_VERSION,
            device_id=fields.pop("device_id", self.device_id),
            backlog=fields.pop("backlog", len(events)),
            events=events,
            **fields,
        )
        return batch.model_dump_json().encode()

    def upload(self, events: list[WireEvent], **fields: Any) -> httpx.Response:
        signing_options = {k: fields.pop(k) for k in ("secret", "protocol") if k in fields}
        return self.request(
            "POST", "/v1/events", self.upload_body(events, **fields), **signing_options
        )

    def get(self, target: str, **signing_options: Any) -> httpx.Response:
        return self.request("GET", target, **signing_options)

    def post(self, target: str, payload: Any = None, **signing_options: Any) -> httpx.Response:
        body = b"" if payload is None else json.dumps(payload).encode()
        return self.request("POST", target, body, **signing_options)
