"""POST /v1/enrol: the code is the credential; the kiosk's own device id gets a secret."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header

from sync.protocol.models import EnrolRequest, EnrolResponse
from sync.server import enrolment
from sync.server.api.deps import DbDep, NowDep

router = APIRouter()


@router.post("/v1/enrol", response_model=EnrolResponse)
def enrol(
    request: EnrolRequest,
    db: DbDep,
    now: NowDep,
    x_harmony_protocol: Annotated[str | None, Header()] = None,
) -> EnrolResponse:
    """Redeem a single-use, unexpired code from `harmony-server enrol-code`."""
    del x_harmony_protocol  # declared for the contract; the protocol gate checked it
    answer = enrolment.redeem(db, request, now)
    db.commit()  # the secret is answered only once it is stored
    return answer
