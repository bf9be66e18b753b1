"""A prisoner exchange told as a noun a light verb stages ("completed the exchange of 900 prisoners") is the
codebook's agreement, as a swap is; an exchange of fire, or a fire exchange, is a fight, and "released in
exchange for 37 fighters" tells the manner of the release, no second act. Former fighters who surrender
("ex-combatants surrendered with their arms") make an agreement as fighters do. Our own sentences."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types


@pytest.mark.parametrize("text", [
    "The two sides completed the prisoner exchange on Sunday.",
    "The rebels and the government completed the exchange of nearly 900 prisoners on Sunday.",
    "Some 150 ex-combatants surrendered along with their arms under the government's amnesty programme.",
])
def test_an_exchange_staged_or_a_surrender_of_former_fighters_is_an_agreement(extract, text: str) -> None:
    assert "Agreement" in sub_types(extract, text)


def test_a_fire_exchange_is_a_fight(extract) -> None:
    assert sub_types(extract, "A gunfire exchange broke out at the checkpoint.") == ["Armed clash"]


def test_released_in_exchange_for_is_one_release(extract) -> None:
    events = extract("Twenty-one soldiers were released in exchange for 37 rebel fighters as part of the deal.").events
    assert [e.mode for e in events] == ["release"]


def test_an_exchange_told_as_going_on_is_no_new_act(extract) -> None:
    events = extract("The prisoner exchange went on for a second day. "
                     "A plane carried 90 rebel fighters home on Tuesday.").events
    assert [e.mode for e in events if e.mode in {"release", "exchange"}] == ["release"]
