"""A team shares one PostgreSQL database: two ingests and a report at once, in three processes, on a
database none of them has made yet. Nothing is lost, nothing is stored twice, nobody fails."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from accordwatch.store import open_store
from accordwatch.store.schema import DocumentRow, FailureRow

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
AGREEMENT = ROOT / "examples" / "afghanistan-2020" / "doha-2020.yaml"
SHARED = range(0, 120)  # read by both ingests
OWN_FIRST, OWN_SECOND = range(120, 180), range(180, 240)
REPORTS = 240


def _report(number: int) -> str:
    """A short report of a release, different for every NUMBER (written for this test)."""
    return (f"KABUL, Afghanistan (May {number % 28 + 1}, 2020)\n"
            f"Officials said {number + 10} prisoners were freed from a jail in district {number} on Tuesday, "
            f"and that talks on the next group would go on this week.\n")


def _cli(url: str, log: Path, *args: str) -> subprocess.Popen:
    """The CLI in a process of its own; its output goes to LOG.out and LOG.err (files: no pipe to fill)."""
    with log.with_suffix(".out").open("w") as out, log.with_suffix(".err").open("w") as err:
        return subprocess.Popen([sys.executable, "-m", "accordwatch.cli", "--db", url, *args],
                                stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                env={**os.environ, "PYTHONPATH": str(SRC), "COLUMNS": "200"})


@pytest.mark.postgresql
def test_two_ingests_and_a_report_at_once_lose_nothing_and_store_nothing_twice(tmp_path, databases):
    url = databases.url("postgresql", "two-ingests-and-a-report")
    first, second = tmp_path / "first", tmp_path / "second"
    # both batches start with the same reports (read first, so the two processes store them at the same
    # moment) and the same wire story under another name each (stored once); then each has its own
    for folder, own in ((first, OWN_FIRST), (second, OWN_SECOND)):
        folder.mkdir()
        (folder / f"0-wire-copy-{folder.name}.txt").write_text(_report(1000), encoding="utf-8")
        for number in SHARED:
            (folder / f"1-report-{number:03d}.txt").write_text(_report(number), encoding="utf-8")
        for number in own:
            (folder / f"2-report-{number:03d}.txt").write_text(_report(number), encoding="utf-8")

    commands = {"first": ["ingest", str(first)], "second": ["ingest", str(second)],
                "report": ["report", "--agreement", str(AGREEMENT), "-o", str(tmp_path / "report.html")]}
    processes = {name: _cli(url, tmp_path / name, *args) for name, args in commands.items()}
    codes = {name: p.wait(timeout=300) for name, p in processes.items()}
    outcomes = {name: ((tmp_path / f"{name}.out").read_text(), (tmp_path / f"{name}.err").read_text(), codes[name])
                for name in processes}
    for name, (_out, err, code) in outcomes.items():
        assert code == 0, f"{name} failed: {err}"
        assert "Traceback" not in err and "rror" not in err, f"{name}: {err}"
    assert (tmp_path / "report.html").read_text(encoding="utf-8").startswith("<!")

    store = open_store(url)
    try:
        with store.session() as session:
            ids = session.scalars(select(DocumentRow.id)).all()
            hashes = session.scalars(select(DocumentRow.content_hash)).all()
            failures = session.scalar(select(func.count()).select_from(FailureRow))
    finally:
        store.close()
    expected = ({f"1-report-{number:03d}" for number in SHARED}
                | {f"2-report-{number:03d}" for number in [*OWN_FIRST, *OWN_SECOND]})
    assert expected <= set(ids), f"lost: {sorted(expected - set(ids))[:5]}"
    # the wire story is stored under both its names, the second as a copy of the first: one text
    assert len(ids) == len(set(ids)) == REPORTS + 2
    assert len(set(hashes)) == REPORTS + 1 and len(hashes) == REPORTS + 2
    assert failures == 0
    # between them the two ingests stored every report once, and said so
    told = [re.search(r"ingested: (\d+) new, (\d+) updated, (\d+) unchanged, (\d+) copies", outcomes[name][0])
            for name in ("first", "second")]
    assert all(told), outcomes
    new, updated, unchanged, copies = (sum(int(t.group(k)) for t in told) for k in range(1, 5))
    assert (new, updated, unchanged, copies) == (REPORTS + 1, 0, len(SHARED), 1)
