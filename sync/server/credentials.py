"""Random credentials and how they are kept: tokens and codes hashed, device secrets whole."""

from __future__ import annotations

import hashlib
import re
import secrets

# Crockford's base32 without I, L, O, U: nothing an IT person can misread off a screen.
_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CODE_GROUPS, _CODE_GROUP_LENGTH = 4, 4  # 16 characters: 80 random bits
_DEVICE_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def new_device_secret() -> str:
    """256 random bits: the HMAC key a kiosk signs with."""
    return secrets.token_urlsafe(32)


def new_admin_token() -> str:
    return "hka_" + secrets.token_urlsafe(32)


def new_enrol_code() -> str:
    """`XXXX-XXXX-XXXX-XXXX`: typed once by IT on the kiosk."""
    groups = (
        "".join(secrets.choice(_CODE_ALPHABET) for _ in range(_CODE_GROUP_LENGTH))
        for _ in range(_CODE_GROUPS)
    )
    return "-".join(groups)


def digest(text: str) -> str:
    """SHA-256 of a high-entropy credential. A slow hash protects guessable secrets (PINs);
    these carry 80 to 256 random bits, so a fast hash loses nothing and keeps lookups cheap."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def enrol_code_digest(typed: str) -> str:
    """The stored form of a code, forgiving case, spaces and dashes as typed on a kiosk."""
    normal = re.sub(r"[\s-]", "", typed).upper()
    return digest(normal)


def is_device_id(text: str) -> bool:
    """Whether `text` is a kiosk's device id: a lowercase UUID, as kiosks write them."""
    return bool(_DEVICE_ID.match(text))
