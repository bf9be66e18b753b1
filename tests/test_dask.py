"""`--dask tcp://HOST:PORT`: the parse sent to a Dask cluster (two worker processes of a LocalCluster)
gives, byte for byte, the export of one process; extracting the same documents again through the
cluster changes nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    distributed = pytest.importorskip("distributed")
    # the workers import accordwatch from this checkout, as the command does
    os.environ["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None,
                                  host="127.0.0.1") as cluster:
        yield cluster.scheduler_address


def _parsed_there(address: str) -> tuple[int, list[int]]:
    """Batches the cluster's scheduler saw parsed and extracted, and the models loaded in each of its workers."""
    from distributed import Client

    from accordwatch.nlp.pipeline import build_pipeline

    with Client(address, set_as_default=False) as client:
        batches = client.run_on_scheduler(lambda dask_scheduler: sum(
            p.state_counts.get("released", 0) + p.state_counts.get("forgotten", 0)
            for name, p in dask_scheduler.task_prefixes.items() if name == "extract_on_worker"))
        models = client.run(lambda: build_pipeline.cache_info().currsize)
    return batches, sorted(models.values())


def _cli(db: str, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, "-m", "accordwatch.cli", "--db", db, *args], env=env, check=True,
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=900)


def _export(folder: Path, db: str, name: str) -> bytes:
    out = folder / f"{name}.json"
    _cli(db, "export", "--format", "json", "-o", str(out))
    return out.read_bytes()


def test_the_examples_parsed_on_a_dask_cluster_export_the_same_bytes_as_one_process(tmp_path, scheduler):
    alone, on_cluster = f"sqlite:///{tmp_path / 'alone.db'}", f"sqlite:///{tmp_path / 'cluster.db'}"
    _cli(alone, "run", str(EXAMPLES), "--report", str(tmp_path / "alone.html"))
    _cli(on_cluster, "run", str(EXAMPLES), "--dask", scheduler, "--report", str(tmp_path / "cluster.html"))
    one = _export(tmp_path, alone, "alone")
    assert json.loads(one)["events"], "the examples gave no events to compare"
    assert _export(tmp_path, on_cluster, "cluster") == one
    batches, models = _parsed_there(scheduler)
    assert batches > 0 and models == [1, 1]  # parsed there, by both workers, each with the model loaded once
    # every document again through the cluster: its records are replaced whole, nothing added
    again = _cli(on_cluster, "extract", "--all", "--dask", scheduler)
    assert "extracted:" in again.stdout
    assert _export(tmp_path, on_cluster, "again") == one


def test_an_unreachable_scheduler_is_one_line_naming_it(tmp_path):
    pytest.importorskip("distributed")
    db = f"sqlite:///{tmp_path / 'x.db'}"
    _cli(db, "ingest", str(EXAMPLES / "afghanistan-2020"))
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    refused = subprocess.run([sys.executable, "-m", "accordwatch.cli", "--db", db, "extract", "--dask",
                              "tcp://127.0.0.1:9"], env=env, stdin=subprocess.DEVNULL, capture_output=True,
                             text=True, timeout=300)
    assert refused.returncode != 0
    assert "tcp://127.0.0.1:9" in refused.stderr and "Traceback" not in refused.stderr
