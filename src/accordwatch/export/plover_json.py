"""PLOVER event records as JSON (a list of events), in the PLOVER specification's fields.

Field names follow PLOVER as the gold PLOVER records and the interchange format write them (`id`,
`date`, `event`, `mode`, `context`, `actor`, `recipient`, `text`); actors and recipients are lists
(PLOVER's compound actors) of their names, countries and kinds; `location` is the gazetteer's place;
`source` is the document and `evidence` the offsets of the words the event was read from, so each
record keeps its provenance. A negated event ("did not attack") is not an event and is left out.
"""

from __future__ import annotations

from typing import Any, TextIO

from accordwatch.export.interchange import ExportInput, ExportStream, as_stream, exporter
from accordwatch.export.json_parts import JsonParts
from accordwatch.export.selection import EventRow, event_rows
from accordwatch.model import Actor

FIELDS = (
    "id", "date", "date_precision", "event", "mode", "context", "actor", "recipient", "location",
    "modality", "dead", "injured", "size", "arrested", "prisoners", "reported_by", "contested",
    "text", "evidence", "source", "review",
)
ACTOR_FIELDS = ("id", "name", "country", "kind", "affiliation")
LOCATION_FIELDS = ("place_id", "name", "kind", "country", "admin1", "admin2", "lat", "lon")
SOURCE_FIELDS = ("doc_id", "title", "url", "outlet", "published")


def _actor(actor_id: str, table: dict[str, Actor]) -> dict[str, Any]:
    actor = table.get(actor_id)
    if actor is None:
        return {"id": actor_id, "name": actor_id, "country": None, "kind": None, "affiliation": None}
    return {"id": actor.id, "name": actor.name, "country": actor.country, "kind": actor.kind,
            "affiliation": actor.affiliation}


def plover_event(row: EventRow, table: dict[str, Actor]) -> dict[str, Any]:
    event, location = row.event, row.location
    provenance = row.provenance()
    return {
        "id": event.id,
        "date": row.day.to_json() if row.day else None,
        # day | month | year | range, and whether the day is the report's ("publication")
        "date_precision": row.day.granularity if row.day else None,
        "event": event.category, "mode": event.mode,
        "context": [],  # PLOVER's contexts are not coded by the extraction
        "actor": [_actor(i, table) for i in event.actors],
        "recipient": [_actor(i, table) for i in event.recipients],
        "location": None if location is None else {
            "place_id": location.place_id, "name": location.name, "kind": location.kind,
            "country": location.iso3, "admin1": location.admin1, "admin2": location.admin2,
            "lat": location.lat, "lon": location.lon},
        "modality": event.modality, "dead": event.dead, "injured": event.injured, "size": event.size,
        "arrested": event.arrested, "prisoners": event.prisoners,
        "reported_by": [_actor(i, table) for i in event.reported_by], "contested": event.contested,
        "text": (provenance["sentence"] or provenance["text"]).strip(),
        "evidence": {k: provenance[k] for k in ("start", "end", "text", "sentence_start", "also_told_in")}
        | {"date_basis": event.date_basis or ("publication" if event.date is None and row.day else None)},
        "source": {k: provenance[k] for k in SOURCE_FIELDS},
        "review": event.review,  # a reviewer's decision in force; None: as the machine read it
    }


@exporter("plover-json")
def write_plover_json(data: ExportInput | ExportStream, handle: TextIO) -> None:
    with JsonParts(["events"], depth=1) as parts:
        for batch in as_stream(data).batches:
            table = batch.actor_table()
            parts.add("events", (plover_event(row, table) for row in event_rows(batch) if not row.event.negated))
        parts["events"].write(handle)
    handle.write("\n")
