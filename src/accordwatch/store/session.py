"""Engine and sessions: the only place that builds them. The schema is kept at Alembic's head.

Creating or upgrading the schema is one transaction under a write lock (SQLite: BEGIN IMMEDIATE on a
connection of its own; PostgreSQL: an advisory lock), so a run killed during it leaves the database
as it was, and two processes starting on a new file take turns instead of both creating tables.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, inspect, make_url, text
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from accordwatch.errors import StoreError

# how long a process waits for another one that is creating or upgrading the schema
MIGRATION_WAIT_SECONDS = 120
# any fixed number: the PostgreSQL advisory lock that serialises migrations
_PG_MIGRATION_LOCK = 7_301_202_012
# the DBAPI driver each dialect uses by default, and the extra that installs it
_DRIVERS = {("postgresql", "psycopg"): "pip install 'accordwatch[postgres]'"}


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
        # SQLite: wait for a lock held by another process (one creating the schema, a long write) rather
        # than failing after pysqlite's default five seconds
        sqlite_wait = {"connect_args": {"timeout": MIGRATION_WAIT_SECONDS}} if url.startswith("sqlite") else {}
        try:
            self.engine = create_engine(url, future=True, **sqlite_wait)
        except ImportError as err:
            raise StoreError(_missing_driver(url, err)) from err
        except (SQLAlchemyError, ValueError) as err:
            raise StoreError(f"cannot open database {_hidden(url)}: {str(err).splitlines()[0]}") from err
        self.where = _where(self.engine)
        if self.engine.dialect.name == "sqlite":
            _sqlite_pragmas(self.engine)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def migrate(self) -> None:
        """Bring the schema to Alembic's head, in one locked transaction (a no-op when it is there)."""
        from alembic import command
        from alembic.runtime.migration import MigrationContext
        from alembic.script import ScriptDirectory

        config = alembic_config(self.engine)
        head = ScriptDirectory.from_config(config).get_current_head()
        try:
            with self.engine.connect() as connection:  # read only: no lock when nothing is to be done
                if MigrationContext.configure(connection).get_current_revision() == head:
                    return
            engine = _migration_engine(self.engine)
            try:
                with engine.connect() as connection, connection.begin():
                    if connection.dialect.name == "postgresql":
                        connection.execute(text(f"SELECT pg_advisory_xact_lock({_PG_MIGRATION_LOCK})"))
                    _repair_half_made(connection, self.where)
                    config.attributes["connection"] = connection
                    command.upgrade(config, "head")
            finally:
                engine.dispose()
        except SQLAlchemyError as err:
            raise StoreError(f"{explain(err, self.where)} (preparing its schema)") from err

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        try:
            with self._sessions() as session, session.begin():
                yield session
        except OperationalError as err:  # read-only file, locked, disk full: a sentence, not a traceback
            raise StoreError(explain(err, self.where)) from err

    def close(self) -> None:
        self.engine.dispose()


def explain(err: SQLAlchemyError, where: str) -> str:
    """One line for a database error: what went wrong, for people (the SQL and links left out)."""
    reason = str(getattr(err, "orig", None) or err).splitlines()[0]
    if "readonly database" in reason or "read-only" in reason:
        return f"database {where} is read-only: give a writable file (or folder) with --db"
    if "database is locked" in reason:
        return f"database {where} is locked by another process; try again when it has finished"
    if "unable to open database file" in reason:
        return f"database {where} cannot be opened (does its folder exist, and is it writable?)"
    return f"database {where}: {reason}"


def _hidden(url: str) -> str:
    """URL without its password."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (SQLAlchemyError, ValueError):
        return "(not a database URL)"


def _where(engine: Engine) -> str:
    if engine.dialect.name == "sqlite":
        return engine.url.database or ":memory:"
    return engine.url.render_as_string(hide_password=True)


def _missing_driver(url: str, err: ImportError) -> str:
    dialect = url.split(":", 1)[0].split("+", 1)[0]
    module = (err.name or str(err)).split(".", 1)[0]
    install = _DRIVERS.get((dialect, module), f"pip install {module}")
    return f"database driver {module!r} for {dialect} is not installed: {install}"


def _migration_engine(engine: Engine) -> Engine:
    """An engine for migrating only. On SQLite, pysqlite's own transaction handling is switched off
    (it commits before DDL) so that BEGIN IMMEDIATE makes the whole upgrade one locked transaction;
    foreign keys stay off, as Alembic's table rebuilds on SQLite need."""
    if engine.dialect.name != "sqlite":
        return create_engine(engine.url)
    migrating = create_engine(engine.url, connect_args={"timeout": MIGRATION_WAIT_SECONDS})

    @event.listens_for(migrating, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.isolation_level = None

    @event.listens_for(migrating, "begin")
    def _on_begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return migrating


def _repair_half_made(connection: Connection, where: str) -> None:
    """A database with our tables but no schema version was left by a first run killed before this
    module made schema creation atomic: empty, it is cleared to be created anew; holding data, refused."""
    from alembic.runtime.migration import MigrationContext

    from accordwatch.store.schema import Base

    if MigrationContext.configure(connection).get_current_revision() is not None:
        return
    present = set(inspect(connection).get_table_names())
    ours = [table for name, table in Base.metadata.tables.items() if name in present]
    if not ours:
        return
    if any(connection.execute(table.select().limit(1)).first() is not None for table in ours):
        raise StoreError(f"database {where} has accordwatch tables holding data but no schema version "
                         f"(alembic_version is empty): move it aside and start a new one, or restore a backup")
    Base.metadata.drop_all(connection, tables=ours)
    leftovers = [name for name in present if name == "alembic_version" or name.startswith("_alembic_tmp_")]
    for name in leftovers:
        connection.exec_driver_sql(f'DROP TABLE "{name}"')


def _sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")  # so a document's records go when it goes
        # a run that dies keeps what it committed. Switching the journal does not wait for a lock held
        # by another process (one creating the schema): retry until it is free
        deadline = time.monotonic() + MIGRATION_WAIT_SECONDS
        while True:
            try:
                cursor.execute("PRAGMA journal_mode=WAL")
                break
            except sqlite3.OperationalError as err:
                if "locked" not in str(err) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        # with WAL, a commit need not wait for the disk: a killed process still loses nothing it
        # committed (only a power cut or an OS crash may lose the last commits), and a run of a
        # thousand documents, one transaction each, otherwise spends seconds in fsync
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()


def open_store(url: str) -> Store:
    """Open (creating if needed) the database at URL and bring its schema up to date."""
    store = Store(url)
    store.migrate()
    return store
