"""Shared fixtures: a fresh database per test on each store (store_backends: an SQLite file, a
PostgreSQL database), a migrated store on it, and a file writer."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from accordwatch.store import Store, open_store
from store_backends import BACKENDS, Databases

Writer = Callable[..., Path]


@pytest.fixture(scope="session")
def databases(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Databases]:
    made = Databases(tmp_path_factory)
    yield made
    made.drop_all()


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def db_url(backend: str, databases: Databases, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """An SQLAlchemy URL for a new database of this test on each store (not migrated yet)."""
    return databases.url(backend, "accordwatch-test" if backend == "sqlite" else request.node.name, tmp_path)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """For tests of SQLite itself (files, read-only files): an SQLite file in this test's folder (not created yet)."""
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
