"""The stored documents a batch at a time, each batch with its records and the reviews in force
applied: what the report, the exports and the assessment read, so that memory holds a batch of
documents, never the store."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from itertools import groupby

from accordwatch.model import Document, Event
from accordwatch.review.apply import reviewed_documents, reviewed_records
from accordwatch.store import Store
from accordwatch.store.documents import document_batches, publication_days
from accordwatch.store.records import StoredRecords, document_ids_after, load_events

# documents read per query: what the report, the exports and the assessment hold in memory at once
REVIEWED_BATCH = 200


def reviewed_batches(store: Store, size: int = REVIEWED_BATCH) -> Iterator[tuple[list[Document], StoredRecords]]:
    """The stored documents in id order, SIZE at a time, each batch with its records (no actors),
    reviews applied; each batch is read in a session of its own."""
    for batch in document_batches(store, size):
        with store.session() as session:
            records = reviewed_records(session, doc_ids={d.id for d in batch})
        yield batch, records


def reviewed_event_batches(store: Store, categories: set[str], *, published_by: date | None = None,
                           size: int = REVIEWED_BATCH) -> Iterator[list[Event]]:
    """The stored events of CATEGORIES with the reviews in force applied, in the store's order (documents
    by code point, then event ids), those of SIZE documents at a time, each batch read by two queries
    (the documents' ids along their key, then their events) in a session of its own,
    so a batch costs the same in a store of any size (PUBLISHED_BY: of documents published on or before
    that day, or undated).

    The reviewed documents' events are read first, the reviews applied to them at once (a merge joins
    two documents): memory holds those (as many as the reviews) and a batch, not the store's events."""
    with store.session() as session:
        reviewed, held = reviewed_documents(session, categories)
        if published_by is not None and held:
            days = publication_days(session, reviewed)
            held = [e for e in held if (day := days.get(e.doc_id)) is None or day <= published_by]
    waiting = [list(events) for _, events in groupby(held, key=lambda e: e.doc_id)]
    after: str | None = None
    while True:
        with store.session() as session:
            ids = document_ids_after(session, after, size, published_by)
            fresh = {d for d in ids if d not in reviewed}
            # by the documents' index, the categories sorted out here: a store's planner may prefer the
            # categories' index, which would read every event of theirs for each batch
            events = [e for e in load_events(session, doc_ids=fresh) if e.category in categories] if fresh else []
        if not ids:
            break
        after = ids[-1]
        while waiting and waiting[0][0].doc_id <= after:
            events += waiting.pop(0)
        if events:  # the reviewed documents' events in their place, each document's in its own order
            yield sorted(events, key=lambda e: e.doc_id)
    rest = [e for events in waiting for e in events]
    if rest:
        yield rest
