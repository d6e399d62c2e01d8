"""Store fixtures."""

from __future__ import annotations

import pytest

from harmony_kiosk.services.kiosk import Kiosk
from harmony_kiosk.store.database import Database


@pytest.fixture
def kiosk_database(kiosk: Kiosk) -> Database:
    """The database of a demo kiosk that already holds events (a login)."""
    kiosk.auth.login("10041", "4821")
    return kiosk.database
