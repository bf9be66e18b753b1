"""The workbench tests' fixtures and helpers: one small store made once per session (the Afghanistan
example reports, the Doha agreement and a hostile report of our own whose text holds markup), users of
each role, an app over it, and helpers to log in. Tests that write work on a copy of the store."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from accordwatch import pipeline
from accordwatch.agreements import load_agreement
from accordwatch.settings import load_settings
from accordwatch.store import open_store
from accordwatch.store.agreements import save_agreement
from accordwatch.store.users import add_token, add_user
from accordwatch.web import create_app
from accordwatch.web.auth import hash_password, new_token, token_hash

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "afghanistan-2020"
CORPUS = Path(__file__).parent / "corpus"
SECRET = "workbench-tests-secret"
ROLES = ("viewer", "reviewer", "admin")
PASSWORD = "correct horse battery"  # every test user's


@dataclass(frozen=True)
class Built:
    path: Path  # the SQLite file
    tokens: dict[str, str]  # role -> an API token of that role's user

    @property
    def url(self) -> str:
        return f"sqlite:///{self.path}"


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """The store every web test reads: ingested, extracted and assessed once."""
    path = tmp_path_factory.mktemp("workbench") / "workbench.db"
    store = open_store(f"sqlite:///{path}")
    tokens = {}
    try:
        with store.session() as session:
            save_agreement(session, load_agreement(EXAMPLE / "doha-2020.yaml"), str(EXAMPLE / "doha-2020.yaml"))
        pipeline.ingest(store, [EXAMPLE, CORPUS])
        pipeline.extract(store, load_settings(db=f"sqlite:///{path}"))
        with store.session() as session:
            for role in ROLES:
                user = add_user(session, role, role, hash_password(PASSWORD))
                tokens[role] = new_token()
                add_token(session, user.id, token_hash(tokens[role]), "tests")
    finally:
        store.close()
    return Built(path, tokens)


def copy_store(built: Built, folder: Path) -> str:
    """A copy of the built store (for tests that write), as a URL."""
    target = folder / "copy.db"
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{built.path}{suffix}")
        if source.exists():
            shutil.copy(source, f"{target}{suffix}")
    return f"sqlite:///{target}"


@pytest.fixture(scope="session")
def app(built: Built):
    return create_app(built.url, secret=SECRET)


@pytest.fixture(scope="session")
def read_only_app(built: Built):
    return create_app(built.url, read_only=True, secret=SECRET)


@pytest.fixture
def client(app) -> Iterator[TestClient]:
    """A client with its own cookies (anonymous until it logs in)."""
    with TestClient(app, follow_redirects=False) as made:
        yield made


@pytest.fixture
def writable_app(built: Built, tmp_path: Path):
    return create_app(copy_store(built, tmp_path), secret=SECRET)


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, "no CSRF token in the page"
    return found.group(1)


def login(client: TestClient, name: str, password: str = PASSWORD) -> TestClient:
    page = client.get("/login")
    answer = client.post("/login", data={"name": name, "password": password, "csrf_token": csrf_of(page.text)})
    assert answer.status_code == 303, answer.text
    return client


def bearer(built: Built, role: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {built.tokens[role]}"}
