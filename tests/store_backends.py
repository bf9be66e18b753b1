"""The stores the tests run on: an SQLite file, and a PostgreSQL database on the server named by
ACCORDWATCH_TEST_PG (scripts/test.sh starts one). Without it the PostgreSQL cases are skipped, saying
why; under CI=true they fail."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import count
from pathlib import Path

import pytest
from sqlalchemy import Connection, create_engine, make_url, text

PG_URL_VARIABLE = "ACCORDWATCH_TEST_PG"
# the stores every store, pipeline and end-to-end test runs on: parametrise a fixture with these
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)]


@contextmanager
def _autocommit(url: str) -> Iterator[Connection]:
    """A connection outside any transaction (CREATE and DROP DATABASE need one), disposed after."""
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            yield connection
    finally:
        engine.dispose()


class Databases:
    """Makes a new, empty database per call; the PostgreSQL ones are dropped when the session ends."""

    def __init__(self, tmp_path_factory: pytest.TempPathFactory) -> None:
        self._tmp = tmp_path_factory
        self._admin_url = os.environ.get(PG_URL_VARIABLE, "")
        self._made: list[str] = []
        self._numbers = count(1)

    def url(self, backend: str, name: str, folder: Path | None = None, options: str = "") -> str:
        """An SQLAlchemy URL for a new database on BACKEND (an SQLite file NAME.db in FOLDER or a new folder;
        on PostgreSQL, made with CREATE DATABASE's OPTIONS)."""
        if backend == "sqlite":
            return f"sqlite:///{(folder or self._tmp.mktemp(name)) / f'{name}.db'}"
        admin = self.postgres_admin_url()
        database = f"t{next(self._numbers)}_{re.sub(r'[^a-z0-9]+', '_', name.lower())}"[:60]
        with _autocommit(admin) as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
            connection.execute(text(f'CREATE DATABASE "{database}" {options}'))
        self._made.append(database)
        return make_url(admin).set(database=database).render_as_string(hide_password=False)

    def postgres_admin_url(self) -> str:
        if self._admin_url:
            return self._admin_url
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but no PostgreSQL server for the tests: {PG_URL_VARIABLE} is not set "
                        f"(scripts/test.sh starts one)", pytrace=False)
        pytest.skip(f"PostgreSQL: no server for the tests ({PG_URL_VARIABLE} is not set; scripts/test.sh "
                    f"installs and starts one)")

    def drop_all(self) -> None:
        if not self._made:
            return
        with _autocommit(self._admin_url) as connection:
            for database in self._made:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
