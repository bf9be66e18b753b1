"""Shared fixtures: a real SQLite file per test, a migrated store on it, and a file writer."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from accordwatch.store import Store, open_store

Writer = Callable[..., Path]


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """An SQLAlchemy URL for an SQLite file in this test's temporary folder (not created yet)."""
    return f"sqlite:///{tmp_path / 'accordwatch-test.db'}"


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    """The store on `db_url`, migrated to Alembic's head, closed after the test."""
    opened = open_store(db_url)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def write(tmp_path: Path) -> Writer:
    """write(relative_name, content) -> path: text (UTF-8, newlines kept as given) or bytes, parents made."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_bytes(content.encode("utf-8"))
        return path

    return _write
