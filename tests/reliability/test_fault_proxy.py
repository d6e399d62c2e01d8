"""The fault proxy does what each fault promises, at once (not when the client's timeout fires)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests

from tests.reliability.fault_proxy import Fault, FaultProxy


class _Hello(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keeps connections open, as uvicorn does

    def do_GET(self) -> None:
        self.send_response(200)
        if self.headers.get("Connection", "").lower() == "close":
            self.send_header("Connection", "close")  # as uvicorn (h11) answers such a request
        self.send_header("Content-Length", "5")
        self.end_headers()
        self.wfile.write(b"hello")

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def upstream() -> Iterator[int]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Hello)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("fault", [Fault.DROP, Fault.RESET, Fault.TRUNCATE, Fault.LOSE_RESPONSE])
def test_a_broken_connection_fails_the_request_at_once(upstream: int, fault: Fault) -> None:
    with FaultProxy(upstream, lambda _index: fault) as proxy, requests.Session() as session:
        started = time.monotonic()
        with pytest.raises(requests.ConnectionError):
            session.get(proxy.url + "/", timeout=(5, 10))
        assert time.monotonic() - started < 2
    assert proxy.stats.faults == {fault: 1}


@pytest.mark.parametrize(("fault", "at_least"), [(Fault.PASS, 0.0), (Fault.DELAY, 0.3)])
def test_a_passed_or_delayed_answer_arrives(upstream: int, fault: Fault, at_least: float) -> None:
    with (
        FaultProxy(upstream, lambda _index: fault, delay_s=0.3) as proxy,
        requests.Session() as session,
    ):
        started = time.monotonic()
        assert session.get(proxy.url + "/", timeout=(5, 10)).text == "hello"
        assert time.monotonic() - started >= at_least


def test_one_request_per_connection_gives_each_request_its_own_fault(upstream: int) -> None:
    faults = iter([Fault.PASS, Fault.LOSE_RESPONSE, Fault.PASS])
    with (
        FaultProxy(upstream, lambda _index: next(faults), one_request_per_connection=True) as proxy,
        requests.Session() as session,
    ):
        assert session.get(proxy.url + "/", timeout=(5, 10)).text == "hello"
        with pytest.raises(requests.ConnectionError):
            session.get(proxy.url + "/", timeout=(5, 10))
        assert session.get(proxy.url + "/", timeout=(5, 10)).text == "hello"
    assert proxy.stats.connections == 3
