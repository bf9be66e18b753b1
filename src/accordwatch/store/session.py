"""Engine and sessions: the only place that builds them. The schema is kept at Alembic's head."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from accordwatch.errors import StoreError


def alembic_config(engine: Engine):  # -> alembic.config.Config (imported lazily: alembic is slow)
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(str(resources.files("accordwatch.store"))) / "migrations"))
    config.attributes["engine"] = engine
    return config


class Store:
    """A database: an engine migrated to the latest schema, and a session factory."""

    def __init__(self, url: str) -> None:
        self.url = url
        try:
            self.engine = create_engine(url, future=True)
        except (SQLAlchemyError, ValueError, ImportError) as err:
            raise StoreError(f"cannot open database {url!r}: {err}") from err
        if self.engine.dialect.name == "sqlite":
            _sqlite_pragmas(self.engine)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def migrate(self) -> None:
        from alembic import command

        try:
            command.upgrade(alembic_config(self.engine), "head")
        except SQLAlchemyError as err:
            raise StoreError(f"cannot prepare database {self.url!r}: {err}") from err

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        with self._sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


def _sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")  # so a document's records go when it goes
        cursor.execute("PRAGMA journal_mode=WAL")  # a run that dies keeps what it committed
        cursor.close()


def open_store(url: str) -> Store:
    """Open (creating if needed) the database at URL and bring its schema up to date."""
    store = Store(url)
    store.migrate()
    return store
