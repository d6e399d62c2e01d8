"""Harmony Kiosk core: domain, local journal and store, and the kiosk's use cases (no Qt)."""

__version__ = "0.1.0"
