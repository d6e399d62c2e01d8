"""The kiosk's screens, one per module; each can be opened alone (see ui.preview)."""
