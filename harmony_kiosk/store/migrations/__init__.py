"""Alembic migrations of the kiosk database, applied at start-up."""
