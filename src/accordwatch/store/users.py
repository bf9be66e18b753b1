"""Workbench users and API tokens: rows in, rows out (hashing is the caller's, web/auth.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from accordwatch.store.schema import ApiTokenRow, UserRow

ROLES = ("viewer", "reviewer", "admin")


@dataclass(frozen=True, slots=True)
class User:
    id: int
    name: str
    role: str
    disabled: bool = False


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _user(row: UserRow) -> User:
    return User(row.id, row.name, row.role, bool(row.disabled))


def add_user(session: Session, name: str, role: str, password_hash: str) -> User:
    """A new user, or the existing one of that name with a new role and password."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}; choose one of {', '.join(ROLES)}")
    row = session.scalar(select(UserRow).where(UserRow.name == name))
    if row is None:
        row = UserRow(name=name, created_at=_now(), disabled=False)
        session.add(row)
    row.role = role
    row.password_hash = password_hash
    row.disabled = False
    session.flush()
    return _user(row)


def user_named(session: Session, name: str) -> tuple[User, str] | None:
    """The user called NAME with their password hash, or None."""
    row = session.scalar(select(UserRow).where(UserRow.name == name))
    return (_user(row), row.password_hash) if row is not None else None


def set_password_hash(session: Session, user_id: int, password_hash: str) -> None:
    row = session.get(UserRow, user_id)
    if row is not None:
        row.password_hash = password_hash


def user_by_id(session: Session, user_id: int) -> User | None:
    row = session.get(UserRow, user_id)
    return _user(row) if row is not None else None


def all_users(session: Session) -> list[User]:
    return [_user(r) for r in sorted(session.scalars(select(UserRow)), key=lambda r: r.name)]


def set_disabled(session: Session, name: str, disabled: bool) -> bool:
    row = session.scalar(select(UserRow).where(UserRow.name == name))
    if row is None:
        return False
    row.disabled = disabled
    return True


def add_token(session: Session, user_id: int, token_hash: str, label: str = "") -> None:
    session.add(ApiTokenRow(user_id=user_id, token_hash=token_hash, label=label, created_at=_now()))


def user_of_token(session: Session, token_hash: str, *, touch: bool = True) -> User | None:
    """The (enabled) user a live token belongs to; TOUCH records its use."""
    row = session.scalar(select(ApiTokenRow).where(ApiTokenRow.token_hash == token_hash,
                                                   ApiTokenRow.revoked_at.is_(None)))
    if row is None:
        return None
    user = session.get(UserRow, row.user_id)
    if user is None or user.disabled:
        return None
    if touch:
        row.last_used_at = _now()
    return _user(user)
