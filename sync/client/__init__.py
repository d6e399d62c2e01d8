"""The kiosk side of sync: pushes the journal up, pulls master data down (a plain worker)."""
