"""An export of the store read a batch of documents at a time: what `accordwatch export` writes, in
memory a batch and never the store."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from accordwatch.assess import Assessment
from accordwatch.export.interchange import ExportInput, ExportStream
from accordwatch.export.selection import between
from accordwatch.kb import KnowledgeBase
from accordwatch.review import batches
from accordwatch.store import Store
from accordwatch.store.records import load_actors


class StoredExport(ExportStream):
    """The store's documents and records between SINCE and UNTIL, batch by batch; `documents`
    counts those exported so far."""

    def __init__(self, store: Store, kb: KnowledgeBase, assessment: Assessment | None,
                 since: date | None = None, until: date | None = None, batch: int | None = None) -> None:
        super().__init__(kb, assessment, [])
        self.documents = 0
        self.batches = self._read(store, since, until, batch or batches.REVIEWED_BATCH)

    def _read(self, store: Store, since: date | None, until: date | None, size: int) -> Iterator[ExportInput]:
        with store.session() as session:
            actors = load_actors(session)  # every batch names people of any document
        for docs, records in batches.reviewed_batches(store, size):
            records.actors = actors
            selected = between(ExportInput(docs, records, self.kb, self.assessment), since, until)
            self.documents += len(selected.documents)
            yield selected
