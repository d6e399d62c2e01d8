"""A fault-injecting TCP proxy on loopback: drops, delays, truncates, resets, loses responses.

Written for the reliability suite (no toxiproxy on these machines). Each accepted connection gets a
fault from the policy; faults act at the TCP level, so the kiosk's HTTP client sees exactly what a
flaky plant network would show it.
"""

from __future__ import annotations

import contextlib
import enum
import socket
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field


class Fault(enum.Enum):
    PASS = "pass"
    DROP = "drop"  # close as soon as the connection is accepted
    RESET = "reset"  # read the request, answer with a TCP reset
    DELAY = "delay"  # hold the response for `delay_s`
    TRUNCATE = "truncate"  # forward only the first bytes of the response, then close
    LOSE_RESPONSE = "lose_response"  # the server answered (so it committed); the client never hears


@dataclass
class ProxyStats:
    connections: int = 0
    faults: dict[Fault, int] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def count(self, fault: Fault) -> None:
        with self.lock:
            self.connections += 1
            self.faults[fault] = self.faults.get(fault, 0) + 1


class FaultProxy:
    """Listens on 127.0.0.1:<port> and forwards to 127.0.0.1:<target_port>."""

    def __init__(
        self,
        target_port: int,
        policy: Callable[[int], Fault] | None = None,
        delay_s: float = 2.0,
        truncate_bytes: int = 40,
        *,
        one_request_per_connection: bool = False,
    ) -> None:
        self.target_port = target_port
        self.policy = policy or (lambda _index: Fault.PASS)
        self.delay_s = delay_s
        self.truncate_bytes = truncate_bytes
        # A client keeps a healthy connection for request after request, so faults chosen per
        # connection would stop at the first PASS. Like many plant proxies, this one can ask
        # the server to close after each answer: every request then meets a fault of its own.
        self.one_request_per_connection = one_request_per_connection
        self.stats = ProxyStats()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._closing = threading.Event()
        self._thread = threading.Thread(target=self._accept_loop, name="fault-proxy", daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> FaultProxy:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._closing.set()
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes accept() (close alone does not)
        self._listener.close()
        self._thread.join(5)

    def _accept_loop(self) -> None:
        index = 0
        while not self._closing.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            fault = self.policy(index)
            index += 1
            self.stats.count(fault)
            threading.Thread(target=self._serve, args=(client, fault), daemon=True).start()

    def _serve(self, client: socket.socket, fault: Fault) -> None:
        if fault is Fault.DROP:
            client.close()
            return
        if fault is Fault.RESET:
            client.settimeout(5)
            with contextlib.suppress(OSError):
                client.recv(65536)
            _reset(client)
            return
        try:
            upstream = socket.create_connection(("127.0.0.1", self.target_port), timeout=10)
        except OSError:
            _reset(client)
            return
        head = _ask_to_close if self.one_request_per_connection else None
        threading.Thread(target=_pump, args=(client, upstream, head), daemon=True).start()
        self._pump_back(upstream, client, fault)

    def _pump_back(self, upstream: socket.socket, client: socket.socket, fault: Fault) -> None:
        sent = 0
        try:
            while chunk := upstream.recv(65536):
                if fault is Fault.LOSE_RESPONSE:
                    break  # the server has answered: it committed; the kiosk never learns
                if fault is Fault.DELAY and sent == 0:
                    time.sleep(self.delay_s)
                if fault is Fault.TRUNCATE:
                    client.sendall(chunk[: max(0, self.truncate_bytes - sent)])
                    sent += len(chunk)
                    if sent >= self.truncate_bytes:
                        break
                    continue
                client.sendall(chunk)
                sent += len(chunk)
        except OSError:
            pass
        finally:
            if fault in (Fault.LOSE_RESPONSE, Fault.TRUNCATE):
                _reset(client)
            else:
                _close(client)
            upstream.close()


def _pump(
    source: socket.socket,
    target: socket.socket,
    head: Callable[[bytes], bytes] | None = None,
) -> None:
    try:
        while chunk := source.recv(65536):
            if head is not None:  # the first chunk: the request line and the headers
                chunk, head = head(chunk), None
            target.sendall(chunk)
    except OSError:
        pass
    finally:
        with contextlib.suppress(OSError):
            target.shutdown(socket.SHUT_WR)


def _ask_to_close(head: bytes) -> bytes:
    """Replace the request's Connection header with `Connection: close`."""
    headers, end, body = head.partition(b"\r\n\r\n")  # the body may share the chunk
    request_line, *fields = headers.split(b"\r\n")
    kept = [field for field in fields if not field.lower().startswith(b"connection:")]
    return b"\r\n".join([request_line, b"Connection: close", *kept]) + end + body


# The other direction's pump may be blocked in recv() on the same socket. On Linux, close() alone
# then neither wakes it nor tells the peer anything (the blocked call keeps the socket alive),
# so the client would only notice at its read timeout. shutdown() first wakes the reader.


def _close(connection: socket.socket) -> None:
    """An orderly close: the peer gets a FIN."""
    with contextlib.suppress(OSError):
        connection.shutdown(socket.SHUT_RDWR)
    connection.close()


def _reset(connection: socket.socket) -> None:
    """Close with SO_LINGER 0: the peer gets a RST, as from a dying NAT or firewall."""
    with contextlib.suppress(OSError):
        connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    with contextlib.suppress(OSError):
        connection.shutdown(socket.SHUT_RD)  # sends nothing; the RST leaves on close
    connection.close()
