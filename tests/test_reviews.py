"""Reviews: a person's confirmations and corrections are kept apart from the machine's records, survive
`extract --all` and a changed text, come before the machine's values in the ledger, appear in the export
and are logged; the queue puts first what moves a figure. The reports are our own."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accordwatch import pipeline
from accordwatch.agreements import load_agreement
from accordwatch.cli import app
from accordwatch.export import ExportInput, interchange
from accordwatch.kb import default_knowledge_base
from accordwatch.review import ReviewError, record_review, review_log, review_queue, reviewed_records
from accordwatch.settings import load_settings
from accordwatch.store import Store
from accordwatch.store.documents import documents
from report_files import write_reports

ROOT = Path(__file__).resolve().parent.parent
AGREEMENT_FILE = ROOT / "examples" / "afghanistan-2020" / "doha-2020.yaml"
AGREEMENT = load_agreement(AGREEMENT_FILE)
AS_OF = date(2020, 4, 20)
PROVISION = "taliban_prisoner_release"

REPORTS = {
    "wire-one": ("2020-04-10", "The Afghan government freed 100 Taliban prisoners from Bagram prison on Thursday, "
                               "officials in Kabul said.\n"),
    # the same act in other words, which the machine misreads
    "daily-two": ("2020-04-10", "Kabul let 100 Taliban inmates walk out of Bagram on Thursday, a spokesman for "
                                "the government said.\n"),
    "post-three": ("2020-04-14", "The Afghan government released 150 Taliban prisoners on Monday, the national "
                                 "security council said.\n\nIn a separate development, Taliban fighters attacked "
                                 "a checkpoint in Kunduz province on Sunday night.\n"),
}




@pytest.fixture
def read_store(store: Store, tmp_path: Path) -> Store:
    pipeline.ingest(store, write_reports(tmp_path, REPORTS))
    pipeline.extract(store, load_settings())
    return store


def _figure(store: Store) -> tuple[int, tuple[int, int] | None, list[str]]:
    status = next(s for s in pipeline.assess(store, AGREEMENT, AS_OF).provisions if s.provision.id == PROVISION)
    point = status.point
    if point is None:
        return status.reported_done, None, []
    return status.reported_done, point.band, sorted(o.event.id for o in point.sources)


def _event(store: Store, doc_id: str, category: str | None = None):
    with store.session() as session:
        events = [e for e in reviewed_records(session).events if e.doc_id == doc_id]
    return next(e for e in events if category is None or e.category == category)


def _review(store: Store, **options) -> int:
    with store.session() as session:
        return record_review(session, reviewer=options.pop("reviewer", "amina"), **options)


def test_a_correction_changes_the_figure_and_survives_extracting_everything_again(read_store: Store) -> None:
    assert _figure(read_store)[0] == 250
    released = _event(read_store, "post-three", "RETREAT")
    _review(read_store, kind="event", record_id=released.id, action="correct", changes={"prisoners": "180"})
    assert _figure(read_store)[0] == 280
    pipeline.extract(read_store, load_settings(), everything=True)
    assert _figure(read_store)[0] == 280
    corrected = _event(read_store, "post-three", "RETREAT")
    assert corrected.prisoners == 180
    assert corrected.review["action"] == "correct" and corrected.review["reviewer"] == "amina"


def test_a_misread_event_corrected_into_a_release_joins_the_day_and_the_reviewed_figure_stands(
        read_store: Store) -> None:
    misread = _event(read_store, "daily-two")
    assert misread.category != "RETREAT"  # the machine's reading, which the reviewer puts right
    _review(read_store, kind="event", record_id=misread.id, action="correct",
            changes={"category": "retreat", "mode": "release", "actors": "afg_gov", "recipients": ["taliban"],
                     "prisoners": 110})
    done, band, sources = _figure(read_store)
    # 100 and 110 are one reading of Thursday's act: the reviewer's 110 is the figure, not the machine's 100
    assert done == 110 + 150
    assert band == (260, 260)
    assert "daily-two:e001" in sources


def test_a_rejected_event_leaves_every_figure_and_the_export(read_store: Store) -> None:
    released = _event(read_store, "wire-one", "RETREAT")
    _review(read_store, kind="event", record_id=released.id, action="reject", note="told of another prison")
    assert _figure(read_store)[0] == 150
    with read_store.session() as session:
        exported = interchange(ExportInput(documents(session), reviewed_records(session), default_knowledge_base()))
    assert released.id not in {e["id"] for e in exported["events"]}


def test_two_tellings_merged_are_one_source_with_both_sentences(read_store: Store) -> None:
    misread = _event(read_store, "daily-two")
    _review(read_store, kind="event", record_id=misread.id, action="correct",
            changes={"category": "RETREAT", "mode": "release", "actors": "afg_gov", "recipients": "taliban",
                     "prisoners": 100})
    target = _event(read_store, "wire-one", "RETREAT")
    _review(read_store, kind="event", record_id=misread.id, action="merge", merge_into=target.id)
    merged = _event(read_store, "wire-one", "RETREAT")
    assert {e.doc_id for e in merged.more_evidence} == {"daily-two"}
    assert merged.review["merged"] == [misread.id]
    assert _figure(read_store)[2] == ["post-three:e001", "wire-one:e001"]


def test_one_record_split_into_two_acts(read_store: Store) -> None:
    released = _event(read_store, "post-three", "RETREAT")
    _review(read_store, kind="event", record_id=released.id, action="split",
            parts=[{"prisoners": 100, "date": "2020-04-12"}, {"prisoners": 50, "date": "2020-04-13"}])
    with read_store.session() as session:
        parts = [e for e in reviewed_records(session).events if e.doc_id == "post-three" and e.category == "RETREAT"]
    assert [(p.prisoners, str(p.date)) for p in parts] == [(100, "2020-04-12"), (50, "2020-04-13")]
    assert _figure(read_store)[0] == 250


def test_a_review_follows_its_words_into_a_changed_text_and_is_orphaned_when_they_are_gone(
        read_store: Store, tmp_path: Path) -> None:
    released = _event(read_store, "wire-one", "RETREAT")
    _review(read_store, kind="event", record_id=released.id, action="correct", changes={"prisoners": 90})
    # the outlet updates its story: a new lead paragraph moves every offset
    updated = {"wire-one": ("2020-04-10", "UPDATED with the council's statement.\n\n" + REPORTS["wire-one"][1])}
    pipeline.ingest(read_store, write_reports(tmp_path, updated))
    pipeline.extract(read_store, load_settings())
    assert _event(read_store, "wire-one", "RETREAT").prisoners == 90
    # then rewrites it: the sentence the review was made on is no longer there
    rewritten = {"wire-one": ("2020-04-10", "Officials in Kabul gave no figures on Thursday.\n")}
    pipeline.ingest(read_store, write_reports(tmp_path, rewritten))
    pipeline.extract(read_store, load_settings())
    with read_store.session() as session:
        records = reviewed_records(session)
        exported = interchange(ExportInput(documents(session), records, default_knowledge_base()))
    assert [o["doc_id"] for o in exported["orphaned_reviews"]] == ["wire-one"]
    assert exported["orphaned_reviews"][0]["reason"] == "no record is read from these words any more"


def test_the_log_keeps_who_when_before_and_after_and_only_the_newest_review_is_in_force(read_store: Store) -> None:
    released = _event(read_store, "post-three", "RETREAT")
    _review(read_store, kind="event", record_id=released.id, action="correct", changes={"prisoners": 180})
    _review(read_store, kind="event", record_id=released.id, action="correct", changes={"date": "2020-04-12"},
            reviewer="bilal")
    after = _event(read_store, "post-three", "RETREAT")
    assert (after.prisoners, str(after.date), after.review["reviewer"]) == (180, "2020-04-12", "bilal")
    with read_store.session() as session:
        log = review_log(session, doc_id="post-three")
    assert [(e["reviewer"], e["action"]) for e in log] == [("bilal", "correct"), ("amina", "correct")]
    assert (log[1]["before"]["prisoners"], log[1]["after"]["prisoners"]) == (150, 180)
    assert (log[0]["before"]["date"], log[0]["after"]["date"]) == ("2020-04-13", "2020-04-12")


@pytest.mark.parametrize(("changes", "message"), [
    ({"prisonrs": 5}, "prisonrs: not a field a reviewer can change"),
    ({"prisoners": "many"}, "prisoners: 'many' is not a whole number"),
    ({"prisoners": -3}, "prisoners: -3 is below zero"),
    ({"date": "13/04/2020"}, "date: '13/04/2020' is not a date"),
    ({"category": "HUG"}, "category: 'HUG' is not one of"),
    ({"modality": "rumoured"}, "modality: 'rumoured' is not one of"),
])
def test_a_bad_correction_is_refused_with_one_line_naming_the_field(read_store: Store, changes, message) -> None:
    released = _event(read_store, "post-three", "RETREAT")
    with pytest.raises(ReviewError, match=message.replace("(", r"\(")) as refused:
        _review(read_store, kind="event", record_id=released.id, action="correct", changes=changes)
    assert "\n" not in str(refused.value)
    assert _figure(read_store)[0] == 250


def test_the_queue_puts_what_moves_a_figure_first_and_drops_what_was_reviewed(read_store: Store) -> None:
    assessment = pipeline.assess(read_store, AGREEMENT, AS_OF)
    with read_store.session() as session:
        queue = review_queue(session, assessment)
    first_two = {item.record_id for item in queue[:2]}
    assert first_two == {"wire-one:e001", "post-three:e001"}
    assert all("moves the figure of taliban_prisoner_release" in item.reasons[0] for item in queue[:2])
    _review(read_store, kind="event", record_id="wire-one:e001", action="confirm")
    with read_store.session() as session:
        assert "wire-one:e001" not in {item.record_id for item in review_queue(session, assessment)}


def test_the_command_line_reviews_and_the_export_marks_the_reviewed_figure(read_store: Store, db_url: str,
                                                                          tmp_path: Path) -> None:
    runner = CliRunner(env={"COLUMNS": "2000"})

    def cli(*args: str):
        return runner.invoke(app, ["--db", db_url, *args])

    corrected = cli("review", "correct", "post-three:e001", "--set", "prisoners=170", "--by", "amina")
    assert corrected.exit_code == 0, corrected.output
    refused = cli("review", "correct", "post-three:e001", "--set", "prisoners=lots", "--by", "amina")
    assert refused.exit_code == 1 and "prisoners: 'lots' is not a whole number" in refused.output
    missing = cli("review", "confirm", "post-three:e099", "--by", "amina")
    assert missing.exit_code == 1 and "post-three:e099: no such event" in missing.output
    assert "post-three:e001" in cli("review", "log").output
    out = tmp_path / "out.json"
    assert cli("export", "-a", str(AGREEMENT_FILE), "--as-of", AS_OF.isoformat(), "-o", str(out)).exit_code == 0
    exported = json.loads(out.read_text(encoding="utf-8"))
    provision = next(p for p in exported["provisions"] if p["id"] == PROVISION)
    assert provision["reported_done"] == 270
    assert {s["event"]: s.get("reviewed") for s in provision["sources"]} == \
        {"wire-one:e001": None, "post-three:e001": "correct"}
    event = next(e for e in exported["events"] if e["id"] == "post-three:e001")
    assert event["review"]["changes"] == {"prisoners": 170}


def test_every_exchange_format_marks_the_reviewed_event(read_store: Store, db_url: str, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    _review(read_store, kind="event", record_id="post-three:e001", action="correct", changes={"prisoners": 170},
            reviewer="bilal")
    runner = CliRunner(env={"COLUMNS": "2000"})

    def export(fmt: str) -> Path:
        out = tmp_path / fmt
        result = runner.invoke(app, ["--db", db_url, "export", "--format", fmt, "-o", str(out)])
        assert result.exit_code == 0, result.output
        return out

    plover = json.loads(export("plover-json").read_text(encoding="utf-8"))
    assert next(r for r in plover if r["id"] == "post-three:e001")["review"]["reviewer"] == "bilal"
    events = pq.read_table(export("parquet") / "events.parquet").to_pylist()
    row = next(r for r in events if r["id"] == "post-three:e001")
    assert (row["reviewed"], row["reviewer"], row["prisoners"]) == ("correct", "bilal", 170)
    assert all(r["reviewed"] is None for r in events if r["id"] != "post-three:e001")
    rows = export("acled-csv").read_text(encoding="utf-8").splitlines()
    assert all("reviewed=correct by bilal" in line for line in rows if "post-three:e001" in line)
