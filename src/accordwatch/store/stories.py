"""Stories: near-duplicate documents (one wire story run lightly edited by several sites) linked to
the story's first document in id order (`documents.story_of`), so the ledger counts a story once.

A story is a connected component of "one story with" (syndication.STORY_SIMILARITY, a symmetric
relation of the signatures), and its first document is the least id in it: neither depends on the
order in which documents arrive. A document's signature is kept in its metadata
(syndication.SIGNATURE_KEY) and its band keys in `story_bands`, the index a new document is looked up
in by query. Exact copies (`copy_of`) are left out: their original stands for them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

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


def link_stories(session: Session, doc_ids: list[str]) -> None:
    """Put the documents DOC_IDS, just saved (new or changed) in this transaction, in their stories,
    looking their twins up by the bands of their signatures stored beside every document (story_bands):
    memory and time per document do not grow with the store, and documents another process stored are
    seen as soon as committed (the caller holds the store's document lock). The stories are those of
    linking them one by one (a story is a connected component, whatever the order), with a few queries
    for the lot instead of a dozen for each."""
    session.flush()
    # (just saved in this session: found in its identity map, their texts not read again)
    rows = {doc_id: row for doc_id in set(doc_ids) if (row := session.get(DocumentRow, doc_id)) is not None}
    if not rows:
        return
    ids = sorted(rows)
    # those in a story (a changed text, one now a copy, or one others still name) leave it first
    led = {head for chunk in _chunks(ids) for head in session.scalars(
        select(DocumentRow.story_of).where(DocumentRow.story_of.in_(chunk)))}
    for doc_id in ids:
        if rows[doc_id].story_of is not None or doc_id in led:
            leave_story(session, rows[doc_id])
    for chunk in _chunks(ids):
        session.execute(delete(StoryBandRow).where(StoryBandRow.doc_id.in_(chunk)))
    keys: dict[str, list[int]] = {}
    values: dict[str, list[int]] = {}
    for doc_id in ids:
        found = _signature(rows[doc_id].meta) if rows[doc_id].copy_of is None else None
        if found is not None:
            values[doc_id], keys[doc_id] = found, band_keys(found)
    if not keys:
        return
    session.execute(insert(StoryBandRow), [{"doc_id": d, "key": k} for d in sorted(keys) for k in keys[d]])
    sharing: dict[int, set[str]] = {}  # band key -> the documents holding it (these and the stored)
    every_key = sorted({k for found in keys.values() for k in found})
    for chunk in _chunks(every_key):
        for other, key in session.execute(select(StoryBandRow.doc_id, StoryBandRow.key)
                                          .where(StoryBandRow.key.in_(chunk))):
            sharing.setdefault(key, set()).add(other)
    candidates = {d: set().union(*(sharing.get(k, set()) for k in keys[d])) - {d} for d in keys}
    stored = {c for found in candidates.values() for c in found} - set(values)
    theirs = dict(values)
    for chunk in _chunks(sorted(stored)):
        theirs.update((other, found) for other, found in stored_signatures(session, set(chunk))
                      if found is not None)
    twins = {d: sorted(c for c in candidates[d] if c in theirs and similarity(values[d], theirs[c])
                       >= STORY_SIMILARITY) for d in keys}
    _join_all(session, twins)


def _chunks(items: list, size: int = 500) -> Iterator[list]:
    """ITEMS in pieces a query's IN list takes on any database."""
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _firsts(links: Iterable[tuple[str, str]], nodes: Iterable[str] = ()) -> dict[str, str]:
    """Each document of LINKS (pairs of one story) and NODES with the least id of its story (its connected
    component): every merge keeps the lower root, so a root is its component's least id."""
    parent = {node: node for node in nodes}

    def root(node: str) -> str:
        while parent.setdefault(node, node) != node:
            node = parent[node]
        return node

    for first, second in links:
        low, high = sorted((root(first), root(second)))
        parent[high] = low
    return {node: root(node) for node in parent}


def _join_all(session: Session, twins: dict[str, list[str]]) -> None:
    """Each document of TWINS (keys: just saved, in no story) joins the stories of its twins (stored or
    just saved), each story merged one led by the least id among them."""
    others = sorted({t for found in twins.values() for t in found} - set(twins))
    head_of = {d: d for d in twins}
    for chunk in _chunks(others):
        for twin, head in session.execute(select(DocumentRow.id, DocumentRow.story_of)
                                          .where(DocumentRow.id.in_(chunk))):
            head_of[twin] = head or twin
    firsts = _firsts((doc_id, head_of[twin]) for doc_id, found in twins.items() for twin in found)
    joined: dict[str, list[str]] = {}  # a story's first -> the just saved documents it now leads
    moved: dict[str, list[str]] = {}  # a story's first -> the stored stories' heads that follow it
    for node, first in sorted(firsts.items()):
        if first != node:
            (joined if node in twins else moved).setdefault(first, []).append(node)
    if not joined and not moved:
        return
    # one statement per story, not per document; the session's objects are expired after, not matched
    # one by one against each statement
    quick = {"synchronize_session": False}
    for first, heads in moved.items():
        for chunk in _chunks(heads):
            session.execute(update(DocumentRow).where(DocumentRow.story_of.in_(chunk)).values(story_of=first)
                            .execution_options(**quick))
            session.execute(update(DocumentRow).where(DocumentRow.id.in_(chunk)).values(story_of=first)
                            .execution_options(**quick))
    for first, members in joined.items():
        for chunk in _chunks(members):
            session.execute(update(DocumentRow).where(DocumentRow.id.in_(chunk)).values(story_of=first)
                            .execution_options(**quick))
    session.expire_all()


def _head(row: DocumentRow) -> str:
    return row.story_of or row.id


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
    similar = ((first, second) for i, first in enumerate(ids) for second in ids[i + 1:]
               if signatures[first] is not None and signatures[second] is not None
               and similarity(signatures[first], signatures[second]) >= STORY_SIMILARITY)
    firsts = _firsts(similar, ids)
    for doc_id in ids:
        head = firsts[doc_id]
        session.execute(update(DocumentRow).where(DocumentRow.id == doc_id)
                        .values(story_of=None if head == doc_id else head))
    session.expire_all()
