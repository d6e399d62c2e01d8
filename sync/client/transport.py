"""One signed HTTP conversation with the server: timeouts, TLS, proxies, and typed failures."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import requests

from sync.protocol.signing import (
    DEVICE_HEADER,
    PROTOCOL_HEADER,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    sign,
)
from sync.protocol.version import PROTOCOL_VERSION

CONNECT_TIMEOUT_S = 5.0
READ_TIMEOUT_S = 30.0


class SyncFailure(Exception):
    """A sync call that did not succeed; the message is fit for the kiosk's status line."""


class Offline(SyncFailure):
    """The server could not be reached (no network, DNS, refused, timed out, TLS failure)."""


class Revoked(SyncFailure):
    """The server revoked this kiosk: local capture goes on, upload stops."""


class Refused(SyncFailure):
    """The server answered 4xx: something about the request itself."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(f"server refused ({status}): {detail}")
        self.status = status
        self.detail = detail


class ServerTrouble(SyncFailure):
    """The server answered 5xx: retry later."""


@dataclass(frozen=True)
class ServerAddress:
    """Where the server is and how to trust it."""

    url: str  # https://harmony.plant.example:8470
    ca_bundle: Path | None = None  # a plant CA; None = the system's trust store

    def verify(self) -> str | bool:
        return str(self.ca_bundle) if self.ca_bundle else True


class ServerConnection:
    """Signed requests for one device; proxies come from HTTP(S)_PROXY and NO_PROXY."""

    def __init__(
        self, address: ServerAddress, device_id: str, secret: str, timestamp: Callable[[], str]
    ) -> None:
        self.address = address
        self.device_id = device_id
        self._secret = secret
        self._timestamp = timestamp  # () -> ISO text of the kiosk's wall clock
        self._session = requests.Session()

    def close(self) -> None:
        self._session.close()

    def health(self) -> bool:
        try:
            response = self._session.get(
                self.address.url.rstrip("/") + "/health",
                timeout=(CONNECT_TIMEOUT_S, 5.0),
                verify=self.address.verify(),
            )
        except requests.RequestException:
            return False
        return response.status_code == 200

    def call(
        self,
        method: str,
        path: str,
        *,
        body: Any = None,
        raw: bytes | None = None,
        params: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> requests.Response:
        """Send a signed request; return the 2xx response or raise a SyncFailure."""
        path_and_query = path + ("?" + urlencode(params) if params else "")
        data = raw if raw is not None else (b"" if body is None else json.dumps(body).encode())
        timestamp = self._timestamp()
        all_headers = {
            PROTOCOL_HEADER: PROTOCOL_VERSION,
            DEVICE_HEADER: self.device_id,
            TIMESTAMP_HEADER: timestamp,
            SIGNATURE_HEADER: sign(self._secret, method, path_and_query, timestamp, data),
            "Content-Type": "application/json" if raw is None else "application/octet-stream",
            **(headers or {}),
        }
        try:
            response = self._session.request(
                method,
                self.address.url.rstrip("/") + path_and_query,
                data=data,
                headers=all_headers,
                timeout=(CONNECT_TIMEOUT_S, READ_TIMEOUT_S),
                verify=self.address.verify(),
            )
        except requests.RequestException as error:
            raise Offline(f"server not reachable: {type(error).__name__}") from error
        return _checked(response)


def _checked(response: requests.Response) -> requests.Response:
    if response.status_code < 400:
        return response
    try:
        detail = str(response.json().get("detail", response.text[:200]))
    except ValueError:
        detail = response.text[:200]
    if response.status_code == 403 and "revoked" in detail.lower():
        raise Revoked(detail)
    if response.status_code >= 500:
        raise ServerTrouble(f"server trouble ({response.status_code})")
    raise Refused(response.status_code, detail)
