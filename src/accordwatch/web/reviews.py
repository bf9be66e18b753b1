"""The review overlay as the workbench uses it, over accordwatch.review: reviewed records, the queue,
the log, and a review taken (a bad field or value is a 400 with the module's one-line message)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from accordwatch import review
from accordwatch.store.records import StoredRecords
from accordwatch.web.auth import WebError

ACTIONS = {"event": ("confirm", "correct", "reject", "merge", "split"), "claim": ("confirm", "correct", "reject")}


def correctable_fields(kind: str) -> dict[str, str]:
    return dict(review.CORRECTABLE_EVENT_FIELDS if kind == "event" else review.CORRECTABLE_CLAIM_FIELDS)


def records(session: Session) -> StoredRecords:
    return review.reviewed_records(session)


def record(session: Session, **arguments: Any) -> int:
    """Store one review (accordwatch.review.record_review); a bad field, value or record is a 400."""
    try:
        return int(review.record_review(session, **arguments))
    except review.ReviewError as err:
        raise WebError(400, str(err)) from err


def log(session: Session, doc_id: str | None = None, limit: int = 200) -> list[dict]:
    return list(review.review_log(session, doc_id=doc_id, limit=limit))


def queue(session: Session, assessment: Any) -> list[Any]:
    return list(review.review_queue(session, assessment))


def review_of(record: Any) -> dict | None:
    """The review in force on an event or claim (None: the machine's values)."""
    return getattr(record, "review", None)
