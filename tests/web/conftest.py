"""Fixtures of the workbench tests (defined in web_helpers, shared with their helpers)."""

from web_helpers import app, built, client, read_only_app, writable_app

__all__ = ["app", "built", "client", "read_only_app", "writable_app"]
