"""The HTML report is written a batch of documents at a time: the page is the same whatever the batch,
reviews that reach across documents (a merge) are applied in every batch they touch, and a report
that fails halfway leaves the one before it. The reports are our own."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from accordwatch import pipeline
from accordwatch.agreements import load_agreement
from accordwatch.report import write_report
from accordwatch.settings import load_settings
from accordwatch.store import Store
from report_files import BATCH_REPORTS, merge_first_into_last, write_reports

ROOT = Path(__file__).resolve().parent.parent
AGREEMENT = load_agreement(ROOT / "examples" / "afghanistan-2020" / "doha-2020.yaml")
AS_OF = date(2020, 4, 20)

@pytest.fixture
def read_store(store: Store, tmp_path: Path) -> Store:
    pipeline.ingest(store, write_reports(tmp_path, BATCH_REPORTS))
    pipeline.extract(store, load_settings())
    return store


def test_the_page_is_the_same_read_one_document_at_a_time_or_all_at_once(read_store: Store, tmp_path: Path) -> None:
    merged_away = merge_first_into_last(read_store)
    assessment = pipeline.assess(read_store, AGREEMENT, AS_OF)
    one, whole = tmp_path / "one.html", tmp_path / "whole.html"
    counts_one = write_report(read_store, assessment, one, batch=1)
    counts_whole = write_report(read_store, assessment, whole, batch=1000)
    assert one.read_bytes() == whole.read_bytes()
    assert (counts_one.documents, counts_one.events, counts_one.claims) == \
           (counts_whole.documents, counts_whole.events, counts_whole.claims)
    assert counts_whole.documents == 4
    page = whole.read_text(encoding="utf-8")
    # the merged telling is no row of its own, and its sentence is the target's second
    assert f'id="ev-{merged_away}"' not in page
    assert f"Events ({counts_whole.events})" in page
    assert "Pul-e-Charkhi" in page


def test_the_contested_account_is_found_in_its_batch(read_store: Store, tmp_path: Path) -> None:
    counts = write_report(read_store, None, tmp_path / "r.html", batch=1)
    assert counts.contests == 1
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "denied" in page.split('<h2 id="events">')[0]  # in the contested section, before the rows


def test_counting_alone_writes_nothing(read_store: Store, tmp_path: Path) -> None:
    counts = write_report(read_store, None, None)
    assert counts.documents == 4 and counts.events >= 4
    assert list(tmp_path.glob("*.html")) == []


def test_a_report_that_fails_halfway_leaves_the_one_before(read_store: Store, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    output = tmp_path / "report.html"
    output.write_text("<!doctype html><p>yesterday's report</p>", encoding="utf-8")

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(shutil, "copyfileobj", disk_full)
    with pytest.raises(OSError):
        write_report(read_store, None, output)
    assert output.read_text(encoding="utf-8") == "<!doctype html><p>yesterday's report</p>"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []
