"""The typed dependencies every endpoint declares: database, time, device and admin credentials."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from datetime import datetime
from typing import Annotated, TypeVar, cast

from fastapi import Depends, Header, Request
from pydantic import BaseModel, ValidationError
from sqlalchemy.engine import Connection, Engine
from starlette.concurrency import run_in_threadpool

from sync.server.api.context import ServerContext
from sync.server.api.problems import describe_validation_error
from sync.server.auth import (
    Admin,
    AuthenticatedDevice,
    SignedRequest,
    authenticate_admin,
    authenticate_device,
)
from sync.server.errors import InvalidInput

M = TypeVar("M", bound=BaseModel)
T = TypeVar("T")


# Dependencies that neither block nor take long are `async def`: FastAPI runs a plain `def`
# on a worker thread, and each of those hops cost an upload more than the work it wraps.


async def get_context(request: Request) -> ServerContext:
    return cast(ServerContext, request.app.state.context)


ContextDep = Annotated[ServerContext, Depends(get_context)]


async def database_turn(context: ContextDep) -> AsyncIterator[None]:
    """Wait (without holding a thread) for one of a bounded number of database turns.

    FastAPI runs this request's connection checkout and its endpoint on two different threads of
    one pool of 40. Unbounded, 200 kiosks at once had every thread waiting for a connection held
    by requests that waited for a thread: a deadlock. With fewer turns than threads and than
    pooled connections, a request that holds a connection can always get a thread.
    """
    async with context.database_turns():
        yield


def get_db(
    context: ContextDep, _turn: Annotated[None, Depends(database_turn)]
) -> Iterator[Connection]:
    """One connection and transaction per request. Endpoints that change anything commit
    before they answer; this commit keeps what is left (a device's last contact)."""
    with context.engine.connect() as connection:
        yield connection
        connection.commit()


DbDep = Annotated[Connection, Depends(get_db)]


async def get_now(context: ContextDep) -> datetime:
    """One instant per request, from the injected clock."""
    return context.clock.now()


NowDep = Annotated[datetime, Depends(get_now)]


async def get_signed_request(
    request: Request,
    x_harmony_device: Annotated[str | None, Header()] = None,
    x_harmony_timestamp: Annotated[str | None, Header()] = None,
    x_harmony_signature: Annotated[str | None, Header()] = None,
    x_harmony_protocol: Annotated[str | None, Header()] = None,
) -> SignedRequest:
    # raw_path is the path as the client sent it (percent-escapes and all): what it signed.
    raw_path = request.scope.get("raw_path") or request.url.path.encode()
    query = request.scope.get("query_string", b"")
    target = raw_path.decode("latin-1") + ("?" + query.decode("latin-1") if query else "")
    return SignedRequest(
        method=request.method,
        target=target,
        body=await request.body(),  # bounded by the body-limit middleware
        device=x_harmony_device,
        timestamp=x_harmony_timestamp,
        signature=x_harmony_signature,
        protocol=x_harmony_protocol,
    )


SignedDep = Annotated[SignedRequest, Depends(get_signed_request)]


def get_device(signed: SignedDep, db: DbDep, now: NowDep) -> AuthenticatedDevice:
    return authenticate_device(db, signed, now)


DeviceAuth = Annotated[AuthenticatedDevice, Depends(get_device)]


def get_admin(db: DbDep, authorization: Annotated[str | None, Header()] = None) -> Admin:
    return authenticate_admin(db, authorization)


AdminAuth = Annotated[Admin, Depends(get_admin)]


def parse_body(model: type[M], signed: SignedRequest) -> M:
    """The body as `model`; call it only once the signature verified: nobody without a secret
    gets the server to parse two megabytes of JSON for them."""
    try:
        return model.model_validate_json(signed.body)
    except ValidationError as error:
        raise InvalidInput(describe_validation_error(error.errors())) from None


async def in_one_turn(context: ServerContext, work: Callable[[Connection], T]) -> T:
    """Run `work` with a connection, in one database turn and one worker-thread hop; commit if
    it returns. The busiest endpoint uses this instead of DbDep and DeviceAuth: each of their
    hops to a worker thread and back cost more CPU than the work it carried (the fleet figure,
    bench/sync_fleet.py), and a hop's wake-ups contend for the GIL with every other request."""
    async with context.database_turns():
        return await run_in_threadpool(_in_transaction, context.engine, work)


def _in_transaction(engine: Engine, work: Callable[[Connection], T]) -> T:
    with engine.connect() as connection:
        result = work(connection)
        connection.commit()
        return result
