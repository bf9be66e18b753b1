"""The stored documents a batch at a time, each batch with its records and the reviews in force
applied: what the report and the exports read, so that memory holds a batch of documents, never
the store."""

from __future__ import annotations

from collections.abc import Iterator

from accordwatch.model import Document
from accordwatch.review.apply import reviewed_records
from accordwatch.store import Store
from accordwatch.store.documents import document_batches
from accordwatch.store.records import StoredRecords

# documents read per query: what the report and the exports hold in memory at once
REVIEWED_BATCH = 200


def reviewed_batches(store: Store, size: int = REVIEWED_BATCH) -> Iterator[tuple[list[Document], StoredRecords]]:
    """The stored documents in id order, SIZE at a time, each batch with its records (no actors),
    reviews applied; each batch is read in a session of its own."""
    for batch in document_batches(store, size):
        with store.session() as session:
            records = reviewed_records(session, doc_ids={d.id for d in batch})
        yield batch, records
