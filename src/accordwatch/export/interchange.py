"""The interchange JSON of ../shared/gold/FORMAT.md, for everything in the database."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TextIO

from accordwatch.assess import Assessment
from accordwatch.kb import KnowledgeBase
from accordwatch.model import Actor, Document, Event
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
        "also_told_in": [x.to_json() for x in event.more_evidence],
        # a reviewer's decision in force (absent: as the machine read it)
        **({"review": event.review} if event.review else {}),
    }


def interchange(data: ExportInput) -> dict[str, Any]:
    records = data.records
    actors = data.actor_table()
    used_actors: set[str] = set()
    for mention in records.mentions:
        if mention.actor:
            used_actors.add(mention.actor)
    for event in records.events:
        used_actors |= set(event.actors) | set(event.recipients) | set(event.reported_by)
    for claim in records.claims:
        if claim.speaker:
            used_actors.add(claim.speaker)
        if claim.channel and claim.channel in actors:
            used_actors.add(claim.channel)
    for actor_id in list(used_actors):  # affiliations too, so a person resolves to an organisation
        current = actors.get(actor_id)
        while current is not None and current.affiliation and current.affiliation not in used_actors:
            used_actors.add(current.affiliation)
            current = actors.get(current.affiliation)
    used_places = {m.place for m in records.mentions if m.place} | {e.place for e in records.events if e.place}
    places = data.kb.places
    out: dict[str, Any] = {
        "documents": [
            {"id": d.id, "published": d.published.isoformat() if d.published else None,
             "published_from": d.published_from, "title": d.title, "source": d.url or d.source,
             "outlet": d.outlet, "warnings": d.warnings,
             "boilerplate": [[a, b] for a, b in d.spans_of("boilerplate")],
             # a syndicated copy: the same text as copy_of, whose records are the only ones kept
             **({"copy_of": d.copy_of} if d.copy_of else {}),
             # a near-duplicate of the story's first document: one source with it in the ledger
             **({"story_of": d.story_of} if d.story_of else {})}
            for d in data.documents
        ],
        # `affiliation` is a person's organisation (a person counts for it); an organisation's parent
        # is `part_of`, which does not make a ministry's act its government's in a scorer's eyes
        "actors": [
            {"id": a.id, "name": a.name, "kind": a.kind, "aliases": a.aliases,
             "affiliation": a.affiliation if a.kind == "person" else None,
             "part_of": a.affiliation if a.kind != "person" else None, "country": a.country, "role": a.role}
            for a in (actors[i] for i in sorted(used_actors) if i in actors)
        ],
        "places": [
            {"id": p.id, "name": p.name, "kind": p.kind, "country": p.country, "admin1": p.admin1,
             "lat": p.lat, "lon": p.lon, "aliases": p.aliases, "code": p.code}
            for p in (places[i] for i in sorted(used_places) if i in places)
        ],
        "mentions": [
            {"doc_id": m.doc_id, "start": m.start, "end": m.end, "text": m.text,
             **({"actor": m.actor} if m.actor else {"place": m.place})}
            for m in records.mentions
        ],
        "times": [
            {"doc_id": t.doc_id, "start": t.start, "end": t.end, "text": t.text,
             "value": t.value.to_json() if t.value else None, "rule": t.rule}
            for t in records.times
        ],
        # numeric counts only: a vague amount ("dozens") has no number to compare
        "quantities": [
            {"doc_id": q.doc_id, "start": q.start, "end": q.end, "text": q.text, "value": q.value,
             "unit": q.unit, "of": q.of, "bound": q.bound}
            for q in records.quantities if q.value is not None
        ],
        "events": [_event_json(e) for e in records.events],
        "claims": [
            {"id": c.id, "doc_id": c.doc_id, "speaker": c.speaker, "channel": c.channel,
             "date": c.date.to_json() if c.date else None, "quote": c.quote, "events": c.events,
             "stance": c.stance, "evidence": c.evidence.to_json(), **({"review": c.review} if c.review else {})}
            for c in records.claims
        ],
        "provisions": [s.to_json() for s in data.assessment.provisions] if data.assessment else [],
    }
    if records.orphaned_reviews:  # reviews whose record re-extraction no longer finds: shown, not applied
        out["orphaned_reviews"] = records.orphaned_reviews
    if data.assessment is not None:
        out["agreement"] = {"id": data.assessment.agreement.id, "title": data.assessment.agreement.title,
                            "as_of": data.assessment.as_of.isoformat(),
                            "triggers_fired": {k: v.isoformat() for k, v in data.assessment.triggers.items()}}
    return out


@exporter("json")
def write_json(data: ExportInput, handle: TextIO) -> None:
    json.dump(interchange(data), handle, ensure_ascii=False, indent=1)
    handle.write("\n")
