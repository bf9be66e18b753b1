"""Bounded memory and incremental work (issue 11): extraction reads the pending documents a batch at a
time, in code-point order of their ids on every store, and a new day's reports cost their own reading,
not the store's: documents already extracted are not read again."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from accordwatch import pipeline
from accordwatch.agreements import load_agreement
from accordwatch.review import batches as event_batches
from accordwatch.review import record_review
from accordwatch.settings import load_settings
from accordwatch.store import documents as stored_documents
from accordwatch.store import records as stored_records

DOHA = Path(__file__).resolve().parents[1] / "examples" / "afghanistan-2020" / "doha-2020.yaml"
REPORT = "{who} said police in Herat detained {n} men suspected of planning an attack on {day}.\n"
# ids whose code-point order differs from a natural-language collation's ("B-2" before "a-1")
IDS = ["a-1", "B-2", "b-3", "A-4", "\u00e9-5", "Z-6", "_-7"]


def feed(write, name: str, ids: list[str]) -> object:
    return write(name, "".join(json.dumps({"id": i, "text": REPORT.format(who=f"Officer {i}", n=k + 2,
                                                                          day="Monday"),
                                           "published": "2020-05-04"}) + "\n" for k, i in enumerate(ids)))


def _reading(monkeypatch) -> list[str]:
    """The ids of the documents the store hands out, in order, from now on."""
    read: list[str] = []
    original = stored_documents.to_document

    def spy(row):
        read.append(row.id)
        return original(row)

    monkeypatch.setattr(stored_documents, "to_document", spy)
    return read


def test_extraction_reads_pending_documents_in_batches_in_code_point_order(store, write, monkeypatch):
    pipeline.ingest(store, [feed(write, "day.jsonl", IDS)])
    monkeypatch.setattr(pipeline, "DOCUMENT_BATCH", 2)
    batches: list[int] = []
    original = stored_documents.documents_after

    def counted(session, after, limit, **kw):
        found = original(session, after, limit, **kw)
        batches.append(len(found))
        return found

    monkeypatch.setattr(stored_documents, "documents_after", counted)
    extracted: list[str] = []
    real = pipeline.extract_document
    monkeypatch.setattr(pipeline, "extract_document",
                        lambda doc, document, *a: (extracted.append(document.id), real(doc, document, *a))[1])
    summary = pipeline.extract(store, load_settings())
    assert summary.extracted == len(IDS)
    assert extracted == sorted(IDS)  # by code point, whatever the database's collation
    assert batches == [2, 2, 2, 1, 0]  # a query per batch, never the whole store


def test_a_new_days_extraction_reads_only_the_new_days_reports(store, write, monkeypatch):
    pipeline.ingest(store, [feed(write, "first.jsonl", IDS)])
    pipeline.extract(store, load_settings())
    pipeline.ingest(store, [feed(write, "second.jsonl", ["new-1", "new-2"])])
    read = _reading(monkeypatch)
    summary = pipeline.extract(store, load_settings())
    assert summary.extracted == 2
    assert read == ["new-1", "new-2"]
    read.clear()
    pipeline.assess(store, load_agreement(DOHA), date(2020, 5, 10))
    assert read == []  # the assessment reads records and days, never a document's text


# releases told in several shapes (active, passive, reported, a running total), each its own report
RELEASES = [
    ("rel-b", "2020-04-08", "The Afghan government freed 100 Taliban prisoners from Bagram prison on Wednesday.\n"),
    ("rel-A", "2020-04-09", "Another 100 Taliban inmates were released by the Afghan government on Thursday, "
                            "officials said.\n"),
    ("rel-c", "2020-04-13", "Officials said the Taliban had freed 20 Afghan soldiers in Kandahar on Sunday.\n"),
    ("rel-\u00e9", "2020-04-20", "The Afghan government has so far released 550 Taliban prisoners, a spokesman "
                                 "for the National Security Council said on Monday.\n"),
    ("rel-_", "2020-04-21", "The Taliban said they had released 40 government captives in Ghazni on Tuesday.\n"),
    ("late-1", "2020-06-02", "The Afghan government freed 900 Taliban prisoners on Monday, officials said.\n"),
]
AS_OF = date(2020, 5, 10)


def _releases(store, write) -> None:
    lines = "".join(json.dumps({"id": i, "text": text, "published": day}) + "\n" for i, day, text in RELEASES)
    pipeline.ingest(store, [write("releases.jsonl", lines)])
    pipeline.extract(store, load_settings())


def _figures(store, monkeypatch, batch: int) -> list[dict]:
    monkeypatch.setattr(pipeline, "ASSESS_BATCH", batch)
    assessment = pipeline.assess(store, load_agreement(DOHA), AS_OF)
    return [assessment.triggers, *(status.to_json() for status in assessment.provisions)]


def test_the_assessment_reads_the_events_a_batch_of_documents_at_a_time_with_the_same_figures(store, write,
                                                                                               monkeypatch):
    _releases(store, write)
    whole = _figures(store, monkeypatch, 200)
    released = {p["id"]: p["reported_done"] for p in whole[1:]}
    assert released["taliban_prisoner_release"] == 550 and released["government_side_prisoner_release"] == 60
    read: list[set[str]] = []
    original = event_batches.load_events
    monkeypatch.setattr(event_batches, "load_events",
                        lambda session, categories=None, doc_ids=None: (read.append(set(doc_ids or ())),
                                                                        original(session, categories, doc_ids))[1])
    assert _figures(store, monkeypatch, 2) == whole
    assert _figures(store, monkeypatch, 1) == whole
    assert read and all(len(ids) <= 2 for ids in read)  # never the store's events at once
    assert not any("late-1" in ids for ids in read)  # published after the as-of day: not even read


def test_reviews_across_batches_give_the_figures_of_one_batch(store, write, monkeypatch):
    _releases(store, write)
    with store.session() as session:
        events = {e.doc_id: e for e in stored_records.load_events(session, {"RETREAT"})}
        # the second day's release told again in the running total's report; the first one rejected
        record_review(session, kind="event", record_id=events["rel-A"].id, action="merge", reviewer="ana",
                      merge_into=events["rel-b"].id)
        record_review(session, kind="event", record_id=events["rel-c"].id, action="correct", reviewer="ana",
                      changes={"prisoners": 25})
    whole = _figures(store, monkeypatch, 200)
    released = {p["id"]: p["reported_done"] for p in whole[1:]}
    assert released["government_side_prisoner_release"] == 65  # the reviewer's 25, then 40
    assert _figures(store, monkeypatch, 1) == whole
