"""Store fixtures."""

from __future__ import annotations

from harmony_kiosk.services.kiosk import Kiosk
from harmony_kiosk.store.database import Database

import pytest


@pytest.fixture
def kiosk_database(kiosk: Kiosk) -> Database:
    """The database of a demo kiosk that already holds events (a login)."""
    kiosk.auth.login("10041", "4821")
    return kiosk.database
