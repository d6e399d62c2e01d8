"""Watching the kiosk's signed requests in a drill: what was sent, what is in flight, how the
server judged each uploaded event, and which calls failed (around `ServerConnection.call`)."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
import requests

from sync.client.transport import ServerConnection, SyncFailure
from sync.protocol.models import UploadResponse


def route(method: str, path: str) -> str:
    if path == "/v1/events":
        return "upload"
    if path.startswith("/v1/blobs/"):
        if path.endswith("/content"):
            return "blob content"
        return "blob chunk" if method == "PUT" else "blob status"
    return f"{method} {path.split('?', maxsplit=1)[0]}"


class RequestWatch:
    """Installs itself on ServerConnection for the test (monkeypatch undoes it)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.condition = threading.Condition()
        self.sent: Counter[str] = Counter()
        self.failed: Counter[str] = Counter()
        self.judged: Counter[str] = Counter()  # uploaded events by the server's verdict
        self.in_flight = 0
        original = ServerConnection.call

        def call(
            connection: ServerConnection, method: str, path: str, **kwargs: Any
        ) -> requests.Response:
            kind = route(method, path)
            with self.condition:
                self.sent[kind] += 1
                self.in_flight += 1
                self.condition.notify_all()
            try:
                response = original(connection, method, path, **kwargs)
            except SyncFailure as error:
                with self.condition:
                    self.failed[type(error).__name__] += 1
                raise
            finally:
                with self.condition:
                    self.in_flight -= 1
            if kind == "upload":
                answer = UploadResponse.model_validate_json(response.content)
                with self.condition:
                    self.judged.update(result.status for result in answer.results)
            return response

        monkeypatch.setattr(ServerConnection, "call", call)

    def wait_for(self, predicate: Callable[[], bool], timeout: float = 60) -> None:
        with self.condition:
            assert self.condition.wait_for(predicate, timeout), "the kiosk never got there"

    def wait_for_next(self, kind: str, timeout: float = 60) -> None:
        """Until the kiosk sends another request of this kind."""
        with self.condition:
            seen = self.sent[kind]
        self.wait_for(lambda: self.sent[kind] > seen, timeout)
