"""The ACLED-style CSV: one row per event ACLED would code, in the codebook's columns and order.

Only events with an ACLED event type, told as fact or alleged (not planned, demanded, denied or
conditional), not negated and not running totals, are rows. Actors become ACLED actors: a person
counts for their organisation (named in assoc_actor), generic collectives are named with the
country ("Civilians (Afghanistan)"); inter codes come from kb.acled_actors. The `notes` say what
the sentence says and where it was read (accordwatch event id, document id, character offsets);
`source` names the outlet and the document.
"""

from __future__ import annotations

import csv
import hashlib
import os
import time
from functools import cache
from importlib import resources
from typing import Any, TextIO

from accordwatch.export.interchange import ExportInput, ExportStream, as_stream, exporter
from accordwatch.export.selection import EventRow, event_rows, precision_of, representative_day
from accordwatch.kb.acled_actors import inter_code, interaction
from accordwatch.model import Actor
from accordwatch.yaml_data import load_yaml

COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)


@cache
def codebook() -> dict[str, Any]:
    path = resources.files("accordwatch.kb") / "data" / "acled_codebook.yaml"
    return load_yaml(path.read_text(encoding="utf-8"))


def disorder_type(event_type: str | None, sub_event_type: str | None) -> str | None:
    book = codebook()
    return book["sub_event_types"].get(sub_event_type) or book["disorder_types"].get(event_type)


def coded(row: EventRow) -> bool:
    """Whether ACLED would code this event."""
    event = row.event
    return bool(event.acled_event_type) and event.modality in codebook()["modalities"] \
        and not event.negated and not event.cumulative


def _export_time() -> int:
    """ACLED's `timestamp` (when the row was written); SOURCE_DATE_EPOCH makes it reproducible."""
    return int(os.environ.get("SOURCE_DATE_EPOCH") or time.time())


def event_id_cnty(row: EventRow) -> str:
    """ACLED's id: the country's letters and a number, here stable for an event whatever is exported."""
    number = int(hashlib.sha1(row.event.id.encode()).hexdigest()[:12], 16) % 10**9
    return f"{row.iso3 or 'XXX'}{number}"


class _Actors:
    """The ACLED names and classes of an event's actors."""

    def __init__(self, data: ExportInput, row: EventRow, table: dict[str, Actor]) -> None:
        self.table = table
        self.kb = data.kb
        self.row = row

    def _name(self, actor: Actor) -> str:
        location = self.row.location
        if actor.id in codebook()["named_with_country"] and location and location.country:
            name = "Rioters" if self._code(actor) == 5 else actor.name
            return f"{name} ({location.country})"
        return actor.name

    def _code(self, actor: Actor) -> int | None:
        return inter_code(actor, self.row.iso3, event_type=self.row.event.acled_event_type, kb=self.kb)

    def sides(self) -> tuple[list[str], list[str]]:
        """The ids of actor1's side and actor2's: the actors and the recipients, or, for an act two
        sides do together that names no recipient, the first actor's side and the others."""
        event = self.row.event
        mutual = event.category in codebook()["mutual_categories"] or bool(
            {event.acled_event_type, event.acled_sub_event_type} & set(codebook()["mutual_acled_types"]))
        if event.recipients or not mutual:
            return event.actors, event.recipients
        first = self.kb.organisation_of(event.actors[0]) if event.actors else None
        ours = [i for i in event.actors if self.kb.organisation_of(i) == first]
        return ours, [i for i in event.actors if i not in ours]

    def side(self, ids: list[str]) -> tuple[str, str, int | None]:
        """(actor, associated actors, inter code) of one side: the first actor, counted for its
        organisation when it is a person, and everyone else on that side."""
        actors = [self.table[i] for i in ids if i in self.table]
        if not actors:
            return "", "", None
        first = actors[0]
        organisation = self.table.get(self.kb.organisation_of(first.id) or "") if first.kind == "person" else None
        lead = organisation or first
        associated = [a.name for a in ([first] if organisation else []) + actors[1:] if a.id != lead.id]
        return self._name(lead), "; ".join(dict.fromkeys(associated)), self._code(lead)


