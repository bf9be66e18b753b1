"""Who is asking, and may they: passwords (argon2), API tokens, the session's user, CSRF, the login
throttle, and the role every route declares (``Needs``)."""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import time
from collections import defaultdict, deque
from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from fastapi import Request
from sqlalchemy import make_url

from accordwatch.store import Store
from accordwatch.store.users import User, user_by_id, user_named, user_of_token

# public: anyone, also without logging in; the others in rising order of what they may do
ROLE_RANK = {"public": -1, "viewer": 0, "reviewer": 1, "admin": 2}
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
SECRET_VARIABLE = "ACCORDWATCH_SECRET"
_hasher = PasswordHasher()


class WebError(Exception):
    """A refusal with its status; the app turns it into a page or a JSON body (app.py)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class LoginRequired(WebError):
    def __init__(self) -> None:
        super().__init__(401, "log in first")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def check_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


# verified against when the name is unknown, so that answering takes as long as for a real user
_DUMMY_HASH = _hasher.hash(secrets.token_hex(8))


def authenticate(store: Store, name: str, password: str) -> User | None:
    with store.session() as session:
        found = user_named(session, name)
    if found is None:
        check_password(_DUMMY_HASH, password)
        return None
    user, password_hash = found
    if user.disabled or not check_password(password_hash, password):
        return None
    return user


def new_token() -> str:
    """A token for scripts (shown once; only its SHA-256 is stored)."""
    return "aw_" + secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def session_secret(store_url: str) -> str:
    """ACCORDWATCH_SECRET, else a secret kept in a file of mode 0600 (beside an SQLite database, else in
    the user's config folder), made on first use so that sessions outlive a restart."""
    given = os.environ.get(SECRET_VARIABLE)
    if given:
        return given
    path = _secret_path(store_url)
    if path.exists():
        return path.read_text(encoding="utf-8").strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    secret = secrets.token_urlsafe(48)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(secret + "\n")
    return secret


def _secret_path(store_url: str) -> Path:
    url = make_url(store_url)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        database = Path(url.database).resolve()
        return database.with_name(database.name + ".secret")
    config = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return config / "accordwatch" / "secret"


class LoginThrottle:
    """Failed logins remembered in memory: past a limit per user name, or per client address, within
    a window, further attempts are refused (429) until old failures age out."""

    def __init__(self, per_name: int = 5, per_address: int = 20, window_seconds: float = 900.0) -> None:
        self.limits = {"name": per_name, "address": per_address}
        self.window = window_seconds
        self._failures: dict[tuple[str, str], deque[float]] = defaultdict(deque)

    def _recent(self, key: tuple[str, str]) -> int:
        failures = self._failures.get(key)
        if failures is None:
            return 0
        while failures and failures[0] < time.monotonic() - self.window:
            failures.popleft()
        if not failures:  # forgotten once aged out: guessed names do not pile up in memory
            del self._failures[key]
            return 0
        return len(failures)

    def blocked(self, name: str, address: str) -> bool:
        return (self._recent(("name", name.lower())) >= self.limits["name"]
                or self._recent(("address", address)) >= self.limits["address"])

    def failed(self, name: str, address: str) -> None:
        now = time.monotonic()
        self._failures[("name", name.lower())].append(now)
        self._failures[("address", address)].append(now)

    def succeeded(self, name: str) -> None:
        self._failures.pop(("name", name.lower()), None)


def csrf_token(request: Request) -> str:
    """This session's CSRF token (made on first use): every form carries it."""
    token = request.session.get("csrf")
    if not token:
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return token


async def _check_csrf(request: Request) -> None:
    expected = request.session.get("csrf")
    given = request.headers.get(CSRF_HEADER)
    if not given and request.headers.get("content-type", "").startswith(
            ("application/x-www-form-urlencoded", "multipart/form-data")):
        form = await request.form()  # cached on the request: the route reads the same form
        value = form.get(CSRF_FIELD)
        given = value if isinstance(value, str) else None
    if not expected or not given or not hmac.compare_digest(expected, given):
        raise WebError(403, "the form's CSRF token is missing or wrong: reload the page and try again")


@dataclass(frozen=True, slots=True)
class Principal:
    """Who made the request: a user (None: anonymous) and how they proved it."""

    user: User | None
    via_token: bool = False

    @property
    def name(self) -> str:
        return self.user.name if self.user else "anonymous"

    @property
    def role(self) -> str:
        return self.user.role if self.user else "public"

    def may(self, role: str) -> bool:
        return ROLE_RANK[self.role] >= ROLE_RANK[role]


def principal_of(request: Request) -> Principal:
    """The request's user, from a Bearer token or the session cookie (the token wins when both)."""
    context = request.app.state.workbench
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        with context.store.session() as session:
            user = user_of_token(session, token_hash(header[7:].strip()), touch=not context.read_only)
        if user is None:
            raise WebError(401, "unknown or revoked API token")
        return Principal(user, via_token=True)
    user_id = request.session.get("user_id")
    if isinstance(user_id, int):
        with context.store.session() as session:
            user = user_by_id(session, user_id)
        if user is not None and not user.disabled:
            return Principal(user)
        request.session.pop("user_id", None)
    return Principal(None)


class Needs:
    """A route's declared role, checked on every request (FastAPI dependency). WRITE routes are refused
    in read-only mode; every request that is not a GET and rides on the session cookie must carry the
    session's CSRF token (a Bearer token is not sent by browsers on their own, so it is exempt)."""

    def __init__(self, role: str, *, write: bool = False) -> None:
        if role not in ROLE_RANK:
            raise ValueError(f"unknown role {role!r}")
        self.role = role
        self.write = write

    async def __call__(self, request: Request) -> Principal:
        context = request.app.state.workbench
        if self.write and context.read_only:
            raise WebError(403, "this workbench is read-only")
        principal = principal_of(request)
        read_only_reader = context.read_only and self.role == "viewer"
        if not principal.may(self.role) and not read_only_reader:
            if principal.user is None:
                raise LoginRequired()
            raise WebError(403, f"this needs the {self.role} role (you are a {principal.role})")
        if request.method not in SAFE_METHODS and not principal.via_token:
            await _check_csrf(request)
        return principal

    def __repr__(self) -> str:
        return f"Needs({self.role!r}, write={self.write})"


def declared_role(route: object) -> Needs | None:
    """The Needs a route declared (for the route x role test and the docs page)."""
    dependant = getattr(route, "dependant", None)
    for dependency in getattr(dependant, "dependencies", []):
        if isinstance(dependency.call, Needs):
            return dependency.call
    return None


def all_routes(app: object) -> list[object]:
    """The app's routes, those of included routers unwrapped (FastAPI keeps them behind a wrapper)."""
    out: list[object] = []
    pending = list(getattr(app, "routes", []))
    while pending:
        route = pending.pop(0)
        inner = getattr(route, "original_router", None)
        if inner is not None:
            pending[:0] = list(inner.routes)
        else:
            out.append(route)
    return out
