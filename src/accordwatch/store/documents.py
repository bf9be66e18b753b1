"""Documents and failures: save, link copies of one text, update by id, record and retry failures."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import delete, func, or_, select, text
from sqlalchemy.orm import Session

from accordwatch.model import Document, Failure
from accordwatch.store.records import RECORD_TABLES, code_point
from accordwatch.store.schema import DocumentRow, FailureRow
from accordwatch.store.stories import leave_story

if TYPE_CHECKING:
    from accordwatch.store.session import Store

SaveOutcome = Literal["new", "unchanged", "updated", "copy"]
# how far a publication date can be trusted, by where it came from (best first; unknown last)
_DATE_GROUNDS = ("metadata", "dateline", "title", "header", "numbering")
# any fixed number: the PostgreSQL advisory lock under which a document is looked up and saved
_PG_DOCUMENT_LOCK = 7_301_202_013


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def save_document(session: Session, document: Document) -> SaveOutcome:
    """Insert DOCUMENT; the same content again is a no-op, the same id with new content an update.

    "copy": the same text is already stored under another id (a syndicated copy). It is kept, with
    its own metadata, linked to the first (`copy_of`) and never extracted itself, so the ledger counts
    the text once; the original takes the copy's publication day when that one is better grounded.
    """
    if session.get_bind().dialect.name == "postgresql":
        # two ingests at once: without it both find the id (or the content) absent and both insert it.
        # Held to the end of this document's transaction (SQLite has one writer at a time anyway)
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_DOCUMENT_LOCK})
    row = session.get(DocumentRow, document.id)
    if row is not None and row.content_hash == document.content_hash:
        return "unchanged"
    original = session.scalar(select(DocumentRow).where(
        DocumentRow.content_hash == document.content_hash, DocumentRow.copy_of.is_(None),
        DocumentRow.id != document.id).order_by(DocumentRow.id).limit(1))
    if row is None:
        row = DocumentRow(id=document.id, ingested_at=_now())
        session.add(row)
        outcome: SaveOutcome = "copy" if original is not None else "new"
    else:
        outcome = "updated"
        row.ingested_at = _now()
        if row.copy_of is None:
            _promote_copies(session, row.id)  # they keep the old text: one of them is its original now
        if original is not None:  # now a copy: what was read from its old text goes
            for table in RECORD_TABLES:
                session.execute(delete(table).where(table.doc_id == row.id))
    row.copy_of = original.id if original is not None else None
    row.content_hash = document.content_hash
    row.text = document.text
    row.source = document.source
    row.published = document.published
    row.published_from = document.published_from
    row.title = document.title
    row.url = document.url
    row.outlet = document.outlet
    row.meta = document.metadata
    row.lines = [list(line) for line in document.lines]
    row.warnings = document.warnings
    row.extracted_hash = None  # its stored extraction (if any) is stale now
    if original is not None:
        _date_from_copy(original, row)
    return outcome


def _grounds(published: date | None, published_from: str | None) -> tuple[int, date]:
    """Sort key of a publication date: better grounded first, then earlier (a syndicated text is
    dated by its first appearance), so which copy arrived first does not change the day."""
    if published is None:
        return len(_DATE_GROUNDS) + 1, date.max
    rank = _DATE_GROUNDS.index(published_from) if published_from in _DATE_GROUNDS else len(_DATE_GROUNDS)
    return rank, published


def _date_from_copy(original: DocumentRow, copy: DocumentRow) -> None:
    """The original takes the copy's day when it is better grounded (an undated report and its dated
    copy): its times are resolved against it, so it is extracted again."""
    if copy.published is None:
        return
    if _grounds(copy.published, copy.published_from) < _grounds(original.published, original.published_from):
        original.published = copy.published
        original.published_from = copy.published_from  # (its grounds, so a third copy is weighed alike)
        original.meta = {**(original.meta or {}), "published_as_in": copy.id}
        original.extracted_hash = None


def _promote_copies(session: Session, original_id: str) -> None:
    """The copies of ORIGINAL_ID, which is changing or going: the first (by id) becomes a document of
    its own (to be extracted), the others its copies."""
    copies = list(session.scalars(select(DocumentRow).where(DocumentRow.copy_of == original_id)
                                  .order_by(DocumentRow.id)))
    if not copies:
        return
    first, *others = copies
    first.copy_of = None
    first.extracted_hash = None
    for other in others:
        other.copy_of = first.id


def to_document(row: DocumentRow) -> Document:
    return Document(
        id=row.id, text=row.text, content_hash=row.content_hash, source=row.source,
        published=row.published, published_from=row.published_from, title=row.title, url=row.url,
        outlet=row.outlet, metadata=dict(row.meta or {}),
        lines=[(int(a), int(b), k) for a, b, k in row.lines or []], warnings=list(row.warnings or []),
        copy_of=row.copy_of, story_of=row.story_of,
    )


def documents(session: Session, *, pending_only: bool = False) -> list[Document]:
    """Stored documents (copies included) in id order; PENDING_ONLY: those whose extraction is missing
    or stale (never a copy: its text is read as its original's)."""
    # sorted here, by code point: SQLite's order on every store, whatever a PostgreSQL database's
    # collation (the order decides which document meets a person first)
    rows = sorted(session.scalars(select(DocumentRow)), key=lambda row: row.id)
    return [to_document(r) for r in rows
            if not pending_only or (r.copy_of is None and r.extracted_hash != r.content_hash)]


def dated_heads(session: Session, chars: int) -> list[Document]:
    """The stored documents dated otherwise than by their numbering, each with only the first CHARS
    characters of its text (where a release number stands): what an estimate by numbering counts from."""
    rows = session.execute(select(DocumentRow.id, DocumentRow.title, func.substr(DocumentRow.text, 1, chars),
                                  DocumentRow.published, DocumentRow.published_from)
                           .where(DocumentRow.published.is_not(None),
                                  or_(DocumentRow.published_from.is_(None), DocumentRow.published_from != "numbering")))
    return sorted((Document(id=doc_id, text=head or "", content_hash="", source="", published=published,
                            published_from=grounds, title=title)
                   for doc_id, title, head, published, grounds in rows), key=lambda d: d.id)


def save_estimated_day(session: Session, document: Document) -> None:
    """DOCUMENT's day (and warnings) as estimated after it was saved, by the numbering of its series."""
    row = session.get(DocumentRow, document.id)
    if row is None or row.published is not None:
        return
    row.published, row.published_from, row.warnings = document.published, document.published_from, document.warnings
    if row.copy_of is not None and (original := session.get(DocumentRow, row.copy_of)) is not None:
        _date_from_copy(original, row)


def _pending() -> Any:
    return DocumentRow.copy_of.is_(None) & (DocumentRow.extracted_hash.is_(None)
                                            | (DocumentRow.extracted_hash != DocumentRow.content_hash))


def documents_after(session: Session, after: str | None, limit: int, *, pending_only: bool = False) -> list[Document]:
    """At most LIMIT stored documents whose id comes after AFTER (all: None), in code-point order, by one
    query: a store of any size is read a batch at a time (PENDING_ONLY: as `documents`)."""
    key = code_point(session, DocumentRow.id)
    stmt = select(DocumentRow).order_by(key).limit(limit)
    if after is not None:
        stmt = stmt.where(key > after)
    if pending_only:
        stmt = stmt.where(_pending())
    return [to_document(row) for row in session.scalars(stmt)]


def document_batches(store: Store, size: int, *, pending_only: bool = False) -> Iterator[list[Document]]:
    """The stored documents (PENDING_ONLY: those to extract) in id order, SIZE at a time, each batch read
    by a query and a session of its own: memory holds a batch, not the store."""
    after: str | None = None
    while True:
        with store.session() as session:
            batch = documents_after(session, after, size, pending_only=pending_only)
        if not batch:
            return
        yield batch
        after = batch[-1].id


def pending_count(session: Session, *, pending_only: bool = True) -> int:
    stmt = select(func.count()).select_from(DocumentRow)
    return session.scalar(stmt.where(_pending()) if pending_only else stmt) or 0


def pending_chars(session: Session, *, pending_only: bool = True) -> int:
    """The characters of text the documents pending_count counts hold: how much there is to parse."""
    stmt = select(func.coalesce(func.sum(func.length(DocumentRow.text)), 0))
    return int(session.scalar(stmt.where(_pending()) if pending_only else stmt) or 0)


def publication_days(session: Session, doc_ids: set[str] | None = None) -> dict[str, date | None]:
    """Every document's publication day (of DOC_IDS only, if given; its text left in the store)."""
    stmt = select(DocumentRow.id, DocumentRow.published)
    if doc_ids is not None:
        stmt = stmt.where(DocumentRow.id.in_(sorted(doc_ids)))
    return {doc_id: day for doc_id, day in session.execute(stmt)}


def latest_publication(session: Session) -> date | None:
    return session.scalar(select(func.max(DocumentRow.published)))


def document_count(session: Session) -> int:
    return len(session.scalars(select(DocumentRow.id)).all())


def record_failure(session: Session, failure: Failure, stage: str, doc_id: str | None = None) -> None:
    session.add(FailureRow(stage=stage, source=failure.source, line=failure.line, doc_id=doc_id,
                           reason=failure.reason, failed_at=_now()))


def open_failures(session: Session, stage: str | None = None) -> list[tuple[Failure, str, str | None]]:
    """Unresolved failures as (failure, stage, doc_id), oldest first."""
    stmt = select(FailureRow).where(FailureRow.resolved_at.is_(None)).order_by(FailureRow.id)
    if stage:
        stmt = stmt.where(FailureRow.stage == stage)
    return [(Failure(r.source, r.reason, r.line), r.stage, r.doc_id) for r in session.scalars(stmt)]


def resolve_failures(session: Session, sources: set[str], stage: str) -> None:
    for row in session.scalars(select(FailureRow).where(FailureRow.resolved_at.is_(None),
                                                        FailureRow.stage == stage)):
        if row.source in sources:
            row.resolved_at = _now()


def delete_document(session: Session, doc_id: str) -> None:
    row = session.get(DocumentRow, doc_id)
    if row is not None:
        leave_story(session, row)
    _promote_copies(session, doc_id)
    session.execute(delete(DocumentRow).where(DocumentRow.id == doc_id))
