"""The command line, run for real (typer's CliRunner, and one subprocess) against an SQLite file in tmp_path."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accordwatch.cli import app
from accordwatch.store import open_store
from accordwatch.store.documents import documents, open_failures

DOHA = Path(__file__).resolve().parents[1] / "examples" / "afghanistan-2020" / "doha-2020.yaml"
EXAMPLE = DOHA.parent

GOOD = ("JALALABAD, Afghanistan (April 14, 2020)\n"
        "Provincial officials said on Tuesday that 35 Taliban prisoners were freed from the city jail "
        "after signing pledges not to return to the battlefield.\n")
FIXED = ("KHOST, Afghanistan (April 15, 2020)\n"
         "Elders in Khost said the Taliban handed over six captured police officers to the Red Cross on "
         "Wednesday.\n")


@pytest.fixture
def cli(db_url):
    """Run `accordwatch --db DB_URL ARGS...`; output is not wrapped (a wide terminal)."""
    runner = CliRunner(env={"COLUMNS": "2000"})

    def invoke(*args: str):
        return runner.invoke(app, ["--db", db_url, *map(str, args)])

    return invoke


def stored_ids(db_url: str) -> list[str]:
    store = open_store(db_url)
    try:
        with store.session() as session:
            return [d.id for d in documents(session)]
    finally:
        store.close()


# ------------------------------------------------------------------------------ ingest


def test_ingest_of_a_missing_path_fails_naming_it(cli, tmp_path):
    missing = tmp_path / "reports" / "jalalabad.txt"
    result = cli("ingest", missing)
    assert result.exit_code != 0
    assert f"{missing}: no such file" in result.stderr
    assert "1 failed" in result.stdout


def test_ingest_without_paths_says_what_to_give(cli):
    result = cli("ingest")
    assert result.exit_code != 0
    assert "--retry-failed" in result.stderr


def test_ingest_folder_with_a_bad_file_keeps_the_good_one_and_retry_fixes_it(cli, write, tmp_path, db_url):
    write("in/jalalabad.txt", GOOD)
    empty = write("in/khost.txt", "")

    result = cli("ingest", tmp_path / "in")
    assert result.exit_code != 0
    assert "1 new" in result.stdout
    assert "1 failed" in result.stdout
    assert f"{empty}: empty file" in result.stderr
    assert stored_ids(db_url) == ["jalalabad"]

    empty.write_text(FIXED, encoding="utf-8")
    result = cli("ingest", "--retry-failed")
    assert result.exit_code == 0, result.output
    assert "1 new" in result.stdout
    assert "0 failed" in result.stdout
    assert stored_ids(db_url) == ["jalalabad", "khost"]
    store = open_store(db_url)
    try:
        with store.session() as session:
            assert open_failures(session) == []
    finally:
        store.close()


def test_retry_clears_the_failure_of_a_file_that_is_gone_with_a_note(cli, tmp_path, db_url):
    missing = tmp_path / "reports" / "kunduz.txt"
    assert cli("ingest", missing).exit_code != 0
    result = cli("ingest", "--retry-failed")
    assert result.exit_code == 0, result.output
    assert f"{missing}: no longer exists; its failure is cleared" in result.stderr
    store = open_store(db_url)
    try:
        with store.session() as session:
            assert open_failures(session) == []
    finally:
        store.close()


def test_ingesting_the_same_folder_again_changes_nothing(cli, write, tmp_path):
    write("in/jalalabad.txt", GOOD)
    assert cli("ingest", tmp_path / "in").exit_code == 0
    result = cli("ingest", tmp_path / "in")
    assert result.exit_code == 0
    assert "0 new, 0 updated, 1 unchanged" in result.stdout


def test_failure_is_one_line_when_output_is_redirected(tmp_path, db_url):
    missing = tmp_path / "reports-collected-in-the-northern-provinces-during-the-spring-offensive" / "report.txt"
    env = {k: v for k, v in os.environ.items() if k not in {"COLUMNS", "LINES"}}
    result = subprocess.run([sys.executable, "-m", "accordwatch.cli", "--db", db_url, "ingest", str(missing)],
                            stdin=subprocess.DEVNULL, capture_output=True, text=True, env=env, check=False,
                            timeout=60)
    assert result.returncode != 0
    assert f"failed {missing}: no such file or folder" in result.stderr.splitlines()


# ------------------------------------------------------------------------------ other commands


def test_evaluate_with_a_missing_gold_file_fails_clearly(cli, tmp_path):
    gold = tmp_path / "gold" / "annotations.yaml"
    result = cli("evaluate", gold)
    assert result.exit_code != 0
    assert f"{gold}: no such gold file" in result.stderr


def test_export_with_an_unknown_format_names_the_valid_ones(cli, tmp_path):
    result = cli("export", "--format", "nope", "-o", tmp_path / "out.nope")
    assert result.exit_code != 0
    assert "'nope'" in result.stderr
    assert "json" in result.stderr
    assert not (tmp_path / "out.nope").exists()


def test_assess_without_any_agreement_fails_clearly(cli):
    result = cli("assess")
    assert result.exit_code != 0
    assert "--agreement" in result.stderr


BAD_AGREEMENT = "id: x\ntitle: y\nsigned: 2020-02-29\nparties: []\nprovisions: [{id: p, obligated: p}]\n"


def test_an_invalid_agreement_file_fails_naming_it(cli, tmp_path):
    bad = tmp_path / "bad-agreement.yaml"
    bad.write_text(BAD_AGREEMENT, encoding="utf-8")
    result = cli("assess", "--agreement", bad)
    assert result.exit_code != 0
    assert f"{bad}: " in result.stderr
    assert "Field required" in result.stderr


def test_an_invalid_agreement_file_error_shows_the_field_path(cli, tmp_path):
    bad = tmp_path / "bad-agreement.yaml"
    bad.write_text(BAD_AGREEMENT, encoding="utf-8")
    result = cli("assess", "--agreement", bad)
    assert result.exit_code != 0
    assert "[provisions -> 0 -> text] Field required" in result.stderr


# A small agreement of our own, and the mistakes an author makes in one
RIVER_ACCORD = """id: river-accord
title: River valley ceasefire accord
signed: 2019-03-04
parties:
  - {id: gov, actor: afg_gov}
  - {id: militia, actor: taliban}
