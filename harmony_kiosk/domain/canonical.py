"""The canonical encoding of event content (RFC 8785, JSON Canonicalization Scheme).

Kiosk and server import this one function, so a record hashed on one side hashes the same on the
other. Measurements travel as decimal strings: a float in an event is a bug, so it is refused
rather than given one of its many possible spellings.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

# I-JSON (RFC 7493) integers: what every JSON parser reads back exactly.
_MAX_SAFE_INTEGER = 2**53 - 1


class NotCanonicalizable(ValueError):
    """A value that has no single canonical JSON spelling (floats, huge integers, odd keys)."""


def canonical_json(value: Any) -> str:
    """Return the RFC 8785 text of `value` (dicts, lists, str, int, bool, None, Decimal)."""
    if _plain(value):
        # With ASCII keys only, code-point order is UTF-16 order, and for these types the C
        # encoder writes exactly the RFC 8785 text, five times faster (the server hashes every
        # event it receives). tests/domain/test_canonical.py checks both paths agree.
        return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    parts: list[str] = []
    _encode(value, parts)
    return "".join(parts)


def _plain(value: Any) -> bool:
    """Only str keys in ASCII, strings, safe ints, bools, None, lists and dicts of them."""
    # A loop over a stack, not recursion through generators: the server runs it on every event.
    waiting = [value]
    while waiting:
        item = waiting.pop()
        kind = type(item)
        if kind is str or kind is bool or item is None:
            continue
        if kind is int:
            if not -_MAX_SAFE_INTEGER <= item <= _MAX_SAFE_INTEGER:
                return False
        elif kind is dict:
            for key in item:
                if type(key) is not str or not key.isascii():
                    return False
            waiting.extend(item.values())
        elif kind is list:
            waiting.extend(item)
        else:
            return False
    return True


def canonical_bytes(value: Any) -> bytes:
    """The UTF-8 bytes of `canonical_json(value)`: what hashes and HMACs are computed over."""
    return canonical_json(value).encode("utf-8")


def _utf16_key(key: str) -> bytes:
    # RFC 8785 sorts object members by their UTF-16 code units, not by code points.
    return key.encode("utf-16-be")


def _encode(value: Any, out: list[str]) -> None:  # noqa: PLR0912 - one branch per JSON type
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, str):
        out.append(json.dumps(value, ensure_ascii=False))
    elif isinstance(value, int):
        if abs(value) > _MAX_SAFE_INTEGER:
            raise NotCanonicalizable(f"integer {value} is outside the exact JSON range")
        out.append(str(value))
    elif isinstance(value, Decimal):
        # Decimals travel as strings so that 12.50 stays "12.50" end to end.
        out.append(json.dumps(str(value), ensure_ascii=False))
    elif isinstance(value, float):
        raise NotCanonicalizable("floats are not allowed in events: send decimals as strings")
    elif isinstance(value, Mapping):
        _encode_object(value, out)
    elif isinstance(value, Sequence) and not isinstance(value, bytes | bytearray):
        out.append("[")
        for index, item in enumerate(value):
            if index:
                out.append(",")
            _encode(item, out)
        out.append("]")
    else:
        raise NotCanonicalizable(f"cannot encode a {type(value).__name__} canonically")


def _encode_object(value: Mapping[Any, Any], out: list[str]) -> None:
    for key in value:
        if not isinstance(key, str):
            raise NotCanonicalizable(f"object keys must be strings, not {type(key).__name__}")
    out.append("{")
    for index, key in enumerate(sorted(value, key=_utf16_key)):
        if index:
            out.append(",")
        out.append(json.dumps(key, ensure_ascii=False))
        out.append(":")
        _encode(value[key], out)
    out.append("}")
