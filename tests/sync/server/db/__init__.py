"""Tests of sync.server.db."""
