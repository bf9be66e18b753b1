"""Extracted records: a document's extraction is replaced whole, in one transaction."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import and_, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from accordwatch.model import Actor, Claim, DateValue, Event, Evidence, Extraction, Mention, Quantity, TimeExpr
from accordwatch.store.schema import (
    ActorRow,
    Base,
    ClaimRow,
    DocumentRow,
    EventRow,
    MentionRow,
    QuantityRow,
    TimeRow,
)

RECORD_TABLES = (MentionRow, TimeRow, QuantityRow, EventRow, ClaimRow)
# the statements of every save, made once and run on the session's connection: the ORM's bookkeeping
# per statement (and a lookup of the document row) cost more than the statements themselves
_DELETES = [delete(table.__table__).where(table.__table__.c.doc_id == bindparam("doc_id")) for table in RECORD_TABLES]
_MARK_EXTRACTED = (update(DocumentRow.__table__).where(DocumentRow.__table__.c.id == bindparam("doc_id"))
                   .values(extracted_hash=bindparam("hash"), extracted_at=bindparam("at")))


def save_extraction(session: Session, extraction: Extraction, content_hash: str) -> None:
    """Replace what is stored for the document with EXTRACTION (the caller's transaction)."""
    doc_id = extraction.doc_id
    connection = session.connection()
    for statement in _DELETES:
        connection.execute(statement, {"doc_id": doc_id})
    # the document's actors already stored, read by one query (not one lookup, and flush, per actor)
    ids = sorted({actor.id for actor in extraction.actors})
    stored = {row.id: row for row in session.scalars(select(ActorRow).where(ActorRow.id.in_(ids)))} if ids else {}
    for actor in extraction.actors:
        save_actor(session, actor, stored)
    # the records as rows of plain values, inserted table by table in one statement each (an ORM object
    # and a unit-of-work step per record cost more than the insert itself); ids follow the list order
    rows: list[tuple[type[Base], list[dict[str, Any]]]] = [
        (MentionRow, [dict(doc_id=doc_id, start=m.start, end=m.end, text=m.text, actor_id=m.actor, place_id=m.place)
                      for m in extraction.mentions]),
        (TimeRow, [dict(doc_id=doc_id, start=t.start, end=t.end, text=t.text,
                        value=t.value.to_json() if t.value else None, rule=t.rule) for t in extraction.times]),
        (QuantityRow, [dict(doc_id=doc_id, start=q.start, end=q.end, text=q.text, value=q.value, unit=q.unit,
                            of=q.of, bound=q.bound) for q in extraction.quantities]),
        (EventRow, [_event_values(e) for e in extraction.events]),
        (ClaimRow, [dict(id=c.id, doc_id=doc_id, speaker=c.speaker, channel=c.channel,
                         date=c.date.to_json() if c.date else None, quote=c.quote, stance=c.stance,
                         events=c.events, evidence=c.evidence.to_json()) for c in extraction.claims]),
    ]
    session.flush()  # the actors first, as the unit of work did
    for table, values in rows:
        if values:
            connection.execute(insert(table.__table__), values)
    connection.execute(_MARK_EXTRACTED, {"doc_id": doc_id, "hash": content_hash,
                                         "at": datetime.now(UTC).replace(tzinfo=None)})


def save_actor(session: Session, actor: Actor, stored: dict[str, ActorRow] | None = None) -> None:
    """ACTOR added, or its new aliases (and a missing affiliation or role) given to the stored one
    (STORED: the rows already read, by id; new rows join it)."""
    row = stored.get(actor.id) if stored is not None else session.get(ActorRow, actor.id)
    if row is None:
        row = ActorRow(id=actor.id, name=actor.name, kind=actor.kind, aliases=list(actor.aliases),
                       affiliation=actor.affiliation, country=actor.country, role=actor.role)
        session.add(row)
        if stored is not None:
            stored[actor.id] = row
        return
    row.aliases = list(dict.fromkeys([*row.aliases, *actor.aliases]))
    row.affiliation = row.affiliation or actor.affiliation
    row.role = row.role or actor.role


def _event_values(e: Event) -> dict[str, Any]:
    return dict(
        id=e.id, doc_id=e.doc_id, category=e.category, mode=e.mode, actors=e.actors, recipients=e.recipients,
        date=e.date.to_json() if e.date else None, date_basis=e.date_basis, place=e.place, dead=e.dead,
        injured=e.injured, size=e.size,
        arrested=e.arrested, prisoners=e.prisoners, modality=e.modality, historical=e.historical,
        reported_by=e.reported_by, contested=e.contested, cumulative=e.cumulative, negated=e.negated,
        contested_with=e.contested_with, adds_to=e.adds_to, outside_agreement=e.outside_agreement,
        vague_counts=e.vague_counts,
        acled_event_type=e.acled_event_type, acled_sub_event_type=e.acled_sub_event_type,
        predicate=e.predicate,
        evidence={**e.evidence.to_json(), "also": [x.to_json() for x in e.more_evidence]},
    )


def _evidence(doc_id: str, data: dict) -> Evidence:
    return Evidence(doc_id, int(data.get("start", 0)), int(data.get("end", 0)), data.get("text", ""),
                    data.get("sentence", ""), int(data.get("sentence_start", 0)))


@dataclass(slots=True)
class StoredRecords:
    """Everything extracted, as model records, for export, assessment and reports."""

    actors: list[Actor] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    # reviews whose record is gone (re-extraction found nothing at their words): shown, never applied
    orphaned_reviews: list[dict[str, Any]] = field(default_factory=list)


def code_point(session: Session, column: Any) -> Any:
    """COLUMN compared and sorted by code point on every store: a PostgreSQL database's own collation
    would put "A-2" after "a-1" (SQLite compares UTF-8 bytes, which is code-point order already)."""
    return column.collate("C") if session.get_bind().dialect.name == "postgresql" else column


def _in_order(session: Session, table: type[Base], *key: str, where: Any = None) -> list[Any]:
    """TABLE's rows (those WHERE holds) sorted by KEY in Python, by code point: the order is SQLite's on
    every store, not a PostgreSQL database's collation ("a-1" before "A-2" under en-US); the row id
    breaks ties."""
    stmt = select(table) if where is None else select(table).where(where)
    return sorted(session.scalars(stmt), key=lambda row: tuple(getattr(row, k) for k in key))


def load_actors(session: Session, kind: str | None = None) -> list[Actor]:
    """The stored actors (of KIND only, if given) in id order."""
    return [Actor(r.id, r.name, r.kind, list(r.aliases or []), r.affiliation, r.country, r.role)
            for r in _in_order(session, ActorRow, "id", where=None if kind is None else ActorRow.kind == kind)]


def _of(table: Any, doc_ids: set[str] | None) -> Any:
    return None if doc_ids is None else table.doc_id.in_(sorted(doc_ids))


def load_events(session: Session, categories: set[str] | None = None, doc_ids: set[str] | None = None) -> list[Event]:
    """The stored events (of CATEGORIES, of DOC_IDS only, if given) in (document, id) order."""
    conditions = [c for c in (None if categories is None else EventRow.category.in_(sorted(categories)),
                              _of(EventRow, doc_ids)) if c is not None]
    return [
        Event(
            id=r.id, doc_id=r.doc_id, category=r.category, evidence=_evidence(r.doc_id, r.evidence), mode=r.mode,
            actors=list(r.actors or []), recipients=list(r.recipients or []), date=DateValue.from_json(r.date),
            date_basis=r.date_basis, place=r.place, dead=r.dead, injured=r.injured, size=r.size, arrested=r.arrested,
            prisoners=r.prisoners, modality=r.modality, historical=r.historical,  # type: ignore[arg-type]
            reported_by=list(r.reported_by or []), contested=r.contested, cumulative=r.cumulative,
            negated=r.negated, contested_with=list(r.contested_with or []), adds_to=bool(r.adds_to),
            outside_agreement=bool(r.outside_agreement),
            vague_counts=list(r.vague_counts or []), acled_event_type=r.acled_event_type,
            acled_sub_event_type=r.acled_sub_event_type, predicate=r.predicate,
            more_evidence=[_evidence(r.doc_id, x) for x in (r.evidence or {}).get("also", [])],
        )
        for r in _in_order(session, EventRow, "doc_id", "id", where=and_(*conditions) if conditions else None)
    ]


def document_ids_after(session: Session, after: str | None, limit: int, published_by: date | None = None) -> list[str]:
    """At most LIMIT ids of stored documents, in code-point order after AFTER (all: None), by one query
    along the primary key (PUBLISHED_BY: of those published on or before that day, or undated)."""
    key = code_point(session, DocumentRow.id)
    stmt = select(DocumentRow.id).order_by(key).limit(limit)
    if after is not None:
        stmt = stmt.where(key > after)
    if published_by is not None:
        stmt = stmt.where(DocumentRow.published.is_(None) | (DocumentRow.published <= published_by))
    return list(session.scalars(stmt))


def load_records(session: Session, doc_id: str | None = None, *, doc_ids: set[str] | None = None) -> StoredRecords:
    """Every stored record, or (DOC_ID, or DOC_IDS) those documents' records and no actors."""
    records = StoredRecords()
    only = doc_ids if doc_id is None else {doc_id}
    if only is None:
        records.actors = load_actors(session)
    records.mentions = [
        Mention(r.doc_id, r.start, r.end, r.text, r.actor_id, r.place_id)
        for r in _in_order(session, MentionRow, "doc_id", "start", "id", where=_of(MentionRow, only))
    ]
    records.times = [
        TimeExpr(r.doc_id, r.start, r.end, r.text, DateValue.from_json(r.value), r.rule)
        for r in _in_order(session, TimeRow, "doc_id", "start", "id", where=_of(TimeRow, only))
    ]
    records.quantities = [
        Quantity(r.doc_id, r.start, r.end, r.text, r.value, r.unit, r.of, r.bound)  # type: ignore[arg-type]
        for r in _in_order(session, QuantityRow, "doc_id", "start", "id", where=_of(QuantityRow, only))
    ]
    records.events = load_events(session, doc_ids=only)
    records.claims = [
        Claim(id=r.id, doc_id=r.doc_id, speaker=r.speaker, evidence=_evidence(r.doc_id, r.evidence),
              channel=r.channel, date=DateValue.from_json(r.date), quote=r.quote, stance=r.stance,
              events=list(r.events or []))
        for r in _in_order(session, ClaimRow, "doc_id", "id", where=_of(ClaimRow, only))
    ]
    return records
