"""Alleged violations held against the agreement: an accusation of breach (explicit, or an attack by a
party on the side it promised not to attack) is an alleged breach of the provision it concerns, with
its denial beside it; the acts told inside an accusation are alleged; counts per party and month."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from accordwatch import pipeline
from accordwatch.agreements import load_agreement
from accordwatch.settings import load_settings
from accordwatch.store import Store, open_store
from store_backends import BACKENDS, Databases

AGREEMENT = """\
id: helmand-truce
title: Helmand truce between the United States and the Taliban
signed: 2020-03-01
parties:
  - {id: us, actor: usa}
  - {id: taliban, actor: taliban}
provisions:
  - id: no_us_strikes
    text: The United States makes no strikes on Taliban forces
    kind: violation
    obligated: us
    breached_by:
      - {category: ASSAULT, actors: [us], recipients: [taliban]}
  - id: no_taliban_attacks
    text: The Taliban make no attacks on US forces
    kind: violation
    obligated: taliban
    breached_by:
      - {category: ASSAULT, actors: [taliban], recipients: [us]}
"""

REPORTS = {
    # an explicit accusation, with the strike told inside it
    "a.txt": ("2020-06-10", "The Taliban on Wednesday accused the United States of violating the agreement, "
                            "saying American drones had struck their fighters in Nad Ali on Tuesday.\n\n"
                            "The US military denied the accusation and said it had carried out no strike."),
    # the accuser tells the attack; nobody names its target
    "b.txt": ("2020-06-22", "A Taliban spokesman said US aircraft bombed a compound in Garmsir on Sunday in "
                            "breach of the deal."),
    # a report of talks: no breach
    "c.txt": ("2020-06-23", "Taliban and American negotiators met in Doha on Monday to discuss the truce."),
}


@pytest.fixture(scope="module", params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, databases: Databases) -> Store:
    folder = tmp_path_factory.mktemp("violations")
    for name, (published, text) in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
        (folder / name.replace(".txt", ".meta.json")).write_text(
            f'{{"id": "{name[0]}", "published": "{published}"}}', encoding="utf-8")
    (folder / "truce.yaml").write_text(AGREEMENT, encoding="utf-8")
    opened = open_store(databases.url(request.param, "violations", folder))
    pipeline.ingest(opened, [folder])
    pipeline.extract(opened, load_settings())
    return opened


def _status(store: Store, tmp_path: Path, provision: str, as_of: date = date(2020, 6, 30)):
    path = tmp_path / "truce.yaml"
    path.write_text(AGREEMENT, encoding="utf-8")
    assessment = pipeline.assess(store, load_agreement(path), as_of)
    return next(p for p in assessment.provisions if p.provision.id == provision)


def test_an_accusation_of_breach_is_an_alleged_breach_of_the_accused_sides_provision(store, tmp_path):
    status = _status(store, tmp_path, "no_us_strikes")
    assert status.breaches, "the accusation and the strikes told by the accuser are alleged breaches"
    assert all(link.alleged for link in status.breaches)
    assert status.status != "violated"  # alleged, not established
    assert not _status(store, tmp_path, "no_taliban_attacks").breaches


def test_the_act_told_inside_an_accusation_is_alleged_not_fact(store, tmp_path):
    status = _status(store, tmp_path, "no_us_strikes")
    strikes = [link.event for link in status.breaches if link.event.category == "ASSAULT"]
    assert strikes and all(e.modality == "alleged" for e in strikes)


def test_alleged_breaches_are_counted_per_party_and_month_with_the_denial_beside_them(store, tmp_path):
    status = _status(store, tmp_path, "no_us_strikes")
    [june] = status.breach_tallies
    assert (june.party, june.month) == ("us", "2020-06")
    assert june.alleged >= 2 and june.established == 0
    assert june.answered_by, "the US denial answers the accusation"
    assert status.to_json()["alleged_breaches"][0]["month"] == "2020-06"


def test_breaches_alleged_after_the_as_of_day_are_not_counted(store, tmp_path):
    assert not _status(store, tmp_path, "no_us_strikes", as_of=date(2020, 6, 5)).breaches
