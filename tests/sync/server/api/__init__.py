"""Tests of sync.server.api."""
