"""Time-ordered identifiers (UUIDv7, RFC 9562) for events and records."""

from __future__ import annotations

import os
import uuid


def uuid7(unix_ms: int) -> str:
    """A version-7 UUID: 48 bits of Unix milliseconds, then 74 random bits."""
    if not 0 <= unix_ms < 2**48:
        raise ValueError("unix_ms out of range for a UUIDv7")
    rand = int.from_bytes(os.urandom(10), "big")
    rand_a = rand >> 68 & 0xFFF
    rand_b = rand & ((1 << 62) - 1)
    value = unix_ms << 80 | 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b
    return str(uuid.UUID(int=value))
