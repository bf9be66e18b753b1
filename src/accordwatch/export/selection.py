"""What an export holds between two days (`--since`, `--until`), and the event rows every format
of events starts from: the event, its document, its day and its place, and where it was read.

An event or claim is dated by its own date, else by its document's publication day; one whose day
is unknown is left out once a bound is given. A document is kept when one of its events or claims
is kept, and with it its mentions, times and quantities.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from accordwatch.export.geography import Location, locate
from accordwatch.export.interchange import ExportInput, told_in_json
from accordwatch.model import DateValue, Document, Event
from accordwatch.store.records import StoredRecords


def day_of(value: DateValue | None, document: Document | None) -> DateValue | None:
    """A record's date, else its document's publication day."""
    if value is not None:
        return value
    return DateValue.day(document.published) if document is not None and document.published else None


def _in_bounds(value: DateValue | None, since: date | None, until: date | None) -> bool:
    if since is None and until is None:
        return True
    if value is None:
        return False
    return (since is None or value.last >= since) and (until is None or value.first <= until)


def between(data: ExportInput, since: date | None, until: date | None) -> ExportInput:
    """DATA restricted to the events and claims dated between SINCE and UNTIL (both included;
    a range or a month is kept when it overlaps them)."""
    if since is None and until is None:
        return data
    by_id = {d.id: d for d in data.documents}
    records = data.records
    events = [e for e in records.events if _in_bounds(day_of(e.date, by_id.get(e.doc_id)), since, until)]
    claims = [c for c in records.claims if _in_bounds(day_of(c.date, by_id.get(c.doc_id)), since, until)]
    kept = {e.doc_id for e in events} | {c.doc_id for c in claims}
    selected = StoredRecords(
        actors=records.actors,
        mentions=[m for m in records.mentions if m.doc_id in kept],
        times=[t for t in records.times if t.doc_id in kept],
        quantities=[q for q in records.quantities if q.doc_id in kept],
        events=events, claims=claims,
    )
    return ExportInput([d for d in data.documents if d.id in kept], selected, data.kb, data.assessment)


@dataclass(slots=True)
class EventRow:
    """An event as the exchange formats see it."""

    event: Event
    document: Document | None
    day: DateValue | None  # its date, else its document's publication day
    location: Location | None

    @property
    def iso3(self) -> str | None:
        return self.location.iso3 if self.location else None

    def provenance(self) -> dict[str, Any]:
        """Where the event was read: the document, the offsets into its stored text, the sentence."""
        document, evidence = self.document, self.event.evidence
        return {
            "doc_id": self.event.doc_id,
            "title": document.title if document else None,
            "url": (document.url or document.source) if document else None,
            "outlet": document.outlet if document else None,
            "published": document.published.isoformat() if document and document.published else None,
            "start": evidence.start, "end": evidence.end, "text": evidence.text,
            "sentence": evidence.sentence, "sentence_start": evidence.sentence_start,
            "also_told_in": told_in_json(self.event),
        }


def event_rows(data: ExportInput) -> list[EventRow]:
    by_id = {d.id: d for d in data.documents}
    return [EventRow(e, by_id.get(e.doc_id), day_of(e.date, by_id.get(e.doc_id)), locate(data.kb, e.place))
            for e in data.records.events]


def precision_of(value: DateValue | None) -> int | None:
    """ACLED's time_precision: 1 a day, 2 a week or a few days, 3 a month or longer."""
    if value is None:
        return None
    if value.granularity == "day":
        return 1
    return 2 if value.granularity == "range" and (value.last - value.first).days < 7 else 3


def representative_day(value: DateValue) -> date:
    """The one day a format of single days gives for a range: its middle (ACLED's convention for a
    week or a month known only as such)."""
    return value.first + (value.last - value.first) / 2
