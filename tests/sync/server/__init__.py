"""Tests of the central server, on SQLite and on a real PostgreSQL."""
