"""The wire format shared by kiosk and server: versioned request and response models."""
