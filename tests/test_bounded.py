"""Bounded memory and incremental work (issue 11): extraction reads the pending documents a batch at a
time, in code-point order of their ids on every store, and a new day's reports cost their own reading,
not the store's: documents already extracted are not read again."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from accordwatch import pipeline
from accordwatch.agreements import load_agreement
from accordwatch.settings import load_settings
from accordwatch.store import documents as stored_documents

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
