"""The protocol version: a major version change is a break the server refuses with a message."""

from __future__ import annotations

PROTOCOL_VERSION = "1.2"
SUPPORTED_MAJOR = 1


def major_of(version: str) -> int | None:
    """The major number of "1.3", or None when the text is not a version."""
    head, _, _ = version.partition(".")
    return int(head) if head.isdigit() else None
