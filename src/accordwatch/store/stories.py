"""Stories: near-duplicate documents (one wire story run lightly edited by several sites) linked to
the story's first document in id order (`documents.story_of`), so the ledger counts a story once.

A story is a connected component of "one story with" (syndication.STORY_SIMILARITY, a symmetric
relation of the signatures), and its first document is the least id in it: neither depends on the
order in which documents arrive. A document's signature is kept in its metadata
(syndication.SIGNATURE_KEY) and its band keys in `story_bands`, the index a new document is looked up
in by query. Exact copies (`copy_of`) are left out: their original stands for them.
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from accordwatch.ingest.syndication import SIGNATURE_KEY, STORY_SIMILARITY, band_keys, similarity
from accordwatch.store.schema import DocumentRow, StoryBandRow

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


def story_of(session: Session, doc_ids: set[str] | None = None) -> dict[str, str]:
    """Each document of a story of several (of DOC_IDS only, if given), mapped to the story's first
    document (itself included)."""
    stmt = select(DocumentRow.id, DocumentRow.story_of).where(DocumentRow.story_of.is_not(None))
    if doc_ids is not None:  # the documents' own rows, and those naming one of them as their story's first
        ids = sorted(doc_ids)
        stmt = stmt.where(DocumentRow.id.in_(ids) | DocumentRow.story_of.in_(ids))
    links = {doc_id: head for doc_id, head in session.execute(stmt)}
    stories = {**{head: head for head in links.values()}, **links}
    return stories if doc_ids is None else {d: head for d, head in stories.items() if d in doc_ids}


class StoryLinker:
    """Links each document saved during an ingest to its story, looking its twins up by the bands of
    its signature stored beside every document (story_bands): memory and time per document do not
    grow with the store, and documents another process stored are seen as soon as committed (the
    caller holds the store's document lock)."""

    def link(self, session: Session, doc_id: str) -> None:
        """Put the just saved (new or changed) document DOC_ID in its story."""
        session.flush()
        row = session.get(DocumentRow, doc_id)
        if row is None:
            return
        leave_story(session, row)
        session.execute(delete(StoryBandRow).where(StoryBandRow.doc_id == doc_id))
        values = _signature(row.meta) if row.copy_of is None else None
        if values is None:
            return
        keys = band_keys(values)
        candidates = set(session.scalars(select(StoryBandRow.doc_id).where(StoryBandRow.key.in_(keys))))
        twins = sorted(other for other, theirs in stored_signatures(session, candidates - {doc_id})
                       if theirs is not None and similarity(values, theirs) >= STORY_SIMILARITY)
        session.execute(insert(StoryBandRow), [{"doc_id": doc_id, "key": key} for key in keys])
        if twins:
            _join(session, row, twins)


def _head(row: DocumentRow) -> str:
    return row.story_of or row.id


def _join(session: Session, row: DocumentRow, twins: list[str]) -> None:
    """ROW and the stories of TWINS become one story, led by the least id among them."""
    # ids and links only: a story of hundreds must not bring in hundreds of texts
    heads = {head or twin for twin, head in session.execute(
        select(DocumentRow.id, DocumentRow.story_of).where(DocumentRow.id.in_(twins)))}
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
