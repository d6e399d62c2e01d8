"""The HTTP API: application factory, typed dependencies, error handling and the routes."""
