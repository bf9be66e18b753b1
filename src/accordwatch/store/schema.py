"""The database tables (SQLAlchemy 2 declarative). Alembic migrations are generated against this."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, BigInteger, Boolean, Date, DateTime, ForeignKey, Integer, String, Text
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
    # a near-duplicate (the same wire story lightly edited elsewhere): extracted, but one source with the
    # story's first document in the ledger
    story_of: Mapped[str | None] = mapped_column(String(200), index=True)


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


class StoryBandRow(Base):
    """One band of a document's story signature (syndication.band_keys): documents that share a key
    are candidates for one story, found by an indexed query instead of an index held in memory."""

    __tablename__ = "story_bands"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    doc_id: Mapped[str] = _doc_fk()
    key: Mapped[int] = mapped_column(BigInteger, index=True)


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


class UserRow(Base):
    """A person who reads (viewer), reviews (reviewer) or administers (admin) the workbench."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(20))  # viewer | reviewer | admin
    password_hash: Mapped[str] = mapped_column(Text)  # argon2
    created_at: Mapped[datetime] = mapped_column(DateTime)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)


class ApiTokenRow(Base):
    """A token for scripts: only its SHA-256 is kept, the token itself is shown once."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(Integer, ForeignKey("users.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    label: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)


class ReviewRow(Base):
    """A reviewer's decision on a machine record, kept apart from it so re-extraction cannot erase it.

    It is keyed by what the record was read from (the document, its content hash, the span of the
    sentence and words), not by the record's id, which is a position and changes when extraction does.
    Only the newest review of a target is in force (``superseded_at`` is NULL).
    """

    __tablename__ = "reviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    target_kind: Mapped[str] = mapped_column(String(10))  # event | claim
    doc_id: Mapped[str] = mapped_column(String(200), index=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    anchor_start: Mapped[int] = mapped_column(Integer)  # the words the record was read from
    anchor_end: Mapped[int] = mapped_column(Integer)
    anchor_text: Mapped[str] = mapped_column(Text)
    category: Mapped[str | None] = mapped_column(String(20))  # the machine's, to tell two records of one span
    record_id: Mapped[str | None] = mapped_column(String(240))  # the id when reviewed (a hint, not the key)
    action: Mapped[str] = mapped_column(String(20))  # confirm | correct | reject | merge | split
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # field -> value in force
    merge_into: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # the anchor of the record it joins
    parts: Mapped[list[Any]] = mapped_column(JSON, default=list)  # split: one dict of changes per part
    reviewer: Mapped[str] = mapped_column(String(100))
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    superseded_at: Mapped[datetime | None] = mapped_column(DateTime)


class ReviewLogRow(Base):
    """Who changed what, when: the record as the reviewer found it and as they left it."""

    __tablename__ = "review_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    review_id: Mapped[int] = mapped_column(Integer, index=True)
    target_kind: Mapped[str] = mapped_column(String(10))
    record_id: Mapped[str | None] = mapped_column(String(240))
    doc_id: Mapped[str] = mapped_column(String(200), index=True)
    action: Mapped[str] = mapped_column(String(20))
    reviewer: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(DateTime)
    before: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    after: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
