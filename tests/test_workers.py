"""`--workers N`: the parse spread over N processes gives, byte for byte, the export of one process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def _run_and_export(folder: Path, workers: int) -> bytes:
    db = f"sqlite:///{folder / f'workers-{workers}.db'}"
    out = folder / f"export-{workers}.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    for args in (["run", str(EXAMPLES), "--workers", str(workers), "--report", str(folder / f"report-{workers}.html")],
                 ["export", "--format", "json", "-o", str(out)]):
        subprocess.run([sys.executable, "-m", "accordwatch.cli", "--db", db, *args], env=env, check=True,
                       stdin=subprocess.DEVNULL, capture_output=True, timeout=600)
    return out.read_bytes()


def test_the_examples_read_by_two_workers_export_the_same_bytes_as_by_one(tmp_path):
    one = _run_and_export(tmp_path, 1)
    assert json.loads(one)["events"], "the examples gave no events to compare"
    assert _run_and_export(tmp_path, 2) == one


def test_no_workers_is_refused_naming_the_option(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    refused = subprocess.run([sys.executable, "-m", "accordwatch.cli", "--db", f"sqlite:///{tmp_path / 'w.db'}",
                              "extract", "--workers", "0"], env=env, stdin=subprocess.DEVNULL, capture_output=True,
                             text=True, timeout=120)
    assert refused.returncode != 0 and "--workers" in refused.stderr
