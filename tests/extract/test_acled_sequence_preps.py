"""What an act is done to is not what a preposition of sequence puts beside it ("seized the town after a
gun battle"): the battle's gun is when the town was taken, not a seized weapon. Our own sentences."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types

TAKEN_AFTER_FIGHTING = [
    "Al-Shabaab fighters seized the town of Bulo Marer after a gun battle with soldiers.",
    "Militants have seized the village of Korsa following a firefight with the police, officials said.",
    "Rebels seize border post after gun battle with guards",
]

ARMS_SEIZED = [
    "Police seized two rifles after a raid on a house in Kano.",
    "Soldiers seized 40 rifles and a rocket launcher after the gun battle.",
]


@pytest.mark.parametrize("text", TAKEN_AFTER_FIGHTING)
def test_a_place_taken_after_a_gun_battle_is_territory_taken(extract, text: str) -> None:
    found = sub_types(extract, text)
    assert "Non-state actor overtakes territory" in found and "Disrupted weapons use" not in found


@pytest.mark.parametrize("text", ARMS_SEIZED)
def test_arms_seized_after_a_raid_or_a_battle_are_still_disrupted_weapons_use(extract, text: str) -> None:
    assert sub_types(extract, text)[0] == "Disrupted weapons use"
