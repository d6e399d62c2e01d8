"""A throw-away RFC 3161 time-stamping authority on loopback, for signing tests only.

No public TSA is reachable from CI, so the test signatures are time-stamped by this one: each
POSTed time-stamp query is answered by `openssl ts -reply` with a TSA certificate made by the
test (packaging/windows/test-pki.sh). Never use it for a release: a release is time-stamped by a
public TSA (docs/deploying.md).

    python packaging/windows/test_tsa.py PKI_FOLDER PORT_FILE

Listens on 127.0.0.1 on a free port, writes the port to PORT_FILE, serves until terminated
(SIGTERM) or for at most --lifetime seconds (default 600), so it never outlives a test run.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

QUERY_TYPE = "application/timestamp-query"
REPLY_TYPE = "application/timestamp-reply"
MAX_QUERY_BYTES = 64 * 1024
OPENSSL = shutil.which("openssl") or "/usr/bin/openssl"


def reply_to(query: bytes, pki: Path) -> bytes:
    """A DER time-stamp response for a DER query, signed by the test TSA certificate."""
    with tempfile.TemporaryDirectory(prefix="harmony-tsa-") as scratch:
        query_file, reply_file = Path(scratch, "query.tsq"), Path(scratch, "reply.tsr")
        query_file.write_bytes(query)
        subprocess.run(  # noqa: S603 (fixed arguments; the query is a file, never a word)
            [
                OPENSSL, "ts", "-reply", "-config", str(pki / "tsa.cnf"),
                "-queryfile", str(query_file), "-out", str(reply_file),
            ],
            cwd=pki,
            check=True,
            capture_output=True,
            timeout=30,
        )  # fmt: skip
        return reply_file.read_bytes()


def handler_for(pki: Path) -> type[BaseHTTPRequestHandler]:
    class TimeStampHandler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            if self.headers.get("Content-Type") != QUERY_TYPE or not 0 < length <= MAX_QUERY_BYTES:
                self.send_error(400, "expected one RFC 3161 time-stamp query")
                return
            try:
                body = reply_to(self.rfile.read(length), pki)
            except subprocess.CalledProcessError as error:
                self.send_error(500, error.stderr.decode(errors="replace")[:200])
                return
            self.send_response(200)
            self.send_header("Content-Type", REPLY_TYPE)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            sys.stderr.write("test-tsa: " + (format % args) + "\n")

    return TimeStampHandler


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pki", type=Path)
    parser.add_argument("port_file", type=Path)
    parser.add_argument("--lifetime", type=float, default=600.0)
    args = parser.parse_args(argv)
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler_for(args.pki.resolve()))
    timer = threading.Timer(args.lifetime, server.shutdown)
    timer.daemon = True
    timer.start()
    args.port_file.write_text(str(server.server_address[1]), encoding="utf-8")
    try:
        server.serve_forever()
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
