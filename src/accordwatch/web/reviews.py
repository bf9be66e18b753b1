"""The review overlay, through accordwatch.review (the lead engineer's module). Until it is there,
every review route answers 503 "reviews not available" and the records are the machine's."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any

from sqlalchemy.orm import Session

from accordwatch.store.records import StoredRecords
from accordwatch.web.auth import WebError

ACTIONS = ("confirm", "correct", "reject", "merge", "split")
KINDS = ("event", "claim")


def _module() -> ModuleType | None:
    try:
        return importlib.import_module("accordwatch.review")
    except ImportError:
        return None


def available() -> bool:
    return _module() is not None


def _needed() -> ModuleType:
    module = _module()
    if module is None:
        raise WebError(503, "reviews not available: this version of accordwatch has no review module")
    return module


def correctable_fields() -> dict[str, str]:
    return dict(_needed().CORRECTABLE_EVENT_FIELDS)


def records(session: Session) -> StoredRecords:
    return _needed().reviewed_records(session)


def record(session: Session, **arguments: Any) -> int:
    """Store one review (accordwatch.review.record_review); a bad field or value is a 400."""
    module = _needed()
    try:
        return int(module.record_review(session, **arguments))
    except module.ReviewError as err:
        raise WebError(400, str(err)) from err


def log(session: Session, doc_id: str | None = None, limit: int = 200) -> list[dict]:
    return list(_needed().review_log(session, doc_id=doc_id, limit=limit))


def queue(session: Session, assessment: Any) -> list[Any]:
    return list(_needed().review_queue(session, assessment))


def review_of(record: Any) -> dict | None:
    """The review in force on an event or claim (None: machine values, or no review module)."""
    return getattr(record, "review", None)
