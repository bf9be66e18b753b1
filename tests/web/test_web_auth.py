"""Logging in and out, sessions, CSRF, the login throttle, tokens and the session secret."""

from __future__ import annotations

import os
import stat

import pytest
from fastapi.testclient import TestClient
from web_helpers import PASSWORD, bearer, copy_store, csrf_of, login

from accordwatch.web import create_app
from accordwatch.web.auth import check_password, hash_password, session_secret


def test_a_password_is_kept_as_an_argon2_hash_and_checked() -> None:
    stored = hash_password("a long secret phrase")
    assert stored.startswith("$argon2id$") and "a long secret phrase" not in stored
    assert check_password(stored, "a long secret phrase")
    assert not check_password(stored, "a long secret phrasE")
    assert not check_password("not a hash", "anything")


def test_pages_send_an_anonymous_reader_to_the_login_form(client: TestClient) -> None:
    answer = client.get("/events?category=RETREAT")
    assert answer.status_code == 303
    assert answer.headers["location"] == "/login?next=/events%3Fcategory%3DRETREAT"
    assert client.get("/api/v1/events").status_code == 401


def test_login_sets_an_httponly_samesite_cookie_and_goes_where_it_was_asked(client: TestClient) -> None:
    page = client.get("/login?next=/events")
    answer = client.post("/login", data={"name": "viewer", "password": PASSWORD, "next": "/events",
                                         "csrf_token": csrf_of(page.text)})
    assert answer.status_code == 303 and answer.headers["location"] == "/events"
    cookie = answer.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
    assert PASSWORD not in answer.headers["set-cookie"]
    assert client.get("/events").status_code == 200


def test_login_never_sends_a_reader_to_another_site(client: TestClient) -> None:
    page = client.get("/login")
    for target in ("https://evil.example/", "//evil.example/", "/\\evil.example"):
        client.cookies.clear()
        page = client.get("/login")
        answer = client.post("/login", data={"name": "viewer", "password": PASSWORD, "next": target,
                                             "csrf_token": csrf_of(page.text)})
        assert answer.headers["location"] == "/"


def test_a_wrong_password_is_refused_without_saying_which_part_was_wrong(client: TestClient) -> None:
    page = client.get("/login")
    wrong = client.post("/login", data={"name": "viewer", "password": "nope", "csrf_token": csrf_of(page.text)})
    unknown = client.post("/login", data={"name": "nobody", "password": "nope", "csrf_token": csrf_of(page.text)})
    assert wrong.status_code == unknown.status_code == 401
    assert "wrong name or password" in wrong.text and "wrong name or password" in unknown.text
    assert client.get("/").status_code == 303


def test_a_login_without_its_csrf_token_is_refused(client: TestClient) -> None:
    client.get("/login")
    answer = client.post("/login", data={"name": "viewer", "password": PASSWORD})
    assert answer.status_code == 403
    forged = client.post("/login", data={"name": "viewer", "password": PASSWORD, "csrf_token": "forged"})
    assert forged.status_code == 403


def test_logging_out_ends_the_session(client: TestClient) -> None:
    login(client, "viewer")
    page = client.get("/")
    assert client.post("/logout", data={"csrf_token": csrf_of(page.text)}).status_code == 303
    assert client.get("/").status_code == 303


def test_failed_logins_are_throttled_per_name_and_per_address(built, tmp_path) -> None:
    app = create_app(copy_store(built, tmp_path), secret="x")
    with TestClient(app, follow_redirects=False) as client:
        token = csrf_of(client.get("/login").text)
        for _ in range(5):
            assert client.post("/login", data={"name": "viewer", "password": "bad", "csrf_token": token}
                               ).status_code == 401
        blocked = client.post("/login", data={"name": "viewer", "password": PASSWORD, "csrf_token": token})
        assert blocked.status_code == 429  # even the right password, until the failures age out
        assert client.post("/login", data={"name": "Viewer", "password": PASSWORD, "csrf_token": token}
                           ).status_code == 429  # a name is one name whatever its case
        assert client.post("/login", data={"name": "reviewer", "password": PASSWORD, "csrf_token": token}
                           ).status_code == 303  # another name from this address still may
        token = csrf_of(client.get("/login").text)  # (a login makes a new session)
        for number in range(15):
            assert client.post("/login", data={"name": f"guess{number}", "password": "bad", "csrf_token": token}
                               ).status_code == 401
        assert client.post("/login", data={"name": "admin", "password": PASSWORD, "csrf_token": token}
                           ).status_code == 429  # twenty failures from one address


def test_a_disabled_user_is_logged_out_and_cannot_log_in(built, tmp_path) -> None:
    from accordwatch.store import open_store
    from accordwatch.store.users import set_disabled

    url = copy_store(built, tmp_path)
    app = create_app(url, secret="x")
    with TestClient(app, follow_redirects=False) as client:
        login(client, "viewer")
        store = open_store(url)
        with store.session() as session:
            set_disabled(session, "viewer", True)
        store.close()
        assert client.get("/").status_code == 303
        page = client.get("/login")
        assert client.post("/login", data={"name": "viewer", "password": PASSWORD,
                                           "csrf_token": csrf_of(page.text)}).status_code == 401


def test_api_tokens_act_as_their_user_and_an_unknown_token_is_refused(client: TestClient, built) -> None:
    me = client.get("/api/v1/me", headers=bearer(built, "reviewer"))
    assert me.status_code == 200 and me.json() == {"name": "reviewer", "role": "reviewer", "via_token": True}
    refused = client.get("/api/v1/me", headers={"Authorization": "Bearer aw_not-a-token"})
    assert refused.status_code == 401 and refused.headers["www-authenticate"] == "Bearer"


def test_the_session_secret_comes_from_the_environment_or_a_private_file(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("ACCORDWATCH_SECRET", "from-the-environment")
    assert session_secret(f"sqlite:///{tmp_path / 'a.db'}") == "from-the-environment"
    monkeypatch.delenv("ACCORDWATCH_SECRET")
    first = session_secret(f"sqlite:///{tmp_path / 'a.db'}")
    secret_file = tmp_path / "a.db.secret"
    assert secret_file.exists() and stat.S_IMODE(os.stat(secret_file).st_mode) == 0o600
    assert session_secret(f"sqlite:///{tmp_path / 'a.db'}") == first and len(first) > 40
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    elsewhere = session_secret("postgresql+psycopg://someone@db.invalid/accords")
    assert (tmp_path / "config" / "accordwatch" / "secret").read_text().strip() == elsewhere


@pytest.mark.parametrize("header", ["Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options"])
def test_every_answer_carries_the_security_headers(client: TestClient, header: str) -> None:
    assert header in client.get("/login").headers
