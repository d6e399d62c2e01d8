"""Expected failures of the server: each carries the HTTP status, a code and a reason to show."""

from __future__ import annotations

from sync.protocol.models import ErrorCode


class ServerProblem(Exception):
    """An expected refusal; the API answers it as an ErrorBody, the CLI prints it and exits 1."""

    status = 400
    code = ErrorCode.INVALID

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class InvalidInput(ServerProblem):
    status = 422
    code = ErrorCode.INVALID


class ProtocolUnsupported(ServerProblem):
    status = 400
    code = ErrorCode.PROTOCOL_UNSUPPORTED


class NotAuthenticated(ServerProblem):
    status = 401
    code = ErrorCode.NOT_AUTHENTICATED


class UnknownDevice(NotAuthenticated):
    code = ErrorCode.UNKNOWN_DEVICE


class BadSignature(NotAuthenticated):
    code = ErrorCode.BAD_SIGNATURE


class DeviceRevoked(ServerProblem):
    status = 403
    code = ErrorCode.DEVICE_REVOKED


class EnrolCodeRefused(ServerProblem):
    status = 403

    def __init__(self, detail: str, code: ErrorCode) -> None:
        super().__init__(detail)
        self.code = code


class NotFound(ServerProblem):
    status = 404
    code = ErrorCode.NOT_FOUND


class Conflict(ServerProblem):
    status = 409
    code = ErrorCode.CONFLICT


class BlobOffsetMismatch(Conflict):
    code = ErrorCode.BLOB_OFFSET


class BlobHashMismatch(ServerProblem):
    status = 422
    code = ErrorCode.BLOB_HASH_MISMATCH


class TooLarge(ServerProblem):
    status = 413
    code = ErrorCode.TOO_LARGE
