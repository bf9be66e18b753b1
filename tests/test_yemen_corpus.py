"""The release ledger on a second agreement and coverage nobody here wrote for the first one: the Yemen
detainee exchange of April 2023 (../shared/corpora/yemen-2023, with its own agreement.yaml). At every
checkpoint of its expected.yaml, each side's figure (what `export --as-of` shows) lies within
[conservative - 5%, high + 5%]; no flight or day is counted twice; figures for both sides together, the
agreement's own terms and releases outside the agreement never count."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from accordwatch import pipeline
from accordwatch.agreements import load_agreement
from accordwatch.cli import app
from accordwatch.evaluation import check_checkpoints
from accordwatch.settings import load_settings
from accordwatch.store import Store, open_store
from store_backends import BACKENDS, Databases

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "yemen-2023"
pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpora/yemen-2023 is not beside the checkout")
SIDES = {"government_side_released": "government_side_release", "houthi_released": "houthi_release"}


@pytest.fixture(scope="module")
def expected() -> dict:
    return yaml.safe_load((CORPUS / "expected.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module", params=BACKENDS)
def db(request: pytest.FixtureRequest, databases: Databases) -> str:
    url = databases.url(request.param, "yemen")
    store = open_store(url)
    assert not pipeline.ingest(store, [CORPUS]).failures
    pipeline.extract(store, load_settings())
    store.close()
    return url


def _export(db: str, as_of: str, tmp_path: Path) -> dict:
    out = tmp_path / f"export-{as_of}.json"
    result = CliRunner().invoke(app, ["--db", db, "export", "--format", "json", "-o", str(out),
                                      "-a", str(CORPUS / "agreement.yaml"), "--as-of", as_of])
    assert result.exit_code == 0, result.output
    return json.loads(out.read_text(encoding="utf-8"))


def test_every_checkpoint_of_the_export_lies_within_the_analysts_range(db, expected, tmp_path):
    exports: dict[date, dict] = {}

    def figure_of(as_of: date, provision: str) -> int:
        if as_of not in exports:
            exports[as_of] = _export(db, as_of.isoformat(), tmp_path)
        return next(p["reported_done"] for p in exports[as_of]["provisions"] if p["id"] == provision)

    results = check_checkpoints(expected["checkpoints"], SIDES, figure_of)
    assert len(results) == 10
    assert all(r.ok for r in results), "\n".join(str(r) for r in results)


def _status(db: str, as_of: date, provision: str):
    store: Store = open_store(db)
    try:
        assessment = pipeline.assess(store, load_agreement(CORPUS / "agreement.yaml"), as_of)
    finally:
        store.close()
    return next(p for p in assessment.provisions if p.provision.id == provision)


@pytest.mark.parametrize("provision", sorted(SIDES.values()))
def test_no_both_sides_figure_and_no_agreed_term_is_a_side_figure(db, expected, provision):
    both_sides = {t["figure"] for t in expected["both_sides_totals"] if isinstance(t["figure"], int)}
    status = _status(db, date(2023, 4, 23), provision)
    for point in status.curve.points:
        used = {o.low for o in point.sources}
        assert not used & both_sides, (point.day, used)
    # the terms restated before the exchange never move the figure
    assert _status(db, date(2023, 4, 13), provision).reported_done == 0


def test_a_day_of_flights_retold_by_several_outlets_is_counted_once(db):
    status = _status(db, date(2023, 4, 14), "government_side_release")
    point = status.curve.at(date(2023, 4, 14))
    told = {o.low for o in point.sources if o.day == date(2023, 4, 14)}
    assert len({o.doc_id for o in point.sources}) > 1  # several outlets behind the figure
    assert point.value in told and point.high in told  # one of the figures told, never their sum
    assert point.disagreements  # 249 against 250, said plainly


def test_releases_outside_the_agreement_are_kept_but_not_counted(db):
    status = _status(db, date(2023, 4, 23), "government_side_release")
    outside = [link for link in status.not_counted if "outside the agreement" in link.reason]
    assert outside, "the coalition's unilateral release is shown as matched but not counted"
    assert status.reported_done <= 706 * 1.03
