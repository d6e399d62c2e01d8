"""Every error as an ErrorBody with a reason; a bug answers 500 with nothing of its insides."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DBAPIError
from starlette.exceptions import HTTPException

from sync.protocol.models import ErrorBody, ErrorCode
from sync.server.errors import ServerProblem

log = logging.getLogger(__name__)
_MAX_ERRORS_SHOWN = 3


def error_response(
    status: int, detail: str, code: str, headers: Mapping[str, str] | None = None
) -> JSONResponse:
    body = ErrorBody(detail=detail, code=code).model_dump()
    return JSONResponse(body, status_code=status, headers=dict(headers or {}))


def describe_validation_error(errors: Iterable[Mapping[str, Any]]) -> str:
    """Where and what, for the first few problems; never the input itself (it may be huge)."""
    listed = list(errors)
    parts = []
    for error in listed[:_MAX_ERRORS_SHOWN]:
        where = ".".join(str(part) for part in error.get("loc", ())) or "body"
        parts.append(f"{where}: {error.get('msg', 'invalid')}")
    more = len(listed) - _MAX_ERRORS_SHOWN
    return "; ".join(parts) + (f" (and {more} more)" if more > 0 else "")


async def _problem(_request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, ServerProblem)
    return error_response(error.status, error.detail, error.code)


async def _validation(_request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, RequestValidationError)
    return error_response(422, describe_validation_error(error.errors()), ErrorCode.INVALID)


async def _http(_request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, HTTPException)
    codes = {404: ErrorCode.NOT_FOUND, 405: ErrorCode.INVALID, 413: ErrorCode.TOO_LARGE}
    return error_response(
        error.status_code,
        str(error.detail),
        codes.get(error.status_code, ErrorCode.INVALID),
        error.headers,
    )


async def _database(request: Request, error: Exception) -> JSONResponse:
    # Unreachable database, serialization failure, lost connection: the client retries.
    log.error("database error on %s %s", request.method, request.url.path, exc_info=error)
    return error_response(
        503,
        "the server's database is unavailable; try again shortly",
        ErrorCode.UNAVAILABLE,
        {"Retry-After": "5"},
    )


async def _bug(request: Request, error: Exception) -> JSONResponse:
    log.error("unexpected error on %s %s", request.method, request.url.path, exc_info=error)
    return error_response(
        500,
        "internal error: the server logged it; nothing of this request was stored",
        ErrorCode.INTERNAL,
    )


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ServerProblem, _problem)
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(HTTPException, _http)
    app.add_exception_handler(DBAPIError, _database)
    app.add_exception_handler(Exception, _bug)
