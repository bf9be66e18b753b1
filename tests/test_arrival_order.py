"""The order in which reports arrive never changes the ledger: the prisoner-exchange corpus read in
batches in three different orders gives the same figure, band and sources at every checkpoint."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import pytest
import yaml

from accordwatch import pipeline
from accordwatch.agreements import load_agreement
from accordwatch.settings import load_settings
from accordwatch.store import open_store

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "examples" / "prisoner-exchange-2020"
AGREEMENT = load_agreement(ROOT / "examples" / "afghanistan-2020" / "doha-2020.yaml")
CHECKPOINTS = [date.fromisoformat(c["as_of"]) for c in
               yaml.safe_load((CORPUS / "expected.yaml").read_text(encoding="utf-8"))["checkpoints"]]
BATCH = 8


def _ledger(url: str, order: list[Path]) -> list[tuple]:
    store = open_store(url)
    settings = load_settings()
    for start in range(0, len(order), BATCH):  # a newsroom's day: a batch arrives, is read, the next comes
        batch = order[start:start + BATCH]
        paths = batch + [p.with_suffix(".meta.json") for p in batch if p.with_suffix(".meta.json").exists()]
        pipeline.ingest(store, paths)
        pipeline.extract(store, settings)
    figures = []
    for as_of in CHECKPOINTS:
        for status in pipeline.assess(store, AGREEMENT, as_of).provisions:
            point = status.point
            figures.append((as_of, status.provision.id, status.reported_done, status.status,
                            point.band if point else None,
                            sorted(o.event.evidence.sentence for o in point.sources) if point else []))
    store.close()
    return figures


@pytest.fixture(scope="module")
def reports() -> list[Path]:
    return sorted(CORPUS.glob("*.txt"))


@pytest.mark.parametrize("order", ["reversed", "shuffled"])
def test_reports_arriving_in_another_order_give_the_same_ledger(databases, backend, reports, order):
    reference = _ledger(databases.url(backend, "in-order"), reports)
    other = list(reversed(reports)) if order == "reversed" else random.Random(2020).sample(reports, len(reports))
    assert _ledger(databases.url(backend, order), other) == reference
