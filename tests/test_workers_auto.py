"""`--workers auto` (the default): a worker per core when there is enough text to repay starting them,
one (no pool) for a handful of reports; a bad number is refused naming the option or the variable."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from accordwatch import pipeline
from accordwatch.errors import AccordwatchError
from accordwatch.nlp import parallel
from accordwatch.nlp.parallel import CHARS_PER_WORKER, usable_cores, workers_for
from accordwatch.settings import load_settings

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`accordwatch ARGS` with ENV; ACCORDWATCH_WORKERS only if ENV sets it (the default otherwise)."""
    base = {k: v for k, v in os.environ.items() if k != "ACCORDWATCH_WORKERS"}
    return subprocess.run([sys.executable, "-m", "accordwatch.cli", *args],
                          env={**base, "PYTHONPATH": str(ROOT / "src"), **(env or {})},
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=600)


def test_a_handful_of_reports_is_parsed_here_and_a_long_corpus_on_every_core():
    assert workers_for(0, cores=8) == 1
    assert workers_for(CHARS_PER_WORKER - 1, cores=8) == 1  # a second worker would not pay
    assert workers_for(2 * CHARS_PER_WORKER, cores=8) == 2
    assert workers_for(100 * CHARS_PER_WORKER, cores=8) == 8  # never more than the cores
    assert workers_for(100 * CHARS_PER_WORKER, cores=1) == 1


def test_the_usable_cores_are_those_this_process_may_run_on():
    assert 1 <= usable_cores() <= (os.cpu_count() or 1)


def test_auto_counts_the_text_pending_in_the_store_and_the_inputs_not_read_yet(store, tmp_path, monkeypatch):
    monkeypatch.setattr(parallel, "usable_cores", lambda: 4)
    pipeline.ingest(store, [EXAMPLES / "afghanistan-2020"])
    stored = pipeline.resolve_workers(store, "auto")
    assert stored == 1, "the bundled example is too short to repay a second worker"
    big = tmp_path / "inputs"
    big.mkdir()
    (big / "wire.jsonl").write_text("x" * (3 * CHARS_PER_WORKER), encoding="utf-8")
    assert pipeline.resolve_workers(store, "auto", paths=[big]) == 3
    assert pipeline.resolve_workers(store, "auto", paths=[big / "wire.jsonl"]) == 3
    assert pipeline.resolve_workers(store, "auto", paths=[tmp_path / "missing"]) == 1
    assert pipeline.resolve_workers(store, 3) == 3, "a number given is kept"
    assert pipeline.resolve_workers(store, "auto", paths=[big], dask="tcp://127.0.0.1:8786") == 1


def test_auto_counts_every_document_when_all_are_extracted_again(store, monkeypatch):
    monkeypatch.setattr(parallel, "usable_cores", lambda: 4)
    monkeypatch.setattr(parallel, "CHARS_PER_WORKER", 1_000)
    pipeline.ingest(store, [EXAMPLES / "afghanistan-2020"])
    pipeline.extract(store, load_settings())
    assert pipeline.resolve_workers(store, "auto") == 1, "nothing is pending once extracted"
    assert pipeline.resolve_workers(store, "auto", everything=True) == 4


def test_a_run_of_the_example_reports_with_the_default_parses_in_one_process(tmp_path):
    done = _cli("--db", f"sqlite:///{tmp_path / 'a.db'}", "run", str(EXAMPLES / "afghanistan-2020"),
                "--report", str(tmp_path / "r.html"))
    assert done.returncode == 0, done.stderr
    assert "extracted: " in done.stdout and "workers)" not in done.stdout


@pytest.mark.parametrize("given", ["none", "-2", "1.5"])
def test_a_workers_value_that_is_no_number_nor_auto_is_refused_naming_the_option(tmp_path, given):
    refused = _cli("--db", f"sqlite:///{tmp_path / 'w.db'}", "extract", "--workers", given)
    assert refused.returncode != 0 and "--workers" in refused.stderr and "auto" in refused.stderr


def test_auto_given_on_the_command_line_is_taken(tmp_path):
    done = _cli("--db", f"sqlite:///{tmp_path / 'w.db'}", "extract", "--workers", "auto")
    assert done.returncode == 0, done.stderr
    assert "extracted: 0 document(s)" in done.stdout


def test_a_bad_workers_variable_is_one_line_naming_it(tmp_path):
    refused = _cli("--db", f"sqlite:///{tmp_path / 'w.db'}", "extract", env={"ACCORDWATCH_WORKERS": "many"})
    assert refused.returncode != 0
    assert "ACCORDWATCH_WORKERS" in refused.stderr and "'many'" in refused.stderr
    assert "Traceback" not in refused.stderr and len(refused.stderr.strip().splitlines()) == 1


def test_settings_refuse_no_workers_naming_the_variable(monkeypatch):
    monkeypatch.setenv("ACCORDWATCH_WORKERS", "0")
    with pytest.raises(AccordwatchError, match="ACCORDWATCH_WORKERS: '0'"):
        load_settings()
    monkeypatch.setenv("ACCORDWATCH_WORKERS", "auto")
    assert load_settings().workers == "auto"
    monkeypatch.setenv("ACCORDWATCH_WORKERS", "3")
    assert load_settings().workers == 3
