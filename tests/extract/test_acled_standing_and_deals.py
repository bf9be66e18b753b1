"""A participle naming a place's standing ("the besieged town", "the occupied West Bank") tells no act of the
day, where the verb does ("forces besieged the town for three months"); an evacuation deal reached is an
agreement between the sides, as a ceasefire deal is, whoever the text names. Our own sentences."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types


@pytest.mark.parametrize("text", [
    "Aid reached the besieged town of Madaya on Tuesday.",
    "Residents of the besieged city queued for bread on Sunday.",
])
def test_a_besieged_place_is_no_fight(extract, text: str) -> None:
    assert sub_types(extract, text) == []


@pytest.mark.parametrize("text", [
    "Government forces besieged the town for three months.",
    "The town was besieged by rebels.",
])
def test_a_siege_told_by_its_verb_is_a_fight(extract, text: str) -> None:
    assert sub_types(extract, text) == ["Armed clash"]


@pytest.mark.parametrize("text", [
    "An evacuation deal has been reached for the rebel-held district, state media said.",
    "An evacuation agreement for the district was signed on Sunday.",
    "The army and the rebels reached an evacuation deal for the old city",
])
def test_an_evacuation_deal_is_an_agreement(extract, text: str) -> None:
    assert "Agreement" in sub_types(extract, text)
