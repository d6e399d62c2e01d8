"""The kiosk's local SQLite store: engine set-up, schema, migrations, journal and projections."""
