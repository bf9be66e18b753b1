"""The tracker over the prisoner-exchange corpus (32 reports retelling the 2020 exchange, with the
duplication, running totals and disagreements of real coverage): the ledger at each checkpoint of
examples/prisoner-exchange-2020/expected.yaml, no release counted twice, the 10 March deadline
missed, and the intra-Afghan negotiations trigger firing on 12 September."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from accordwatch import pipeline
from accordwatch.agreements import load_agreement
from accordwatch.settings import load_settings
from accordwatch.store import Store, open_store
from store_backends import BACKENDS, Databases

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "examples" / "prisoner-exchange-2020"
EXPECTED = yaml.safe_load((CORPUS / "expected.yaml").read_text(encoding="utf-8"))
AGREEMENT = load_agreement(ROOT / "examples" / "afghanistan-2020" / "doha-2020.yaml")
SIDES = {"government_released": "taliban_prisoner_release", "taliban_released": "government_side_prisoner_release"}


@pytest.fixture(scope="module", params=BACKENDS)
def tracked(request: pytest.FixtureRequest, databases: Databases) -> Store:
    store = open_store(databases.url(request.param, "tracker"))
    summary = pipeline.ingest(store, [CORPUS])
    assert not summary.failures
    pipeline.extract(store, load_settings())
    return store


def _status(store: Store, as_of: str, provision: str):
    assessment = pipeline.assess(store, AGREEMENT, date.fromisoformat(as_of))
    return next(s for s in assessment.provisions if s.provision.id == provision), assessment


@pytest.mark.parametrize("checkpoint", EXPECTED["checkpoints"], ids=lambda c: c["as_of"])
@pytest.mark.parametrize("side", sorted(SIDES))
def test_ledger_shows_the_conservative_figure_at_each_checkpoint(tracked: Store, checkpoint: dict, side: str) -> None:
    status, _ = _status(tracked, checkpoint["as_of"], SIDES[side])
    assert status.reported_done == checkpoint[side]["conservative"], [
        (p.day, p.value, p.high, p.by_total, [o.event.id for o in p.sources], p.disagreements)
        for p in status.curve.points] + [(o.observation.event.id, o.reason) for o in status.curve.outliers]


def test_a_release_told_by_several_outlets_is_counted_once(tracked: Store) -> None:
    # 100 on 8 April and 100 on 9 April are retold by six reports up to 11 April
    status, _ = _status(tracked, "2020-04-11", "taliban_prisoner_release")
    assert status.reported_done == 200
    point = status.point
    assert point is not None
    retold = [o for o in status.curve.retellings] + [o for p in status.curve.points for o in p.sources]
    assert len({o.doc_id for o in retold}) > 2  # several reports behind the one figure


def test_the_10_march_deadline_shows_as_missed(tracked: Store) -> None:
    status, _ = _status(tracked, "2020-04-09", "taliban_prisoner_release")
    assert status.status == "behind"
    assert status.days_late == (date(2020, 4, 9) - date(2020, 3, 10)).days


def test_intra_afghan_negotiations_trigger_fires_on_12_september(tracked: Store) -> None:
    _, before = _status(tracked, "2020-09-11", "intra_afghan_negotiations_start")
    _, after = _status(tracked, "2020-09-13", "intra_afghan_negotiations_start")
    assert "intra_afghan_negotiations" not in before.triggers
    assert after.triggers["intra_afghan_negotiations"] == date.fromisoformat(
        EXPECTED["milestones"]["intra_afghan_talks_start"])
