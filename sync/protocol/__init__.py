"""The wire format shared by kiosk and server: versioned request and response models.

Depends on pydantic and the standard library only, so both sides import the same definitions.
"""

from sync.protocol.version import PROTOCOL_VERSION, major_of

__all__ = ["PROTOCOL_VERSION", "major_of"]
