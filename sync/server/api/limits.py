"""Request bodies bounded before anything parses them: over the limit answers 413 at once."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sync.protocol.models import MAX_BATCH_BYTES, MAX_BLOB_CHUNK_BYTES, ErrorBody, ErrorCode

BLOB_PREFIX = "/v1/blobs/"


def limit_for(method: str, path: str) -> int:
    """Blob chunks may be larger than a batch of events; every other body is a JSON document."""
    if method == "PUT" and path.startswith(BLOB_PREFIX):
        return MAX_BLOB_CHUNK_BYTES
    return MAX_BATCH_BYTES


class BodyLimit:
    """Reads the whole body (at most the limit) before the app sees it, then replays it.

    Buffering is fine at these sizes, and it means no endpoint can be handed an unbounded
    stream, whether the client announces a Content-Length, lies about it or sends chunks.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = limit_for(scope["method"], scope["path"])
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (
            not declared.isdigit() or len(declared) > 15 or int(declared) > limit
        ):
            await _too_large(send, limit)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return  # the client left: nobody to answer
            body = message.get("body", b"")
            size += len(body)
            if size > limit:
                await _too_large(send, limit)
                return
            chunks.append(body)
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()  # after the body: only a disconnect can follow

        await self.app(scope, replay, send)


async def _too_large(send: Send, limit: int) -> None:
    await send_error(
        send, 413, f"the request body is larger than {limit} bytes", ErrorCode.TOO_LARGE
    )


async def send_error(send: Send, status: int, detail: str, code: str) -> None:
    """Answer an ErrorBody straight from a middleware, closing the connection (the rest of the
    request may still be on its way and is not worth reading)."""
    body = ErrorBody(detail=detail, code=code).model_dump_json().encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
