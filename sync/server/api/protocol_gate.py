"""Refuse a request naming a protocol major this server does not speak, before anything reads it.

At the door rather than in each endpoint: a newer kiosk's bodies may not even parse here, and
it must hear "protocol 2.x is not supported", not a validation error about a field it added.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send

from sync.server.api.limits import send_error
from sync.server.auth import check_protocol
from sync.server.errors import ProtocolUnsupported

_HEADER = b"x-harmony-protocol"


class ProtocolGate:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            for name, value in scope["headers"]:
                if name == _HEADER:
                    try:
                        check_protocol(value.decode("latin-1"))
                    except ProtocolUnsupported as refused:
                        await send_error(send, refused.status, refused.detail, refused.code)
                        return
        await self.app(scope, receive, send)
