"""Parquet: one file per table (documents, events, claims, actors, places, quantities, times,
mentions, and provisions when an assessment is given), written with pyarrow into a folder.

Columns are typed (dates as date32, counts as int64, lists as list<string>); a date is kept in the
interchange form (`date`: "2020-04", a range as "from..to") and as its first and last day. Events
and claims keep their provenance: document id, offsets and sentence.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from accordwatch.assess import Assessment
from accordwatch.export.interchange import (
    ExportInput,
    ExportStream,
    actors_json,
    as_stream,
    exporter,
    places_json,
    record_sections,
    told_in_json,
    used_actor_ids,
    used_place_ids,
)
from accordwatch.ingest.syndication import SIGNATURE_KEY
from accordwatch.model import Actor, DateValue, Evidence

TEXT, INT, FLOAT, BOOL, DAY = pa.string(), pa.int64(), pa.float64(), pa.bool_(), pa.date32()
TEXTS = pa.list_(pa.string())
EVIDENCE = [("evidence_start", INT), ("evidence_end", INT), ("evidence_text", TEXT), ("sentence", TEXT),
            ("sentence_start", INT)]
# a reviewer's decision in force (NULL: as the machine read it), and the whole review as JSON
REVIEW = [("reviewed", TEXT), ("reviewer", TEXT), ("review", TEXT)]
DATE = [("date", TEXT), ("date_first", DAY), ("date_last", DAY)]

SCHEMAS: dict[str, pa.Schema] = {
    "documents": pa.schema([("id", TEXT), ("published", DAY), ("published_from", TEXT), ("title", TEXT),
                            ("source", TEXT), ("url", TEXT), ("outlet", TEXT), ("copy_of", TEXT), ("story_of", TEXT),
                            ("warnings", TEXTS), ("metadata", TEXT), ("text", TEXT)]),
    "events": pa.schema([("id", TEXT), ("doc_id", TEXT), ("event", TEXT), ("mode", TEXT), ("actor", TEXTS),
                         ("recipient", TEXTS), *DATE, ("date_basis", TEXT), ("place", TEXT), ("dead", INT),
                         ("injured", INT), ("size", INT), ("arrested", INT), ("prisoners", INT),
                         ("modality", TEXT), ("historical", BOOL), ("reported_by", TEXTS), ("contested", BOOL),
                         ("contested_with", TEXTS), ("cumulative", BOOL), ("outside_agreement", BOOL),
                         ("negated", BOOL), ("acled_event_type", TEXT), ("acled_sub_event_type", TEXT),
                         ("predicate", TEXT), *EVIDENCE, ("also_told_in", TEXT), *REVIEW]),
    "claims": pa.schema([("id", TEXT), ("doc_id", TEXT), ("speaker", TEXT), ("channel", TEXT), *DATE,
                         ("quote", TEXT), ("events", TEXTS), ("stance", TEXT), *EVIDENCE, *REVIEW]),
    "actors": pa.schema([("id", TEXT), ("name", TEXT), ("kind", TEXT), ("aliases", TEXTS),
                         ("affiliation", TEXT), ("part_of", TEXT), ("country", TEXT), ("role", TEXT)]),
    "places": pa.schema([("id", TEXT), ("name", TEXT), ("kind", TEXT), ("country", TEXT), ("admin1", TEXT),
                         ("lat", FLOAT), ("lon", FLOAT), ("aliases", TEXTS), ("code", TEXT)]),
    "quantities": pa.schema([("doc_id", TEXT), ("start", INT), ("end", INT), ("text", TEXT), ("value", INT),
                             ("unit", TEXT), ("of", TEXT), ("bound", TEXT)]),
    "times": pa.schema([("doc_id", TEXT), ("start", INT), ("end", INT), ("text", TEXT), ("value", TEXT),
                        ("value_first", DAY), ("value_last", DAY), ("rule", TEXT)]),
    "mentions": pa.schema([("doc_id", TEXT), ("start", INT), ("end", INT), ("text", TEXT), ("actor", TEXT),
                           ("place", TEXT)]),
    "provisions": pa.schema([("id", TEXT), ("text", TEXT), ("target", INT), ("reported_done", INT),
                             ("status", TEXT), ("disputed", BOOL), ("deadline", DAY), ("days_late", INT),
                             ("as_of", DAY), ("events", TEXTS), ("band_low", INT), ("band_high", INT),
                             ("detail", TEXT)]),
}


def _date(value: DateValue | None) -> dict[str, Any]:
    return {"date": str(value) if value else None, "date_first": value.first if value else None,
            "date_last": value.last if value else None}


def _evidence(evidence: Evidence) -> dict[str, Any]:
    return {"evidence_start": evidence.start, "evidence_end": evidence.end, "evidence_text": evidence.text,
            "sentence": evidence.sentence, "sentence_start": evidence.sentence_start}


def _review(review: dict[str, Any] | None) -> dict[str, Any]:
    if not review:
        return {"reviewed": None, "reviewer": None, "review": None}
    return {"reviewed": review.get("action"), "reviewer": review.get("reviewer"),
            "review": json.dumps(review, ensure_ascii=False)}


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def batch_tables(data: ExportInput) -> dict[str, list[dict[str, Any]]]:
    """The rows one batch of documents gives each table of records (not actors, places, provisions)."""
    records = data.records
    return {
        "documents": [
            {"id": d.id, "published": d.published, "published_from": d.published_from, "title": d.title,
             "source": d.source, "url": d.url, "outlet": d.outlet, "copy_of": d.copy_of, "story_of": d.story_of,
             "warnings": list(d.warnings),
             # the story signature is the index's, not the document's metadata
             "metadata": json.dumps({k: v for k, v in d.metadata.items() if k != SIGNATURE_KEY},
                                    ensure_ascii=False, default=str),
             "text": d.text}
            for d in data.documents],
        "events": [
            {"id": e.id, "doc_id": e.doc_id, "event": e.category, "mode": e.mode, "actor": e.actors,
             "recipient": e.recipients, **_date(e.date), "date_basis": e.date_basis, "place": e.place,
             "dead": e.dead, "injured": e.injured, "size": e.size, "arrested": e.arrested,
             "prisoners": e.prisoners, "modality": e.modality, "historical": e.historical,
             "reported_by": e.reported_by, "contested": e.contested, "contested_with": e.contested_with,
             "cumulative": e.cumulative, "outside_agreement": e.outside_agreement, "negated": e.negated,
             "acled_event_type": e.acled_event_type, "acled_sub_event_type": e.acled_sub_event_type,
             "predicate": e.predicate, **_evidence(e.evidence),
             "also_told_in": json.dumps(told_in_json(e), ensure_ascii=False),
             **_review(e.review)}
            for e in records.events],
        "claims": [
            {"id": c.id, "doc_id": c.doc_id, "speaker": c.speaker, "channel": c.channel, **_date(c.date),
             "quote": c.quote, "events": c.events, "stance": c.stance, **_evidence(c.evidence),
             **_review(c.review)}
            for c in records.claims],
        "quantities": record_sections(records)["quantities"],
        "times": [
            {"doc_id": t.doc_id, "start": t.start, "end": t.end, "text": t.text,
             "value": str(t.value) if t.value else None, "value_first": t.value.first if t.value else None,
             "value_last": t.value.last if t.value else None, "rule": t.rule}
            for t in records.times],
        "mentions": [{"doc_id": m.doc_id, "start": m.start, "end": m.end, "text": m.text, "actor": m.actor,
                      "place": m.place} for m in records.mentions],
    }


def provision_rows(assessment: Assessment) -> list[dict[str, Any]]:
    rows = []
    for status in assessment.provisions:
        detail = status.to_json()
        band = detail.get("band") or [None, None]
        rows.append({
            "id": detail["id"], "text": detail["text"], "target": detail["target"],
            "reported_done": detail["reported_done"], "status": detail["status"],
            "disputed": detail["disputed"], "deadline": _day(detail["deadline"]),
            "days_late": detail["days_late"], "as_of": _day(detail["as_of"]), "events": detail["events"],
            "band_low": band[0], "band_high": band[-1],
            "detail": json.dumps(detail, ensure_ascii=False, default=str)})
    return rows


class _Tables:
    """One Parquet file per table in a folder, written a batch of rows at a time (a row group each)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.writers: dict[str, pq.ParquetWriter] = {}

    def add(self, name: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        schema = SCHEMAS[name]
        if name not in self.writers:
            self.writers[name] = pq.ParquetWriter(self.folder / f"{name}.parquet", schema)
        self.writers[name].write_table(pa.Table.from_pylist([{k: row.get(k) for k in schema.names} for row in rows],
                                                            schema=schema))

    def close(self, names: set[str]) -> None:
        """Close every file, and write an empty file for each table of NAMES that had no row."""
        for writer in self.writers.values():
            writer.close()
        for name in names - set(self.writers):
            pq.write_table(SCHEMAS[name].empty_table(), self.folder / f"{name}.parquet")


@exporter("parquet", folder=True)
def write_parquet(data: ExportInput | ExportStream, folder: Path) -> None:
    stream = as_stream(data)
    folder.mkdir(parents=True, exist_ok=True)
    written = set(SCHEMAS) - ({"provisions"} if stream.assessment is None else set())
    for name in set(SCHEMAS) - written:  # a table of an earlier export that this one has not
        (folder / f"{name}.parquet").unlink(missing_ok=True)
    out = _Tables(folder)
    used_actors: set[str] = set()
    used_places: set[str] = set()
    actors: dict[str, Actor] = dict(stream.kb.actors)
    try:
        for batch in stream.batches:
            actors = batch.actor_table()
            used_actors |= used_actor_ids(batch.records, actors)
            used_places |= used_place_ids(batch.records)
            for name, rows in batch_tables(batch).items():
                out.add(name, rows)
        out.add("actors", actors_json(used_actors, actors))
        out.add("places", places_json(used_places, stream.kb.places))
        if stream.assessment is not None:
            out.add("provisions", provision_rows(stream.assessment))
    finally:
        out.close(written)

