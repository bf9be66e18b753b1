"""The stored records with the reviews in force applied: what the ledger, pages and exports use.

Reviews are applied in the order they were taken; each finds its record by its anchor (anchors.py),
so a correction made before `extract --all` holds after it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from accordwatch.model import Claim, DateValue, Event
from accordwatch.review.anchors import Anchor, find_record
from accordwatch.review.decisions import reviews_in_force
from accordwatch.review.fields import COUNT_FIELDS
from accordwatch.store.records import StoredRecords, load_events, load_records
from accordwatch.store.schema import DocumentRow, ReviewRow


def _anchor(row: ReviewRow) -> Anchor:
    return Anchor(row.doc_id, row.content_hash, row.anchor_start, row.anchor_end, row.anchor_text, row.category)


def _mark(row: ReviewRow, action: str | None = None) -> dict[str, Any]:
    return {"action": action or row.action, "reviewer": row.reviewer,
            "at": row.created_at.isoformat(timespec="seconds"), "review_id": row.id,
            "changes": dict(row.changes or {}), "note": row.note}


def _corrected(record: Event | Claim, changes: dict[str, Any]) -> None:
    for name, value in changes.items():
        if name == "date":
            record.date = DateValue.from_json(value)  # type: ignore[union-attr]
            record.date_basis = "review" if value is not None else None  # type: ignore[union-attr]
        else:
            setattr(record, name, value)
        if isinstance(record, Event) and name in COUNT_FIELDS and name in record.vague_counts:
            record.vague_counts = [f for f in record.vague_counts if f != name]  # the reviewer gave the figure


def _orphan(row: ReviewRow, reason: str) -> dict[str, Any]:
    return {"review_id": row.id, "kind": row.target_kind, "doc_id": row.doc_id, "record_id": row.record_id,
            "action": row.action, "reviewer": row.reviewer, "words": row.anchor_text, "reason": reason}


def apply_reviews(records: StoredRecords, reviews: list[ReviewRow], texts: dict[str, tuple[str, str]]) -> None:
    """Apply REVIEWS (oldest first) to RECORDS in place; TEXTS: each document's (content hash, text)."""
    renamed: dict[str, str] = {}  # an event merged away or split -> the id that now stands for it
    for row in reviews:
        if row.doc_id not in texts:
            records.orphaned_reviews.append(_orphan(row, "its document is no longer in the store"))
            continue
        content_hash, text = texts[row.doc_id]
        pool: list[Any] = records.events if row.target_kind == "event" else records.claims
        record = find_record(_anchor(row), [r for r in pool if r.doc_id == row.doc_id], content_hash, text)
        if record is None:
            records.orphaned_reviews.append(_orphan(row, "no record is read from these words any more"))
            continue
        if row.action in ("confirm", "correct"):
            _corrected(record, row.changes or {})
            record.review = _mark(row)
        elif row.action == "reject":
            pool.remove(record)
            renamed[record.id] = ""
        elif row.action == "merge":
            _merge(records, row, record, texts, renamed)
        elif row.action == "split":
            at = records.events.index(record)
            parts = []
            for number, changes in enumerate(row.parts or [], start=1):
                part = replace(record, id=f"{record.id}/{number}", more_evidence=list(record.more_evidence),
                               vague_counts=list(record.vague_counts))
                _corrected(part, changes)
                part.review = _mark(row)
                parts.append(part)
            records.events[at:at + 1] = parts
            renamed[record.id] = parts[0].id if parts else ""
    if renamed:
        for claim in records.claims:
            claim.events = [renamed.get(e, e) for e in claim.events if renamed.get(e, e)]


def _merge(records: StoredRecords, row: ReviewRow, record: Event, texts: dict[str, tuple[str, str]],
           renamed: dict[str, str]) -> None:
    """RECORD tells the act of the review's target: the target keeps its figures and gains the sentences."""
    where = Anchor.from_json(row.merge_into or {})
    if where.doc_id not in texts:
        records.orphaned_reviews.append(_orphan(row, "the event it was merged into is gone"))
        return
    content_hash, text = texts[where.doc_id]
    target = find_record(where, [e for e in records.events if e.doc_id == where.doc_id and e is not record],
                         content_hash, text)
    if target is None:
        records.orphaned_reviews.append(_orphan(row, "the event it was merged into is gone"))
        return
    target.more_evidence = [*target.more_evidence, record.evidence, *record.more_evidence]
    target.reported_by = list(dict.fromkeys([*target.reported_by, *record.reported_by]))
    merged = [*(target.review or {}).get("merged", []), record.id]
    target.review = {**(target.review or _mark(row, "merged")), "merged": merged}
    records.events.remove(record)
    renamed[record.id] = target.id


def _documents_of(reviews: list[ReviewRow]) -> set[str]:
    """The documents REVIEWS were made on, and those they merge into."""
    merged = {(r.merge_into or {}).get("doc_id") for r in reviews}
    return {r.doc_id for r in reviews} | {d for d in merged if d}


def _texts(session: Session, doc_ids: set[str]) -> dict[str, tuple[str, str]]:
    """Each document's (content hash, text): what a review's anchor is found again in."""
    rows = session.scalars(select(DocumentRow).where(DocumentRow.id.in_(sorted(doc_ids))))
    return {row.id: (row.content_hash, row.text) for row in rows}


def reviewed_records(session: Session, doc_id: str | None = None, *, doc_ids: set[str] | None = None) -> StoredRecords:
    """The stored records (of DOC_ID or DOC_IDS only, if given) with every review in force applied."""
    only = doc_ids if doc_id is None else {doc_id}
    records = load_records(session, doc_ids=only)
    reviews = reviews_in_force(session)
    if only is not None:
        # a merge crosses documents: the reviews touching these documents, and every review of the
        # documents those reach (a correction there comes before the merge that carries it here)
        touching = [r for r in reviews if r.doc_id in only or (r.merge_into or {}).get("doc_id") in only]
        reached = _documents_of(touching)
        reviews = [r for r in reviews if r.doc_id in reached or (r.merge_into or {}).get("doc_id") in only]
        others = reached - only
        if others:
            records.events += load_events(session, doc_ids=others)
    if not reviews:
        return records
    apply_reviews(records, reviews, _texts(session, _documents_of(reviews)))
    if only is not None:
        records.events = [e for e in records.events if e.doc_id in only]
        # a review is orphaned where its own record is: the other documents' tell of their own
        records.orphaned_reviews = [o for o in records.orphaned_reviews if o["doc_id"] in only]
    return records


def reviewed_documents(session: Session, categories: set[str] | None = None) -> tuple[set[str], list[Event]]:
    """The documents event reviews were made on (or merge into), and their events of CATEGORIES (all, if
    None) with those reviews applied, in (document, id) order: a correction can move an event into a
    category, or merge one into another; no other document's events are changed by a review."""
    reviews = [r for r in reviews_in_force(session) if r.target_kind == "event"]
    if not reviews:
        return set(), []
    touched = _documents_of(reviews)
    records = StoredRecords(events=load_events(session, doc_ids=touched))
    apply_reviews(records, reviews, _texts(session, touched))
    return touched, [e for e in records.events if categories is None or e.category in categories]