def _notes(row: EventRow, table: dict[str, Actor]) -> str:
    event, evidence = row.event, row.event.evidence
    said = " ".join((evidence.sentence or evidence.text).split())
    parts = [f"On {row.day}, a report said: {said}" if row.day else f"A report said: {said}"]
    if event.modality == "alleged":
        by = ", ".join(table[i].name if i in table else i for i in event.reported_by)
        parts.append(f"Alleged{' by ' + by if by else ''}.")
    if event.contested:
        parts.append("Contested by another account.")
    parts.append(f"[accordwatch event {event.id}; document {event.doc_id}, characters "
                 f"{evidence.start}-{evidence.end}]")
    return " ".join(parts)


def _tags(row: EventRow) -> str:
    event = row.event
    tags = [f"modality={event.modality}"]
    if event.contested:
        tags.append("contested")
    if event.date_basis == "publication" or event.date is None:
        tags.append("date=publication day")
    if "dead" in event.vague_counts:
        tags.append("fatalities=lower bound of a vague count")
    if event.historical:
        tags.append("historical")
    if event.review:
        tags.append(f"reviewed={event.review['action']} by {event.review['reviewer']}")
    return "; ".join(tags)


def _source(row: EventRow) -> str:
    document = row.document
    outlet = (document.outlet or document.title or document.url) if document else None
    return f"{outlet}; document {row.event.doc_id}" if outlet else f"document {row.event.doc_id}"


def _source_scale(data: ExportInput, row: EventRow) -> str:
    """ACLED's source_scale where the knowledge base knows the outlet: National when it is of the
    event's country, International otherwise; empty when the outlet or the place is unknown."""
    outlet = row.document.outlet if row.document else None
    media = {data.kb.actors[i].country for i in data.kb.actors_named(outlet or "")
             if data.kb.actors[i].kind == "media" and data.kb.actors[i].country}
    if len(media) != 1 or not row.iso3:
        return ""
    return "National" if media.pop() == row.iso3 else "International"


def acled_row(data: ExportInput, row: EventRow, timestamp: int, table: dict[str, Actor]) -> dict[str, Any]:
    """ROW in ACLED's columns; TABLE holds every actor by id (data.actor_table(), made once)."""
    event, location = row.event, row.location
    actors = _Actors(data, row, table)
    first_side, second_side = actors.sides()
    actor1, assoc1, inter1 = actors.side(first_side)
    actor2, assoc2, inter2 = actors.side(second_side)
    disorder = disorder_type(event.acled_event_type, event.acled_sub_event_type)
    day = representative_day(row.day) if row.day else None
    targeting = inter2 == 7 and disorder in codebook()["civilian_targeting_in"]
    return {
        "event_id_cnty": event_id_cnty(row), "event_date": day.isoformat() if day else "",
        "year": day.year if day else "", "time_precision": precision_of(row.day) or "",
        "disorder_type": disorder or "", "event_type": event.acled_event_type or "",
        "sub_event_type": event.acled_sub_event_type or "",
        "actor1": actor1, "assoc_actor_1": assoc1, "inter1": inter1 or "",
        "actor2": actor2, "assoc_actor_2": assoc2, "inter2": inter2 or "",
        "interaction": interaction(inter1, inter2) or "",
        "civilian_targeting": "Civilian targeting" if targeting else "",
        "iso": location.iso if location and location.iso is not None else "",
        "region": (location.region or "") if location else "",
        "country": (location.country or "") if location else "",
        "admin1": (location.admin1 or "") if location else "", "admin2": (location.admin2 or "") if location else "",
        "admin3": (location.admin3 or "") if location else "",
        "location": location.name if location else "",
        "latitude": location.lat if location and location.lat is not None else "",
        "longitude": location.lon if location and location.lon is not None else "",
        "geo_precision": (location.geo_precision or "") if location else "",
        "source": _source(row), "source_scale": _source_scale(data, row),
        "notes": _notes(row, actors.table), "fatalities": event.dead or 0, "tags": _tags(row),
        "timestamp": timestamp,
    }


@exporter("acled-csv")
def write_acled_csv(data: ExportInput | ExportStream, handle: TextIO) -> None:
    writer = csv.DictWriter(handle, fieldnames=COLUMNS)
    writer.writeheader()
    timestamp = _export_time()
    for batch in as_stream(data).batches:
        table = batch.actor_table()
        for row in event_rows(batch):
            if coded(row):
                writer.writerow(acled_row(batch, row, timestamp, table))
