"""Reviews taken and kept: one in force per record, each logged with who, when, before and after."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from accordwatch.model import Claim, Event
from accordwatch.review.anchors import Anchor, anchor_of
from accordwatch.review.fields import (
    ACTIONS,
    CORRECTABLE_CLAIM_FIELDS,
    CORRECTABLE_EVENT_FIELDS,
    ReviewError,
    checked_changes,
)
from accordwatch.store.records import load_records
from accordwatch.store.schema import DocumentRow, ReviewLogRow, ReviewRow


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def field_values(record: Event | Claim) -> dict[str, Any]:
    """The correctable fields of RECORD, in their stored form (what the log shows as before/after)."""
    names = CORRECTABLE_EVENT_FIELDS if isinstance(record, Event) else CORRECTABLE_CLAIM_FIELDS
    values: dict[str, Any] = {}
    for name in names:
        value = getattr(record, name)
        values[name] = value.to_json() if hasattr(value, "to_json") else value
    return values


def _record(session: Session, kind: str, record_id: str) -> Event | Claim:
    """The record as it stands now (earlier reviews applied), by its id."""
    from accordwatch.review.apply import reviewed_records  # one module applies, this one decides

    if kind not in ("event", "claim"):
        raise ReviewError(f"{kind!r}: a review is of an event or a claim")
    doc_id = record_id.rsplit(":", 1)[0]
    records = reviewed_records(session, doc_id=doc_id)
    found = [r for r in (records.events if kind == "event" else records.claims) if r.id == record_id]
    if not found:
        raise ReviewError(f"{record_id}: no such {kind} (rejected, merged away, or never extracted)")
    return found[0]


def _machine_record(session: Session, kind: str, record: Event | Claim) -> Event | Claim:
    """The machine's record a reviewed one stands for (a split part stands for the record it was cut from)."""
    machine_id = record.id.split("/", 1)[0]
    raw = load_records(session, doc_id=record.doc_id)
    found = [r for r in (raw.events if kind == "event" else raw.claims) if r.id == machine_id]
    if not found:
        raise ReviewError(f"{record.id}: the extracted record it stands for is gone")
    return found[0]


def _anchor(session: Session, kind: str, record: Event | Claim) -> Anchor:
    document = session.get(DocumentRow, record.doc_id)
    if document is None:
        raise ReviewError(f"{record.id}: its document {record.doc_id} is not in the store")
    return anchor_of(_machine_record(session, kind, record), document.content_hash)


def _same_anchor(row: ReviewRow, kind: str, anchor: Anchor) -> bool:
    return (row.target_kind == kind and row.doc_id == anchor.doc_id and row.anchor_start == anchor.start
            and row.anchor_end == anchor.end and row.category == anchor.category)


def record_review(session: Session, *, kind: str, record_id: str, action: str, reviewer: str,
                  changes: dict[str, Any] | None = None, merge_into: str | None = None,
                  parts: list[dict[str, Any]] | None = None, note: str = "") -> int:
    """Take a reviewer's decision on a record (the caller's transaction); returns the review's id.

    confirm: the record is right as it is; correct: CHANGES replace the machine's values; reject: the
    record is not an event (or claim) at all; merge: it tells the same act as MERGE_INTO and joins it;
    split: it tells several acts, one per dict of PARTS (each the changes for that part)."""
    if action not in ACTIONS:
        raise ReviewError(f"{action!r}: not a review action (one of {', '.join(ACTIONS)})")
    if not reviewer.strip():
        raise ReviewError("a review needs the reviewer's name")
    record = _record(session, kind, record_id)
    before = field_values(record)
    checked = checked_changes(kind, changes or {})
    after: dict[str, Any] = dict(before)
    target: Anchor | None = None
    checked_parts: list[dict[str, Any]] = []
    if action == "correct":
        if not checked:
            raise ReviewError(f"{record_id}: a correction needs at least one changed field")
        after.update(checked)
    elif action == "confirm" and checked:
        raise ReviewError(f"{record_id}: a confirmation changes nothing (use correct)")
    elif action == "reject":
        after = {"rejected": True}
    elif action == "merge":
        if kind != "event" or not merge_into or merge_into == record_id:
            raise ReviewError(f"{record_id}: merge needs another event to join (merge_into)")
        target = _anchor(session, kind, _record(session, kind, merge_into))
        after = {"merged_into": merge_into}
    elif action == "split":
        if kind != "event" or not parts or len(parts) < 2:
            raise ReviewError(f"{record_id}: a split needs at least two parts")
        checked_parts = [checked_changes(kind, part) for part in parts]
        after = {"parts": [{**before, **part} for part in checked_parts]}
    anchor = _anchor(session, kind, record)
    now = _now()
    for earlier in session.scalars(select(ReviewRow).where(ReviewRow.doc_id == anchor.doc_id,
                                                            ReviewRow.superseded_at.is_(None))):
        if _same_anchor(earlier, kind, anchor):
            earlier.superseded_at = now
    # a correction on top of an earlier one keeps the earlier changes it does not replace
    in_force = dict(record.review.get("changes", {})) if record.review and action == "correct" else {}
    row = ReviewRow(target_kind=kind, doc_id=anchor.doc_id, content_hash=anchor.content_hash,
                    anchor_start=anchor.start, anchor_end=anchor.end, anchor_text=anchor.text,
                    category=anchor.category, record_id=record_id, action=action,
                    changes={**in_force, **checked}, merge_into=target.to_json() if target else None,
                    parts=checked_parts, reviewer=reviewer.strip(), note=note, created_at=now)
    session.add(row)
    session.flush()
    session.add(ReviewLogRow(review_id=row.id, target_kind=kind, record_id=record_id, doc_id=anchor.doc_id,
                             action=action, reviewer=row.reviewer, at=now, before=before, after=after))
    return row.id


def reviews_in_force(session: Session, doc_id: str | None = None) -> list[ReviewRow]:
    query = select(ReviewRow).where(ReviewRow.superseded_at.is_(None))
    if doc_id is not None:
        query = query.where(ReviewRow.doc_id == doc_id)
    return list(session.scalars(query.order_by(ReviewRow.id)))


def review_log(session: Session, *, doc_id: str | None = None, limit: int = 200) -> list[dict[str, Any]]:
    """The newest reviews first: who, when, which record, what it was and what it became."""
    query = select(ReviewLogRow)
    if doc_id is not None:
        query = query.where(ReviewLogRow.doc_id == doc_id)
    rows = session.scalars(query.order_by(ReviewLogRow.id.desc()).limit(limit))
    return [{"review_id": r.review_id, "kind": r.target_kind, "record_id": r.record_id, "doc_id": r.doc_id,
             "action": r.action, "reviewer": r.reviewer, "at": r.at.isoformat(timespec="seconds"),
             "before": r.before, "after": r.after} for r in rows]
