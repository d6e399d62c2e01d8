"""The server's database: tables, engine set-up for SQLite and PostgreSQL, and migrations."""
