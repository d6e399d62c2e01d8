"""Blob downloads stay on the line: the uploader and its line's kiosks may fetch, others may not."""

from __future__ import annotations

import hashlib
import os

from sync.protocol.models import BLOB_SIZE_HEADER
from tests.sync.server.conftest import ServerUnderTest
from tests.sync.server.signed_kiosk import SignedKiosk


def _upload(kiosk: SignedKiosk, data: bytes) -> str:
    sha = hashlib.sha256(data).hexdigest()
    answer = kiosk.request(
        "PUT",
        f"/v1/blobs/{sha}?offset=0",
        data,
        extra_headers={
            BLOB_SIZE_HEADER: str(len(data)),
            "content-type": "application/octet-stream",
        },
    )
    assert answer.json()["complete"] is True, answer.text
    return sha


def test_a_photo_reaches_the_line_and_no_other_line(plant_server: ServerUnderTest) -> None:
    raiser = plant_server.enrol("LINE1-ST1")
    neighbour = plant_server.enrol("LINE1-ST2")
    stranger = plant_server.enrol("LINE2-ST1")
    data = os.urandom(700)
    sha = _upload(raiser, data)
    path = f"/v1/blobs/{sha}/content"
    # Before any event names it, only the kiosk that sent it may fetch it back.
    assert raiser.get(path).content == data
    assert neighbour.get(path).status_code == 404
    raised = raiser.event("exception.raised", {"photo": sha, "line_id": "LINE1"})
    assert raiser.upload([raised]).json()["results"][0]["status"] == "accepted"
    assert neighbour.get(path).content == data
    refused = stranger.get(path)
    assert (refused.status_code, refused.json()["code"]) == (404, "not_found")
    assert data.hex()[:16] not in refused.text
