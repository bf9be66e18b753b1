"""`accordwatch user add`, `accordwatch token add` and `accordwatch serve`'s options."""

from __future__ import annotations

from fastapi.testclient import TestClient
from typer.testing import CliRunner
from web_helpers import csrf_of

from accordwatch.cli import app as cli
from accordwatch.store import open_store
from accordwatch.store.users import user_named
from accordwatch.web import create_app


def test_user_add_reads_the_password_from_stdin_and_stores_only_its_hash(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    runner = CliRunner()
    added = runner.invoke(cli, ["--db", url, "user", "add", "ana", "--role", "reviewer", "--password-stdin"],
                          input="a fine passphrase\n")
    assert added.exit_code == 0, added.output
    store = open_store(url)
    with store.session() as session:
        user, password_hash = user_named(session, "ana")
    store.close()
    assert user.role == "reviewer" and "a fine passphrase" not in password_hash
    with TestClient(create_app(url, secret="x"), follow_redirects=False) as client:
        page = client.get("/login")
        assert client.post("/login", data={"name": "ana", "password": "a fine passphrase",
                                           "csrf_token": csrf_of(page.text)}).status_code == 303


def test_user_add_refuses_an_unknown_role_and_a_short_password(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    runner = CliRunner()
    bad_role = runner.invoke(cli, ["--db", url, "user", "add", "ana", "--role", "boss", "--password-stdin"],
                             input="a fine passphrase\n")
    assert bad_role.exit_code != 0 and "unknown role" in bad_role.output
    short = runner.invoke(cli, ["--db", url, "user", "add", "ana", "--password-stdin"], input="short\n")
    assert short.exit_code != 0 and "at least 8" in short.output


def test_token_add_prints_a_token_once_that_the_api_accepts(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    runner = CliRunner()
    runner.invoke(cli, ["--db", url, "user", "add", "bot", "--role", "viewer", "--password-stdin"],
                  input="a fine passphrase\n")
    made = runner.invoke(cli, ["--db", url, "token", "add", "bot"])
    assert made.exit_code == 0
    token = made.output.strip()
    assert token.startswith("aw_") and len(token) > 30
    with TestClient(create_app(url, secret="x")) as client:
        assert client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"}).json()["name"] == "bot"
    unknown = runner.invoke(cli, ["--db", url, "token", "add", "nobody"])
    assert unknown.exit_code != 0 and "no user" in unknown.output


def test_serve_offers_host_port_and_read_only() -> None:
    shown = CliRunner().invoke(cli, ["serve", "--help"])
    assert shown.exit_code == 0
    for option in ("--host", "--port", "--read-only"):
        assert option in shown.output


def test_serve_publishes_read_only_while_nobody_can_log_in(tmp_path, monkeypatch) -> None:
    import uvicorn

    served = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: served.append((app, options)))
    url = f"sqlite:///{tmp_path / 'serve.db'}"
    runner = CliRunner()
    first = runner.invoke(cli, ["--db", url, "serve", "--port", "8123"])
    assert first.exit_code == 0 and "no users yet" in first.output
    runner.invoke(cli, ["--db", url, "user", "add", "ana", "--role", "admin", "--password-stdin"],
                  input="a fine passphrase\n")
    second = runner.invoke(cli, ["--db", url, "serve", "--host", "127.0.0.1", "--port", "8124"])
    assert second.exit_code == 0 and "no users yet" not in second.output
    (app_one, options_one), (app_two, options_two) = served
    assert app_one.state.workbench.read_only and not app_two.state.workbench.read_only
    assert options_one["port"] == 8123 and options_two == {"host": "127.0.0.1", "port": 8124, "log_level": "warning"}
