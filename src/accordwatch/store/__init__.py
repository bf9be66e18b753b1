"""Storage: the only package that talks to the database (SQLite by default, PostgreSQL for teams)."""

from accordwatch.store.session import Store, open_store

__all__ = ["Store", "open_store"]
