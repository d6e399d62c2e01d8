"""Use cases of the kiosk: one method per user action, one transaction per method."""
