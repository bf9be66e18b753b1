"""The database tables (SQLAlchemy 2 declarative). Alembic migrations are generated against this."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, Boolean, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    text: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text)
    published: Mapped[date | None] = mapped_column(Date)
    published_from: Mapped[str | None] = mapped_column(String(20))
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(String(200))
    meta: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    lines: Mapped[list[Any]] = mapped_column(JSON, default=list)
    warnings: Mapped[list[Any]] = mapped_column(JSON, default=list)
    ingested_at: Mapped[datetime] = mapped_column(DateTime)
    # the content hash the stored extraction was made from; NULL or stale -> extract again
    extracted_hash: Mapped[str | None] = mapped_column(String(64))
    extracted_at: Mapped[datetime | None] = mapped_column(DateTime)
    # the same text stored first under another id (a syndicated copy): kept with its own metadata, not
    # extracted again (its records are the original's)
    copy_of: Mapped[str | None] = mapped_column(String(200), index=True)


class FailureRow(Base):
    __tablename__ = "failures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    stage: Mapped[str] = mapped_column(String(20))  # ingest | extract
    source: Mapped[str] = mapped_column(Text)
    line: Mapped[int | None] = mapped_column(Integer)
    doc_id: Mapped[str | None] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text)
    failed_at: Mapped[datetime] = mapped_column(DateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)


class ActorRow(Base):
    """Actors met in documents that the knowledge base did not know (people, mostly)."""

    __tablename__ = "actors"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(40))
    aliases: Mapped[list[Any]] = mapped_column(JSON, default=list)
    affiliation: Mapped[str | None] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(3))
    role: Mapped[str | None] = mapped_column(Text)


def _doc_fk() -> Mapped[str]:
    return mapped_column(String(200), ForeignKey("documents.id", ondelete="CASCADE"), index=True)


class MentionRow(Base):
    __tablename__ = "mentions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    doc_id: Mapped[str] = _doc_fk()
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    actor_id: Mapped[str | None] = mapped_column(String(200))
    place_id: Mapped[str | None] = mapped_column(String(200))


class TimeRow(Base):
    __tablename__ = "times"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    doc_id: Mapped[str] = _doc_fk()
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    value: Mapped[Any] = mapped_column(JSON, nullable=True)
    rule: Mapped[str] = mapped_column(String(40), default="")


class QuantityRow(Base):
    __tablename__ = "quantities"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    doc_id: Mapped[str] = _doc_fk()
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    value: Mapped[int | None] = mapped_column(Integer)
    unit: Mapped[str] = mapped_column(String(40))
    of: Mapped[str | None] = mapped_column(String(200))
    bound: Mapped[str] = mapped_column(String(10), default="exact")


class EventRow(Base):
    __tablename__ = "events"

    id: Mapped[str] = mapped_column(String(240), primary_key=True)
    doc_id: Mapped[str] = _doc_fk()
    category: Mapped[str] = mapped_column(String(20), index=True)
    mode: Mapped[str | None] = mapped_column(String(40))
    actors: Mapped[list[Any]] = mapped_column(JSON, default=list)
    recipients: Mapped[list[Any]] = mapped_column(JSON, default=list)
    date: Mapped[Any] = mapped_column(JSON, nullable=True)
    date_basis: Mapped[str | None] = mapped_column(String(20))
    place: Mapped[str | None] = mapped_column(String(200))
    dead: Mapped[int | None] = mapped_column(Integer)
    injured: Mapped[int | None] = mapped_column(Integer)
    size: Mapped[int | None] = mapped_column(Integer)
    arrested: Mapped[int | None] = mapped_column(Integer)
    prisoners: Mapped[int | None] = mapped_column(Integer)
    modality: Mapped[str] = mapped_column(String(20), default="asserted")
    historical: Mapped[bool] = mapped_column(Boolean, default=False)
    reported_by: Mapped[list[Any]] = mapped_column(JSON, default=list)
    contested: Mapped[bool] = mapped_column(Boolean, default=False)
    cumulative: Mapped[bool] = mapped_column(Boolean, default=False)
    negated: Mapped[bool] = mapped_column(Boolean, default=False)
    contested_with: Mapped[list[Any]] = mapped_column(JSON, default=list)
    adds_to: Mapped[bool] = mapped_column(Boolean, default=False)
    outside_agreement: Mapped[bool] = mapped_column(Boolean, default=False)
    vague_counts: Mapped[list[Any]] = mapped_column(JSON, default=list)
    acled_event_type: Mapped[str | None] = mapped_column(String(60))
    acled_sub_event_type: Mapped[str | None] = mapped_column(String(60))
    predicate: Mapped[str] = mapped_column(String(80), default="")
    evidence: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class ClaimRow(Base):
    __tablename__ = "claims"

    id: Mapped[str] = mapped_column(String(240), primary_key=True)
    doc_id: Mapped[str] = _doc_fk()
    speaker: Mapped[str | None] = mapped_column(String(200))
    channel: Mapped[str | None] = mapped_column(String(200))
    date: Mapped[Any] = mapped_column(JSON, nullable=True)
    quote: Mapped[str] = mapped_column(Text, default="")
    stance: Mapped[str] = mapped_column(String(20), default="assert")
    events: Mapped[list[Any]] = mapped_column(JSON, default=list)
    evidence: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class AgreementRow(Base):
    """Agreement definitions assessed against this database, so later commands can use them."""

    __tablename__ = "agreements"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    definition: Mapped[dict[str, Any]] = mapped_column(JSON)
    source: Mapped[str] = mapped_column(Text)
    added_at: Mapped[datetime] = mapped_column(DateTime)
