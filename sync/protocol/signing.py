"""Request authentication: an HMAC-SHA256 over the request, keyed with the device's secret.

The signature covers the method, the path with its query, the kiosk's timestamp and the body, so
a batch cannot be forged or moved to another endpoint without the secret. Timestamps are not
used to refuse requests (a kiosk's clock may be days off); replays are harmless because the
server stores events idempotently.
"""

from __future__ import annotations

import hashlib
import hmac

PROTOCOL_HEADER = "X-Harmony-Protocol"
DEVICE_HEADER = "X-Harmony-Device"
TIMESTAMP_HEADER = "X-Harmony-Timestamp"
SIGNATURE_HEADER = "X-Harmony-Signature"
ADMIN_HEADER = "Authorization"  # "Bearer <admin token>"


def signing_text(method: str, path_and_query: str, timestamp: str, body: bytes) -> bytes:
    body_digest = hashlib.sha256(body).hexdigest()
    return f"{method.upper()}\n{path_and_query}\n{timestamp}\n{body_digest}".encode()


def sign(secret: str, method: str, path_and_query: str, timestamp: str, body: bytes) -> str:
    """The hex HMAC a kiosk puts in X-Harmony-Signature."""
    message = signing_text(method, path_and_query, timestamp, body)
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def verify(
    secret: str, signature: str, method: str, path_and_query: str, timestamp: str, body: bytes
) -> bool:
    expected = sign(secret, method, path_and_query, timestamp, body)
    return hmac.compare_digest(expected, signature)
