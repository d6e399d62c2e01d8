"""Enrolling a kiosk with a server: its own device id registered, the secret kept in the keyring."""

from __future__ import annotations

import platform
from pathlib import Path

import requests

from harmony_kiosk import __version__, credentials
from harmony_kiosk.clock import Clock, to_iso
from harmony_kiosk.device import load_or_create
from harmony_kiosk.enrolment import Enrolment, save_enrolment
from harmony_kiosk.errors import KnownError
from harmony_kiosk.logs import REDACTOR
from sync.client.transport import CONNECT_TIMEOUT_S, READ_TIMEOUT_S, ServerAddress
from sync.protocol.models import EnrolRequest, EnrolResponse
from sync.protocol.signing import PROTOCOL_HEADER
from sync.protocol.version import PROTOCOL_VERSION


def enrol(data_dir: Path, address: ServerAddress, code: str, clock: Clock) -> Enrolment:
    """Register this data folder's device with the server; raise KnownError with the reason."""
    identity = load_or_create(data_dir, clock)
    if identity.kind == "demo":
        raise KnownError(
            "A demo folder is never enrolled: its journal stays on this machine.",
            code="enrol.demo",
        )
    request = EnrolRequest(
        protocol=PROTOCOL_VERSION,
        code=code.strip(),
        device_id=identity.device_id,
        hostname=platform.node()[:255],
        app_version=__version__,
    )
    try:
        response = requests.post(
            address.url.rstrip("/") + "/v1/enrol",
            data=request.model_dump_json(),
            headers={"Content-Type": "application/json", PROTOCOL_HEADER: PROTOCOL_VERSION},
            timeout=(CONNECT_TIMEOUT_S, READ_TIMEOUT_S),
            verify=address.verify(),
        )
    except requests.exceptions.SSLError:
        raise KnownError(
            f"The server's certificate is not trusted: {address.url}. "
            "Name the plant's CA bundle with --ca-bundle.",
            code="enrol.untrusted",
            params={"url": address.url},
        ) from None
    except requests.RequestException as error:
        raise KnownError(
            f"The server is not reachable: {address.url} ({type(error).__name__}).",
            code="enrol.unreachable",
            params={"url": address.url},
        ) from None
    if response.status_code != 200:
        try:
            detail = response.json().get("detail", "")
        except ValueError:
            detail = response.text[:200]
        raise KnownError(
            f"The server refused the enrolment: {detail}",
            code="enrol.refused",
            params={"detail": detail},
        )
    granted = EnrolResponse.model_validate_json(response.content)
    if granted.device_id != identity.device_id:
        raise KnownError(
            "The server answered for another device; enrolment not saved.",
            code="enrol.other_device",
        )
    REDACTOR.never_write(granted.secret)
    credentials.store_secret(data_dir, identity.device_id, granted.secret)
    enrolment = Enrolment(
        server_url=address.url,
        station_id=granted.station_id,
        line_id=granted.line_id,
        site_id=granted.site_id,
        enrolled_at=to_iso(clock.now()),
        ca_bundle=str(address.ca_bundle) if address.ca_bundle else None,
    )
    save_enrolment(data_dir, enrolment)
    return enrolment
