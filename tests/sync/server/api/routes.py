"""The app's endpoints, read from its published contract so a new endpoint is covered at once.

(FastAPI includes routers lazily, so `app.routes` is not a flat list; /openapi.json is, and it
is the contract kiosks are written against.)
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

# The two documented exceptions: the balancer's probe and the published contract itself.
PUBLIC = {("GET", "/health"), ("GET", "/openapi.json")}
SAMPLE_SHA = "ab" * 32


def operations(app: FastAPI) -> list[tuple[str, str, dict[str, Any]]]:
    """(METHOD, path template, operation) of every documented endpoint."""
    return sorted(
        (method.upper(), path, operation)
        for path, methods in app.openapi()["paths"].items()
        for method, operation in methods.items()
    )


def endpoints(app: FastAPI) -> list[tuple[str, str]]:
    """(METHOD, concrete path): path parameters filled with valid values."""
    found = []
    for method, path, _operation in operations(app):
        concrete = path.replace("{sha256}", SAMPLE_SHA)
        assert "{" not in concrete, f"give {path} a sample value in tests/sync/server/api/routes.py"
        found.append((method, concrete))
    return found
