"""`accordwatch export` reads the store a batch of documents at a time: every format is the same
read one document at a time as all at once (the same bytes for the text formats, the same rows
for Parquet), with a review merging a telling of one document into another's event and a review
orphaned by a rewritten report. The reports are our own."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from accordwatch import pipeline
from accordwatch.cli import app
from accordwatch.review import batches as review_batches
from accordwatch.review import record_review, reviewed_records
from accordwatch.settings import load_settings
from accordwatch.store import Store
from report_files import BATCH_REPORTS, merge_first_into_last, write_reports

DOHA = Path(__file__).resolve().parents[2] / "examples" / "afghanistan-2020" / "doha-2020.yaml"
TEXT_FORMATS = ["json", "acled-csv", "plover-json", "geojson"]




@pytest.fixture
def reviewed_store(store: Store, tmp_path: Path) -> Store:
    pipeline.ingest(store, write_reports(tmp_path, BATCH_REPORTS))
    pipeline.extract(store, load_settings())
    merge_first_into_last(store)
    with store.session() as session:
        released = next(e for e in reviewed_records(session).events
                        if e.doc_id == "courier-c" and e.category == "RETREAT")
        record_review(session, reviewer="amina", kind="event", record_id=released.id, action="correct",
                      changes={"prisoners": 110})
    # the outlet rewrites the corrected report: the review's words are gone, so it is orphaned
    pipeline.ingest(store, write_reports(tmp_path, {"courier-c": ("2020-04-13", "Officials in Kabul gave no new "
                                                                        "figures on Sunday.\n")}))
    pipeline.extract(store, load_settings())
    return store


def _export(db_url: str, fmt: str, output: Path, monkeypatch: pytest.MonkeyPatch, batch: int) -> None:
    monkeypatch.setattr(review_batches, "REVIEWED_BATCH", batch)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    result = CliRunner().invoke(app, ["--db", db_url, "export", "-f", fmt, "-a", str(DOHA),
                                      "--as-of", "2020-04-20", "-o", str(output)])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("fmt", TEXT_FORMATS)
def test_a_text_format_is_the_same_read_a_document_at_a_time(reviewed_store: Store, db_url: str, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch, fmt: str) -> None:
    one, whole = tmp_path / f"one.{fmt}", tmp_path / f"whole.{fmt}"
    _export(db_url, fmt, one, monkeypatch, batch=1)
    _export(db_url, fmt, whole, monkeypatch, batch=1000)
    assert one.read_bytes() == whole.read_bytes()


def test_the_json_export_keeps_the_merge_and_the_orphan_across_batches(
        reviewed_store: Store, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _export(db_url, "json", tmp_path / "one.json", monkeypatch, batch=1)
    exported = json.loads((tmp_path / "one.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in exported["documents"]] == sorted(BATCH_REPORTS)
    assert not [e for e in exported["events"] if e["doc_id"] == "agency-a"]  # merged into dispatch-d's
    merged = next(e for e in exported["events"] if e["doc_id"] == "dispatch-d" and e["event"] == "RETREAT")
    assert [x["doc_id"] for x in merged["also_told_in"]] == ["agency-a"]
    assert [(o["doc_id"], o["reason"]) for o in exported["orphaned_reviews"]] == \
           [("courier-c", "no record is read from these words any more")]
    assert {a["id"] for a in exported["actors"]} >= {"taliban"}
    assert exported["agreement"]["as_of"] == "2020-04-20"


def test_parquet_has_the_same_rows_read_a_document_at_a_time(reviewed_store: Store, db_url: str, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    _export(db_url, "parquet", tmp_path / "one", monkeypatch, batch=1)
    _export(db_url, "parquet", tmp_path / "whole", monkeypatch, batch=1000)
    names = sorted(p.name for p in (tmp_path / "whole").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "one").iterdir())
    for name in names:
        one, whole = pq.read_table(tmp_path / "one" / name), pq.read_table(tmp_path / "whole" / name)
        assert one.schema == whole.schema and one.to_pylist() == whole.to_pylist(), name
    assert pq.read_table(tmp_path / "one" / "documents.parquet").num_rows == 4


def test_an_empty_store_exports_empty_lists(store: Store, db_url: str, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    _export(db_url, "json", tmp_path / "empty.json", monkeypatch, batch=1)
    exported = json.loads((tmp_path / "empty.json").read_text(encoding="utf-8"))
    assert exported["documents"] == [] and exported["events"] == [] and exported["provisions"]
    _export(db_url, "plover-json", tmp_path / "empty.plover.json", monkeypatch, batch=1)
    assert json.loads((tmp_path / "empty.plover.json").read_text(encoding="utf-8")) == []
