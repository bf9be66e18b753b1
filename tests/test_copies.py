"""The same text under another id (issue 12, case 5): a syndicated copy is kept with its own
metadata, linked to the document first stored with that text, and read once, so nothing it tells
is counted twice."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accordwatch import pipeline
from accordwatch.cli import app
from accordwatch.export import EXPORTERS, ExportInput
from accordwatch.kb import default_knowledge_base
from accordwatch.settings import load_settings
from accordwatch.store.documents import delete_document, documents
from accordwatch.store.records import load_records

DOHA = Path(__file__).resolve().parents[1] / "examples" / "afghanistan-2020" / "doha-2020.yaml"
TEXT = ("Elders in Khost said the Taliban handed over six captured police officers to the Red Cross "
        "on Wednesday.\n")


def jsonl(write, name: str, *lines: dict) -> object:
    return write(name, "".join(json.dumps(line) + "\n" for line in lines))


@pytest.fixture
def copies(write):
    """The wire's undated report and a newspaper's dated, sourced copy of the same text."""
    return jsonl(write, "feed.jsonl",
                 {"id": "wire-0415", "text": TEXT},
                 {"id": "paper-0415", "text": TEXT, "published": "2020-04-15", "outlet": "Khost Daily",
                  "url": "https://example.org/khost"})


def stored(store):
    with store.session() as session:
        return {d.id: d for d in documents(session)}, load_records(session)


def test_a_copy_is_kept_with_its_metadata_linked_and_read_once(store, copies):
    summary = pipeline.ingest(store, [copies])
    assert (summary.new, summary.copy) == (1, 1)
    with store.session() as session:
        assert [d.id for d in documents(session, pending_only=True)] == ["wire-0415"]
    pipeline.extract(store, load_settings())
    docs, records = stored(store)
    copy = docs["paper-0415"]
    assert copy.copy_of == "wire-0415"
    assert (copy.published, copy.outlet, copy.url) == (date(2020, 4, 15), "Khost Daily", "https://example.org/khost")
    assert records.events and {e.doc_id for e in records.events} == {"wire-0415"}  # one source, not two
    # the undated original takes the copy's day, so its Wednesday is that week's
    assert docs["wire-0415"].published == date(2020, 4, 15)
    assert any(e.date is not None and e.date.first == date(2020, 4, 15) for e in records.events)


def test_the_export_lists_the_copy_with_what_it_copies(store, copies, tmp_path):
    pipeline.ingest(store, [copies])
    pipeline.extract(store, load_settings())
    docs, records = stored(store)
    out = tmp_path / "export.json"
    with out.open("w") as handle:
        EXPORTERS["json"](ExportInput(list(docs.values()), records, default_knowledge_base()), handle)
    listed = {d["id"]: d for d in json.loads(out.read_text())["documents"]}
    assert listed["paper-0415"]["copy_of"] == "wire-0415"
    assert listed["paper-0415"]["outlet"] == "Khost Daily"
    assert "copy_of" not in listed["wire-0415"]


def test_which_copy_arrives_first_does_not_change_the_day(store, write):
    first = jsonl(write, "a.jsonl", {"id": "paper-0415", "text": TEXT, "published": "2020-04-15"})
    second = jsonl(write, "b.jsonl", {"id": "wire-0415", "text": TEXT})
    pipeline.ingest(store, [first])
    pipeline.ingest(store, [second])
    pipeline.extract(store, load_settings())
    docs, records = stored(store)
    assert docs["wire-0415"].copy_of == "paper-0415"
    assert {e.doc_id for e in records.events} == {"paper-0415"}
    assert any(e.date is not None and e.date.first == date(2020, 4, 15) for e in records.events)


def test_a_better_grounded_day_of_a_later_copy_replaces_an_estimated_one(store, write):
    dated_by_header = jsonl(write, "a.jsonl", {"id": "wire", "text": "April 20, 2020\n\n" + TEXT})
    from_metadata = jsonl(write, "b.jsonl", {"id": "paper", "text": "April 20, 2020\n\n" + TEXT,
                                             "published": "2020-04-16"})
    pipeline.ingest(store, [dated_by_header])
    with store.session() as session:
        grounds = documents(session)[0].published_from
    assert grounds not in {None, "metadata"}
    pipeline.ingest(store, [from_metadata])
    docs, _ = stored(store)
    assert (docs["wire"].published, docs["wire"].published_from) == (date(2020, 4, 16), "metadata")


def test_when_the_original_changes_or_goes_its_copy_is_read_in_its_place(store, copies, write):
    pipeline.ingest(store, [copies])
    pipeline.extract(store, load_settings())
    revised = jsonl(write, "revised.jsonl", {"id": "wire-0415", "text": TEXT.replace("six", "seven")})
    assert pipeline.ingest(store, [revised]).updated == 1
    with store.session() as session:
        assert [(d.id, d.copy_of) for d in documents(session, pending_only=True)] == \
            [("paper-0415", None), ("wire-0415", None)]
        delete_document(session, "wire-0415")
    pipeline.extract(store, load_settings())
    docs, records = stored(store)
    assert list(docs) == ["paper-0415"]
    assert {e.doc_id for e in records.events} == {"paper-0415"}


def test_a_report_changed_into_a_copy_of_another_loses_its_old_records(store, write):
    pipeline.ingest(store, [jsonl(write, "a.jsonl", {"id": "first", "text": TEXT},
                                  {"id": "second", "text": "The Taliban released 40 soldiers in Ghazni.\n"})])
    pipeline.extract(store, load_settings())
    pipeline.ingest(store, [jsonl(write, "b.jsonl", {"id": "second", "text": TEXT})])
    docs, records = stored(store)
    assert docs["second"].copy_of == "first"
    assert {e.doc_id for e in records.events} == {"first"}


def test_the_report_says_how_many_reports_are_copies(tmp_path, copies, db_url):
    report = tmp_path / "report.html"
    result = CliRunner(env={"COLUMNS": "2000"}).invoke(
        app, ["--db", db_url, "run", str(copies), "--agreement", str(DOHA), "--report", str(report)])
    assert result.exit_code == 0, result.output
    assert "2 documents (1 syndicated copies, read once)" in result.stdout
    assert "2 reports (1 of them syndicated copies of another, read once)" in report.read_text()
