"""Tests of sync.server.master."""