provisions:
  - id: free_detainees
    text: The government frees 40 detainees within 20 days
    obligated: gov
    counts: {category: RETREAT, mode: release, actors: [gov], field: prisoners}
    target: {value: 40}
    deadline: {date: 2019-03-24}
  - id: hand_back
    text: The militia hands back 10 soldiers
    obligated: militia
    counts: {category: RETREAT, mode: release, actors: [militia], field: prisoners}
    target: {value: 10}
"""


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ("{date: 2019-03-24}", "{date: 2019-02-30}", "provisions -> 0 -> deadline -> date"),
        ("signed: 2019-03-04", "signed: 2019-02-30", "[signed]"),
        ("{value: 10}", "{value: -5}", "provisions -> 1 -> target"),
        ("{value: 10}", "{value: 0}", "provisions -> 1 -> target"),
        ("id: hand_back", "id: free_detainees", "provisions -> 1 (free_detainees) -> id"),
        ("  - {id: militia, actor: taliban}\n", "  - {id: militia, actor: taliban}\n  - {id: gov, actor: usa_gov}\n",
         "parties -> 2 (gov) -> id"),
        ("{date: 2019-03-24}", "{date: 2019-01-24}", "provisions -> 0 (free_detainees) -> deadline -> date"),
    ],
    ids=["impossible-deadline", "impossible-signing", "negative-target", "zero-target", "duplicate-provision",
         "duplicate-party", "deadline-before-signing"],
)
def test_a_wrong_agreement_is_one_line_naming_file_and_field(cli, tmp_path, old, new, field):
    assert old in RIVER_ACCORD
    bad = tmp_path / "river-accord.yaml"
    bad.write_text(RIVER_ACCORD.replace(old, new, 1), encoding="utf-8")
    result = cli("assess", "--agreement", bad)
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert f"{bad}: " in lines[0]
    assert field in lines[0]


def test_a_level_target_of_zero_is_a_valid_agreement(cli, tmp_path):
    good = tmp_path / "river-accord.yaml"
    good.write_text(RIVER_ACCORD.replace("target: {value: 10}", "target: {value: 0, kind: level}"), encoding="utf-8")
    result = cli("assess", "--agreement", good)
    assert result.exit_code == 0, result.output


def test_run_refuses_an_impossible_date_in_the_folders_agreement_before_reading_reports(cli, write, tmp_path, db_url):
    write("in/river-accord.yaml", RIVER_ACCORD.replace("{date: 2019-03-24}", "{date: 2019-02-30}"))
    write("in/jalalabad.txt", GOOD)
    result = cli("run", tmp_path / "in", "-o", tmp_path / "report.html")
    assert result.exit_code == 1, result.output
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "river-accord.yaml: " in result.stderr and "deadline -> date" in result.stderr
    assert "ingested" not in result.stdout
    assert stored_ids(db_url) == []


# ------------------------------------------------------------------------------ the database and output files


def one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    return lines[0]


def test_a_read_only_database_is_one_line(write, tmp_path, sqlite_url):
    open_store(sqlite_url).close()  # a database at the schema's head
    report = write("in/jalalabad.txt", GOOD)
    read_only = f"sqlite:///file:{tmp_path / 'accordwatch-test.db'}?mode=ro&uri=true"
    result = CliRunner(env={"COLUMNS": "2000"}).invoke(app, ["--db", read_only, "ingest", str(report)])
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    message = one_line(result.stderr)
    assert "accordwatch-test.db" in message and "is read-only" in message


def test_a_database_in_a_missing_folder_is_one_line(tmp_path):
    url = f"sqlite:///{tmp_path / 'no-such-folder' / 'a.db'}"
    result = CliRunner(env={"COLUMNS": "2000"}).invoke(app, ["--db", url, "ingest", "--retry-failed"])
    assert result.exit_code == 1, result.output
    assert "no-such-folder" in one_line(result.stderr)


@pytest.mark.parametrize("command", ["report", "export", "run"])
@pytest.mark.parametrize("where", ["missing-folder", "folder-is-a-file"])
def test_output_into_a_folder_that_cannot_take_it_fails_before_any_work(cli, write, tmp_path, db_url, command, where):
    write("in/jalalabad.txt", GOOD)
    if where == "folder-is-a-file":
        write("out", "a file, not a folder")
    output = tmp_path / "out" / "report.html"
    args = {"report": ["report", "-o", output], "export": ["export", "-o", output],
            "run": ["run", tmp_path / "in", "--report", output]}[command]
    result = cli(*args)
    assert result.exit_code == 1, result.output
    message = one_line(result.stderr)
    assert str(output.parent) in message
    assert "ingested" not in result.stdout and "extracted" not in result.stdout
    assert not (tmp_path / "accordwatch-test.db").exists()  # checked before the database is even made


def test_an_output_file_that_can_be_written_is_not_left_behind_by_the_check(cli, tmp_path):
    output = tmp_path / "report.html"
    assert cli("report", "-o", output).exit_code == 0
    assert output.read_text(encoding="utf-8").startswith("<!")


def test_a_postgresql_url_without_its_driver_says_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as if accordwatch[postgres] were not installed
    url = "postgresql://tracker:s3cret@localhost:5432/accords"
    result = CliRunner(env={"COLUMNS": "2000"}).invoke(app, ["--db", url, "ingest", "--retry-failed"])
    assert result.exit_code == 1, result.output
    message = one_line(result.stderr)
    assert "accordwatch[postgres]" in message and "psycopg" in message
    assert "s3cret" not in message


# ------------------------------------------------------------------------------ end to end (loads spaCy)


REPORT_ONE = (
    "KABUL, Afghanistan (April 16, 2020)\n"
    "The Afghan government freed 98 Taliban prisoners from Bagram prison on Thursday, a spokesman for the "
    "National Security Council said, bringing the number released this month to about 300.\n"
    "The Taliban said the men were not all on the list the group had handed over in Doha.\n"
)
REPORT_TWO = (
    "GHAZNI, Afghanistan (April 18, 2020)\n"
    "Taliban fighters released 12 Afghan soldiers in Ghazni province on Saturday, the group's spokesman said, "
    "describing it as part of the exchange agreed with the United States.\n"
    "Provincial officials said the soldiers had been captured during fighting last year.\n"
)


def test_run_then_export_json_and_html_report(cli, write, tmp_path):
    write("corpus/01_bagram.txt", REPORT_ONE)
    write("corpus/01_bagram.meta.json", json.dumps({"id": "bagram-98", "published": "2020-04-16",
                                                    "outlet": "Example Wire", "title": "Kabul frees 98"}))
    write("corpus/02_ghazni.txt", REPORT_TWO)
    shutil.copy(DOHA, tmp_path / "corpus" / "doha-2020.yaml")
    report = tmp_path / "report.html"

    result = cli("run", tmp_path / "corpus", "--report", report)
    assert result.exit_code == 0, result.output
    assert "2 new" in result.stdout
    assert report.exists()
    html = report.read_text(encoding="utf-8")
    assert "US-Taliban Agreement for Bringing Peace to Afghanistan" in html

    out = tmp_path / "out.json"
    result = cli("export", "--format", "json", "-o", out)
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    by_id = {d["id"]: d for d in data["documents"]}
    assert sorted(by_id) == ["02_ghazni", "bagram-98"]
    assert by_id["bagram-98"]["published"] == "2020-04-16"
    assert by_id["bagram-98"]["outlet"] == "Example Wire"
    assert by_id["02_ghazni"]["published"] == "2020-04-18"
    assert by_id["02_ghazni"]["published_from"] == "dateline"
    assert len(data["provisions"]) == 9
    assert {p["id"] for p in data["provisions"]} >= {"taliban_prisoner_release", "no_attacks_on_us_forces"}
    assert data["agreement"]["id"] == "doha-2020"
    # as of the latest report, unless told otherwise
    assert data["agreement"]["as_of"] == "2020-04-18"
    # every event's evidence points into its document's stored text
    texts = {"bagram-98": REPORT_ONE, "02_ghazni": REPORT_TWO}
    for event in data["events"]:
        evidence = event["evidence"]
        assert texts[event["doc_id"]][evidence["start"]:evidence["end"]] == evidence["text"]


def test_the_same_reports_give_the_same_export_in_every_process(tmp_path):
    # string hashing is seeded per process; nothing read from a report may depend on it
    reports = tmp_path / "reports"
    shutil.copytree(EXAMPLE, reports)
    # a district named like its province, and two acts with a count each: both once read by set order
    (reports / "joint-raid.txt").write_text(
        "KHOST, Afghanistan (May 3, 2020) - A joint patrol killed two gunmen and detained one suspect in Matun "
        "district, Khost province, yesterday, the provincial police said.\n", encoding="utf-8")
    exports = []
    for seed in ("1", "2", "3"):
        db = f"sqlite:///{tmp_path / f'run{seed}.db'}"
        out = tmp_path / f"out{seed}.json"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        for args in (["run", str(reports)], ["export", "--format", "json", "-o", str(out)]):
            subprocess.run([sys.executable, "-m", "accordwatch.cli", "--db", db, *args], env=env, check=True,
                           stdin=subprocess.DEVNULL, capture_output=True, timeout=300)
        exports.append(json.loads(out.read_text(encoding="utf-8")))
    assert exports[0]["events"], "the example gave no events to compare"
    assert exports[0] == exports[1] == exports[2]
