"""Documents and failures: save, deduplicate by content, update by id, record and retry failures."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Literal

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from accordwatch.model import Document, Failure
from accordwatch.store.schema import DocumentRow, FailureRow

SaveOutcome = Literal["new", "unchanged", "updated", "duplicate"]
# any fixed number: the PostgreSQL advisory lock under which a document is looked up and saved
_PG_DOCUMENT_LOCK = 7_301_202_013


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def save_document(session: Session, document: Document) -> SaveOutcome:
    """Insert DOCUMENT; the same content again is a no-op, the same id with new content an update.

    "duplicate" means the same content is already stored under another id: kept once.
    """
    if session.get_bind().dialect.name == "postgresql":
        # two ingests at once: without it both find the id (or the content) absent and both insert it.
        # Held to the end of this document's transaction (SQLite has one writer at a time anyway)
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_DOCUMENT_LOCK})
    row = session.get(DocumentRow, document.id)
    if row is not None and row.content_hash == document.content_hash:
        return "unchanged"
    if row is None:
        same = session.scalar(select(DocumentRow.id).where(DocumentRow.content_hash == document.content_hash))
        if same is not None:
            return "duplicate"
        row = DocumentRow(id=document.id, ingested_at=_now())
        session.add(row)
        outcome: SaveOutcome = "new"
    else:
        outcome = "updated"
        row.ingested_at = _now()
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
    return outcome


def to_document(row: DocumentRow) -> Document:
    return Document(
        id=row.id, text=row.text, content_hash=row.content_hash, source=row.source,
        published=row.published, published_from=row.published_from, title=row.title, url=row.url,
        outlet=row.outlet, metadata=dict(row.meta or {}),
        lines=[(int(a), int(b), k) for a, b, k in row.lines or []], warnings=list(row.warnings or []),
    )


def documents(session: Session, *, pending_only: bool = False) -> list[Document]:
    """Stored documents in id order; PENDING_ONLY: those whose extraction is missing or stale."""
    # sorted here, by code point: SQLite's order on every store, whatever a PostgreSQL database's
    # collation (the order decides which document meets a person first)
    rows = sorted(session.scalars(select(DocumentRow)), key=lambda row: row.id)
    return [to_document(r) for r in rows if not pending_only or r.extracted_hash != r.content_hash]


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
    session.execute(delete(DocumentRow).where(DocumentRow.id == doc_id))
