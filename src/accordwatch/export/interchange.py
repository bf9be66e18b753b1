"""The interchange JSON of ../shared/gold/FORMAT.md, for everything in the database."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TextIO

from accordwatch.assess import Assessment
from accordwatch.export.json_parts import JsonParts
from accordwatch.kb import KnowledgeBase
from accordwatch.model import Actor, Document, Event, Place
from accordwatch.store.records import StoredRecords

# an exporter writes to a text stream, or (a format of several files) into a folder it is given
Exporter = Callable[["ExportInput", Any], None]
EXPORTERS: dict[str, Exporter] = {}
FOLDER_FORMATS: set[str] = set()


def exporter(name: str, *, folder: bool = False) -> Callable[[Exporter], Exporter]:
    def register(fn: Exporter) -> Exporter:
        EXPORTERS[name] = fn
        if folder:
            FOLDER_FORMATS.add(name)
        return fn

    return register


class ExportInput:
    """Documents with their records, the knowledge base and an assessment: a whole export, or one
    batch of a stream of them."""

    def __init__(self, documents: list[Document], records: StoredRecords, kb: KnowledgeBase,
                 assessment: Assessment | None = None) -> None:
        self.documents = documents
        self.records = records
        self.kb = kb
        self.assessment = assessment

    def actor_table(self) -> dict[str, Actor]:
        table = dict(self.kb.actors)
        table.update({a.id: a for a in self.records.actors})
        return table


@dataclass(slots=True)
class ExportStream:
    """An export read a batch of documents at a time: the knowledge base and the assessment once,
    the batches (each with every stored actor) as they are read."""

    kb: KnowledgeBase
    assessment: Assessment | None
    batches: Iterable[ExportInput]


def as_stream(data: ExportInput | ExportStream) -> ExportStream:
    return data if isinstance(data, ExportStream) else ExportStream(data.kb, data.assessment, [data])


def told_in_json(event: Event) -> list[dict[str, Any]]:
    """The other sentences an event is told in, each with its document (a reviewer's merge brings
    in another report's)."""
    return [{"doc_id": x.doc_id, **x.to_json()} for x in event.more_evidence]


def _event_json(event: Event) -> dict[str, Any]:
    return {
        "id": event.id, "doc_id": event.doc_id, "event": event.category, "mode": event.mode,
        "actor": event.actors, "recipient": event.recipients,
        "date": event.date.to_json() if event.date else None, "date_basis": event.date_basis,
        "place": event.place, "dead": event.dead, "injured": event.injured, "size": event.size,
        "arrested": event.arrested,
        "prisoners": event.prisoners, "modality": event.modality, "historical": event.historical,
        "reported_by": event.reported_by, "contested": event.contested,
        "contested_with": event.contested_with, "cumulative": event.cumulative,
        "outside_agreement": event.outside_agreement, "negated": event.negated,
        "acled_event_type": event.acled_event_type,
        "acled_sub_event_type": event.acled_sub_event_type, "predicate": event.predicate,
        "evidence": event.evidence.to_json(),
        "also_told_in": told_in_json(event),
        # a reviewer's decision in force (absent: as the machine read it)
        **({"review": event.review} if event.review else {}),
    }


def used_actor_ids(records: StoredRecords, actors: dict[str, Actor]) -> set[str]:
    """The actors RECORDS name, and their affiliations up the chain (a person resolves to an organisation)."""
    used: set[str] = {m.actor for m in records.mentions if m.actor}
    for event in records.events:
        used |= set(event.actors) | set(event.recipients) | set(event.reported_by)
    for claim in records.claims:
        if claim.speaker:
            used.add(claim.speaker)
        if claim.channel and claim.channel in actors:
            used.add(claim.channel)
    for actor_id in list(used):
        current = actors.get(actor_id)
        while current is not None and current.affiliation and current.affiliation not in used:
            used.add(current.affiliation)
            current = actors.get(current.affiliation)
    return used


def used_place_ids(records: StoredRecords) -> set[str]:
    return {m.place for m in records.mentions if m.place} | {e.place for e in records.events if e.place}


def document_json(d: Document) -> dict[str, Any]:
    return {"id": d.id, "published": d.published.isoformat() if d.published else None,
            "published_from": d.published_from, "title": d.title, "source": d.url or d.source,
            "outlet": d.outlet, "warnings": d.warnings,
            "boilerplate": [[a, b] for a, b in d.spans_of("boilerplate")],
            # a syndicated copy: the same text as copy_of, whose records are the only ones kept
            **({"copy_of": d.copy_of} if d.copy_of else {}),
            # a near-duplicate of the story's first document: one source with it in the ledger
            **({"story_of": d.story_of} if d.story_of else {})}


def actors_json(used: set[str], actors: dict[str, Actor]) -> list[dict[str, Any]]:
    # `affiliation` is a person's organisation (a person counts for it); an organisation's parent
    # is `part_of`, which does not make a ministry's act its government's in a scorer's eyes
    return [{"id": a.id, "name": a.name, "kind": a.kind, "aliases": a.aliases,
             "affiliation": a.affiliation if a.kind == "person" else None,
             "part_of": a.affiliation if a.kind != "person" else None, "country": a.country, "role": a.role}
            for a in (actors[i] for i in sorted(used) if i in actors)]


def places_json(used: set[str], places: dict[str, Place]) -> list[dict[str, Any]]:
    return [{"id": p.id, "name": p.name, "kind": p.kind, "country": p.country, "admin1": p.admin1,
             "lat": p.lat, "lon": p.lon, "aliases": p.aliases, "code": p.code}
            for p in (places[i] for i in sorted(used) if i in places)]


def record_sections(records: StoredRecords) -> dict[str, list[dict[str, Any]]]:
    """The sections of one document's records (or many documents'), in the export's order."""
    return {
        "mentions": [{"doc_id": m.doc_id, "start": m.start, "end": m.end, "text": m.text,
                      **({"actor": m.actor} if m.actor else {"place": m.place})} for m in records.mentions],
        "times": [{"doc_id": t.doc_id, "start": t.start, "end": t.end, "text": t.text,
                   "value": t.value.to_json() if t.value else None, "rule": t.rule} for t in records.times],
        # numeric counts only: a vague amount ("dozens") has no number to compare
        "quantities": [{"doc_id": q.doc_id, "start": q.start, "end": q.end, "text": q.text, "value": q.value,
                        "unit": q.unit, "of": q.of, "bound": q.bound}
                       for q in records.quantities if q.value is not None],
        "events": [_event_json(e) for e in records.events],
        "claims": [{"id": c.id, "doc_id": c.doc_id, "speaker": c.speaker, "channel": c.channel,
                    "date": c.date.to_json() if c.date else None, "quote": c.quote, "events": c.events,
                    "stance": c.stance, "evidence": c.evidence.to_json(), **({"review": c.review} if c.review else {})}
                   for c in records.claims],
    }


def closing_sections(assessment: Assessment | None, orphaned_reviews: list[dict[str, Any]]) -> dict[str, Any]:
    """The provisions, the orphaned reviews and the agreement: what follows the records."""
    out: dict[str, Any] = {"provisions": [s.to_json() for s in assessment.provisions] if assessment else []}
    if orphaned_reviews:  # reviews whose record re-extraction no longer finds: shown, not applied
        out["orphaned_reviews"] = orphaned_reviews
    if assessment is not None:
        out["agreement"] = {"id": assessment.agreement.id, "title": assessment.agreement.title,
                            "as_of": assessment.as_of.isoformat(),
                            "triggers_fired": {k: v.isoformat() for k, v in assessment.triggers.items()}}
    return out


def interchange(data: ExportInput) -> dict[str, Any]:
    """DATA as one interchange object (the export of a store too large to hold is `write_json`'s)."""
    records, actors = data.records, data.actor_table()
    return {"documents": [document_json(d) for d in data.documents],
            "actors": actors_json(used_actor_ids(records, actors), actors),
            "places": places_json(used_place_ids(records), data.kb.places),
            **record_sections(records), **closing_sections(data.assessment, records.orphaned_reviews)}


@exporter("json")
def write_json(data: ExportInput | ExportStream, handle: TextIO) -> None:
    """The interchange object, written a batch of documents at a time (the same bytes as one
    json.dump of `interchange` with indent 1)."""
    stream = as_stream(data)
    with JsonParts(("documents", "mentions", "times", "quantities", "events", "claims")) as parts:
        used_actors: set[str] = set()
        used_places: set[str] = set()
        orphaned: list[dict[str, Any]] = []
        actors: dict[str, Actor] = dict(stream.kb.actors)
        for batch in stream.batches:
            actors = batch.actor_table()
            used_actors |= used_actor_ids(batch.records, actors)
            used_places |= used_place_ids(batch.records)
            orphaned += batch.records.orphaned_reviews
            parts.add("documents", [document_json(d) for d in batch.documents])
            for name, rows in record_sections(batch.records).items():
                parts.add(name, rows)
        parts.write_object(handle, [
            ("documents", parts["documents"]), ("actors", actors_json(used_actors, actors)),
            ("places", places_json(used_places, stream.kb.places)),
            *[(name, parts[name]) for name in ("mentions", "times", "quantities", "events", "claims")],
            *closing_sections(stream.assessment, orphaned).items()])
    handle.write("\n")
