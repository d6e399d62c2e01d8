"""The real server in its own process on 127.0.0.1, as kiosk-side tests and drills need it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests
import sqlalchemy as sa

from sync.server.db import schema
from sync.server.settings import ENV_DATA_DIR, ENV_DATABASE_URL
from tests.sync.server.postgres import free_port


@dataclass
class LiveServer:
    """`harmony-server serve` on a free port; the admin CLI runs against the same database."""

    data_dir: Path
    database_url: str | None = None
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None
    log_path: Path | None = None
    tls: tuple[Path, Path, Path] | None = None  # (CA bundle, certificate, key) to serve HTTPS

    @property
    def url(self) -> str:
        scheme = "https" if self.tls else "http"
        return f"{scheme}://127.0.0.1:{self.port}"

    def env(self) -> dict[str, str]:
        env = {**os.environ, ENV_DATA_DIR: str(self.data_dir)}
        if self.database_url:
            env[ENV_DATABASE_URL] = self.database_url
        return env

    def cli(self, *args: str, stdin: str | None = None) -> str:
        """Run an admin command; return what it printed on stdout."""
        result = subprocess.run(
            [sys.executable, "-m", "sync.server.cli", *args],
            env=self.env(),
            input=stdin,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, f"harmony-server {' '.join(args)}: {result.stderr}"
        return result.stdout

    def start(self) -> LiveServer:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.log_path = self.data_dir / f"serve-{time.monotonic_ns()}.log"
        with self.log_path.open("wb") as log:
            tls = (
                ["--tls-cert", str(self.tls[1]), "--tls-key", str(self.tls[2])] if self.tls else []
            )
            self.process = subprocess.Popen(
                [sys.executable, "-m", "sync.server.cli", "serve", "--port", str(self.port), *tls],
                env=self.env(),
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        self.wait_until_up()
        return self

    def wait_until_up(self, seconds: float = 30) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                raise AssertionError(f"the server exited: {self.log()}")
            try:
                verify = str(self.tls[0]) if self.tls else True
                if requests.get(self.url + "/health", timeout=1, verify=verify).status_code == 200:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.05)  # polling a process that is starting: no signal to wait on
        raise AssertionError(f"the server did not answer /health: {self.log()}")

    def stop(self, *, kill: bool = False) -> None:
        if self.process is None:
            return
        if kill:
            self.process.send_signal(signal.SIGKILL)
        else:
            self.process.terminate()
        self.process.wait(timeout=30)
        self.process = None

    def restart(self, *, kill: bool = False) -> None:
        self.stop(kill=kill)
        self.start()

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")[-3000:] if self.log_path else ""

    def enrol_code(self, station: str) -> str:
        return self.cli("enrol-code", "--station", station).strip()

    # --- counting, straight from the server's database -----------------------------------------
    def engine(self) -> sa.Engine:
        return sa.create_engine(self.database_url or f"sqlite:///{self.data_dir / 'server.db'}")

    def stored_events(self, device_id: str) -> list[tuple[int, str]]:
        """(seq, hash) of every event the server stored for a device, in seq order."""
        engine = self.engine()
        try:
            with engine.connect() as connection:
                rows = connection.execute(
                    sa.select(schema.events.c.seq, schema.events.c.hash)
                    .where(schema.events.c.device_id == device_id)
                    .order_by(schema.events.c.seq)
                ).all()
        finally:
            engine.dispose()
        return [(int(row.seq), str(row.hash)) for row in rows]

    def device_row(self, device_id: str) -> dict[str, Any]:
        engine = self.engine()
        try:
            with engine.connect() as connection:
                row = connection.execute(
                    sa.select(schema.devices).where(schema.devices.c.id == device_id)
                ).one()
        finally:
            engine.dispose()
        return dict(row._mapping)

    def blob_complete(self, sha256: str) -> bool:
        engine = self.engine()
        try:
            with engine.connect() as connection:
                complete = connection.execute(
                    sa.select(schema.blobs.c.complete).where(schema.blobs.c.sha256 == sha256)
                ).scalar()
        finally:
            engine.dispose()
        return bool(complete)


def quarantine(server: LiveServer) -> list[dict[str, Any]]:
    out = server.cli("quarantine", "export")
    parsed: list[dict[str, Any]] = json.loads(out) if out.strip().startswith("[") else []
    return parsed
