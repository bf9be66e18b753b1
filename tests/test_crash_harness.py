"""The crash harness (issue 12): `accordwatch run` on a generated corpus, killed with SIGKILL at
random points (the first while the new database's schema is being made), then run again to the end.
The database must pass SQLite's integrity check, hold every record once (none lost, none doubled)
and export exactly what an uninterrupted run exports.

A few kills here (KILLS, at least 3), so CI stays quick; ACCORDWATCH_CRASH_KILLS=20 (and ACCORDWATCH_CRASH_SEED) make a
longer hunt.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
DOHA = Path(__file__).resolve().parents[1] / "examples" / "afghanistan-2020" / "doha-2020.yaml"
KILLS = int(os.environ.get("ACCORDWATCH_CRASH_KILLS", "4"))
SEED = int(os.environ.get("ACCORDWATCH_CRASH_SEED", "12"))
REPORTS = 24
TABLES = ("documents", "mentions", "times", "quantities", "events", "claims", "actors", "agreements")
# what makes a record itself: a second copy of one is a doubled record
IDENTITY = {"documents": "id", "mentions": "doc_id, start, end", "times": "doc_id, start, end",
            "quantities": "doc_id, start, end, unit", "events": "id", "claims": "id", "actors": "id"}

# reports written for this harness (places, sides and figures varied so each tells something else)
PLACES = ("Ghazni", "Kunduz", "Herat", "Khost", "Farah", "Baghlan", "Kandahar", "Helmand")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
SHAPES = (
    "Prison officials in {place} said on {day} that {n} Taliban inmates had been freed under the deal.",
    "The Taliban handed {m} captured soldiers to elders in {place} on {day}, a spokesman for the group said.",
    "Gunmen attacked a checkpoint in {place} overnight, killing {m} policemen, the governor's office said. "
    "A Taliban spokesman denied that its fighters were involved.",
    "The government said it released {n} more prisoners in {place} on {day}, bringing the number freed "
    "so far to {total}.",
)


def write_corpus(folder: Path, reports: int = REPORTS) -> None:
    folder.mkdir(parents=True)
    total = 0
    for number in range(reports):
        n, m = 20 + 7 * number, 2 + number % 5
        total += n
        day = 10 + number
        body = " ".join(shape.format(place=PLACES[(number + i) % len(PLACES)], day=DAYS[(number + i) % len(DAYS)],
                                     n=n, m=m, total=total) for i, shape in enumerate(SHAPES) if (number + i) % 3)
        (folder / f"report-{number:02d}.txt").write_text(
            f"{PLACES[number % len(PLACES)].upper()}, Afghanistan (April {day}, 2020)\n\n{body}\n", encoding="utf-8")


def command(db: Path, *args: object) -> list[str]:
    return [sys.executable, "-m", "accordwatch.cli", "--db", f"sqlite:///{db}", *map(str, args)]


def environment() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(SRC), "COLUMNS": "200"}


def run_to_the_end(db: Path, corpus: Path, folder: Path) -> None:
    subprocess.run(command(db, "run", corpus, "--agreement", DOHA, "--report", folder / "report.html"),
                   env=environment(), stdin=subprocess.DEVNULL, capture_output=True, check=True, timeout=300)


def _count(db: Path, sql: str) -> int:
    """A count read from the database a run is writing (0 while it cannot be read yet)."""
    try:
        connection = sqlite3.connect(db, timeout=0.05)
        try:
            return int(connection.execute(sql).fetchone()[0])
        finally:
            connection.close()
    except sqlite3.Error:
        return 0


# where a run is killed: as soon as the file appears (its schema being made), or once N documents are
# stored (ingest) or extracted (extraction)
KILL_POINTS = {
    "schema": None,
    "ingest": "SELECT count(*) FROM documents",
    "extract": "SELECT count(extracted_hash) FROM documents",
}


def run_and_kill(db: Path, corpus: Path, folder: Path, phase: str, reached: int = 0) -> bool:
    """Start a run and SIGKILL it at its kill point (KILL_POINTS[PHASE] at least REACHED). False when
    it had finished before that point was seen."""
    process = subprocess.Popen(command(db, "run", corpus, "--agreement", DOHA, "--report", folder / "report.html"),
                               env=environment(), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    sql = KILL_POINTS[phase]
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and process.poll() is None:
        if db.exists() and (sql is None or _count(db, sql) >= reached):
            break
        time.sleep(0.002)
    killed = process.poll() is None
    if killed:
        os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=60)
    return killed


def export(db: Path, out: Path) -> dict:
    subprocess.run(command(db, "export", "--format", "json", "-o", out), env=environment(),
                   stdin=subprocess.DEVNULL, capture_output=True, check=True, timeout=300)
    return json.loads(out.read_text(encoding="utf-8"))


def state_after_kill(db: Path) -> str:
    """Where the killed run was, read from what it left: the integrity check, then the schema version,
    documents stored and extracted."""
    if not db.exists():
        return "no file"
    connection = sqlite3.connect(db)
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "alembic_version" not in tables or "documents" not in tables:
            return f"{integrity}: no schema yet"
        version = connection.execute("SELECT max(version_num) FROM alembic_version").fetchone()[0]
        stored, extracted = connection.execute(
            "SELECT count(*), count(extracted_hash) FROM documents").fetchone()
        return f"{integrity}: schema {version}, {stored} documents, {extracted} extracted"
    finally:
        connection.close()


def inspect(db: Path) -> tuple[str, dict[str, int], dict[str, int], int]:
    """(integrity check, rows per table, doubled records per table, open failures)."""
    connection = sqlite3.connect(db)
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
        rows = {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}
        doubled = {table: connection.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM {table} GROUP BY {key} HAVING count(*) > 1)").fetchone()[0]
            for table, key in IDENTITY.items()}
        failures = connection.execute("SELECT count(*) FROM failures WHERE resolved_at IS NULL").fetchone()[0]
        return integrity, rows, doubled, failures
    finally:
        connection.close()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_runs_killed_at_random_points_leave_a_sound_database_and_the_same_export(tmp_path):
    corpus = tmp_path / "corpus"
    write_corpus(corpus)
    clean_db = tmp_path / "clean.db"
    run_to_the_end(clean_db, corpus, tmp_path)
    expected = export(clean_db, tmp_path / "clean.json")
    integrity, expected_rows, doubled, failures = inspect(clean_db)
    assert integrity == "ok" and not any(doubled.values()) and failures == 0
    assert expected_rows["events"] > 10 and expected["provisions"]

    killed_db = tmp_path / "killed.db"
    chance = random.Random(SEED)
    # the first kill while the schema is made, one in the ingest, the others in the extraction (each
    # rerun extracts what is left: later and later points)
    points = [("schema", 0), ("ingest", chance.randint(1, REPORTS - 1))]
    # (a point at REPORTS is once all are extracted: while the ledger is assessed and the report written)
    points += sorted((("extract", chance.randint(1, REPORTS)) for _ in range(KILLS - 2)), key=lambda p: p[1])
    kills = 0
    for phase, reached in points:
        kills += run_and_kill(killed_db, corpus, tmp_path, phase, reached)
        left = state_after_kill(killed_db)
        print(f"killed at {phase} {reached}: {left}")
        assert left == "no file" or left.startswith("ok:")
    run_to_the_end(killed_db, corpus, tmp_path)
    integrity, rows, doubled, failures = inspect(killed_db)
    print(f"crash harness: {kills} kills of {len(points)} (seed {SEED}), integrity {integrity}, "
          f"lost {sum(max(expected_rows[t] - rows[t], 0) for t in TABLES)}, "
          f"doubled {sum(doubled.values()) + sum(max(rows[t] - expected_rows[t], 0) for t in TABLES)}")
    assert kills >= 3, "the runs finished before they could be killed: nothing was tested"
    assert integrity == "ok"
    assert rows == expected_rows  # nothing lost, nothing doubled
    assert not any(doubled.values())
    assert failures == 0
    assert export(killed_db, tmp_path / "killed.json") == expected
