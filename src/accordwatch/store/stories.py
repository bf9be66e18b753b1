"""Stories: near-duplicate documents (one wire story run lightly edited by several sites) linked to
the story's first document in id order (`documents.story_of`), so the ledger counts a story once.

A story is a connected component of "one story with" (syndication.STORY_SIMILARITY, a symmetric
relation of the signatures), and its first document is the least id in it: neither depends on the
order in which documents arrive. A document's signature is kept in its metadata
(syndication.SIGNATURE_KEY); the index of an ingest holds only the signatures (about 1 KB a document),
read from the store in batches, never the texts. Exact copies (`copy_of`) are left out: their
original stands for them.
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from accordwatch.ingest.syndication import SIGNATURE_KEY, STORY_SIMILARITY, StoryIndex, similarity
from accordwatch.store.schema import DocumentRow

# signatures read from the store per query when the index is built
_BATCH = 1000


def _signature(meta: dict | None) -> list[int] | None:
    values = (meta or {}).get(SIGNATURE_KEY)
    return [int(v) for v in values] if values else None


def stored_signatures(session: Session, ids: set[str] | None = None) -> Iterator[tuple[str, list[int] | None]]:
    """(id, signature or None) of the stored documents that are not exact copies (IDS: of those only)."""
    stmt = select(DocumentRow.id, DocumentRow.meta).where(DocumentRow.copy_of.is_(None))
    if ids is not None:
        if not ids:
            return
        stmt = stmt.where(DocumentRow.id.in_(sorted(ids)))
    for doc_id, meta in session.execute(stmt.execution_options(yield_per=_BATCH)):
        yield doc_id, _signature(meta)


def story_of(session: Session) -> dict[str, str]:
    """Each document of a story of several, mapped to the story's first document (itself included)."""
    links = {doc_id: head for doc_id, head in session.execute(
        select(DocumentRow.id, DocumentRow.story_of).where(DocumentRow.story_of.is_not(None)))}
    return {**{head: head for head in links.values()}, **links}


class StoryLinker:
    """Links each document saved during an ingest to its story. Documents stored meanwhile by another
    process are picked up before each link (the caller holds the store's document lock)."""

    def __init__(self) -> None:
        self.index = StoryIndex()
        self._known: set[str] = set()  # ids indexed (or too short to be), copies left out

    def _catch_up(self, session: Session) -> None:
        count = session.scalar(select(func.count()).select_from(DocumentRow).where(DocumentRow.copy_of.is_(None)))
        if count == len(self._known):
            return
        present = set(session.scalars(select(DocumentRow.id).where(DocumentRow.copy_of.is_(None))))
        for gone in self._known - present:  # now a copy, or deleted
            self.index.remove(gone)
        for doc_id, values in stored_signatures(session, present - self._known):
            if values is not None:
                self.index.add(doc_id, values)
        self._known = present

    def link(self, session: Session, doc_id: str) -> None:
        """Put the just saved (new or changed) document DOC_ID in its story."""
        session.flush()
        row = session.get(DocumentRow, doc_id)
        if row is None:
            return
        # counted before catching up, so that only another process's documents make the index reread
        if row.copy_of is None:
            self._known.add(doc_id)
        else:
            self._known.discard(doc_id)
        self._catch_up(session)
        leave_story(session, row)
        self.index.remove(doc_id)
        values = _signature(row.meta) if row.copy_of is None else None
        if values is None:
            return
        twins = self.index.similar(values, besides=doc_id)
        self.index.add(doc_id, values)
        if twins:
            _join(session, row, twins)


def _head(row: DocumentRow) -> str:
    return row.story_of or row.id


def _join(session: Session, row: DocumentRow, twins: list[str]) -> None:
    """ROW and the stories of TWINS become one story, led by the least id among them."""
    heads = {_head(twin) for twin in session.scalars(select(DocumentRow).where(DocumentRow.id.in_(twins)))}
    first = min(heads | {row.id})
    for old in sorted(heads - {first}):
        session.execute(update(DocumentRow).where(DocumentRow.story_of == old).values(story_of=first))
        session.execute(update(DocumentRow).where(DocumentRow.id == old).values(story_of=first))
    session.execute(update(DocumentRow).where(DocumentRow.id == row.id)
                    .values(story_of=None if first == row.id else first))
    session.expire_all()


def leave_story(session: Session, row: DocumentRow) -> None:
    """ROW (changed, now a copy, or going) leaves its story: the others are grouped again without it
    (its text may have held them together)."""
    head = _head(row)
    members = set(session.scalars(select(DocumentRow.id).where(DocumentRow.story_of == head)))
    if not members:
        return
    members = (members | {head}) - {row.id}
    session.execute(update(DocumentRow).where(DocumentRow.id == row.id).values(story_of=None))
    regroup(session, members)


def regroup(session: Session, members: set[str]) -> None:
    """MEMBERS grouped into stories again by their stored signatures (each pair compared: a story is
    a handful of documents)."""
    signatures = dict(stored_signatures(session, members))
    ids = sorted(signatures)
    parent = {doc_id: doc_id for doc_id in ids}

    def root(doc_id: str) -> str:
        while parent[doc_id] != doc_id:
            doc_id = parent[doc_id]
        return doc_id

    for i, first in enumerate(ids):
        for second in ids[i + 1:]:
            a, b = signatures[first], signatures[second]
            if a is not None and b is not None and similarity(a, b) >= STORY_SIMILARITY:
                low, high = sorted((root(first), root(second)))
                parent[high] = low
    for doc_id in ids:
        head = root(doc_id)
        session.execute(update(DocumentRow).where(DocumentRow.id == doc_id)
                        .values(story_of=None if head == doc_id else head))
    session.expire_all()
