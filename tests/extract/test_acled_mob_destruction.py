"""Property a crowd burns, wrecks or loots, with no protest and no armed group told, is the mob's riot
(Mob violence), not a looting apart (issue 13: ACLED codes looting and destruction apart only outside
rioting and other violence); the same done by forces or gunmen stays Looting/property
destruction, and by demonstrators a violent demonstration. Sentences written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types

MOB = "Mob violence"
LOOTING = "Looting/property destruction"


@pytest.mark.parametrize("text", [
    "An angry crowd set fire to the house of a man accused of blasphemy in Dehli town.",
    "Villagers torched the homes of two families accused of witchcraft in Sarn district.",
    "A mob ransacked shops owned by traders from the north after the football match in Kibu.",
    "The house of the suspect was set ablaze by a mob of local youths on Sunday.",
    "The car of the visiting councillor was wrecked by an angry crowd in the market of Ekka.",
    "A mob set ablaze a bus on the highway outside the town.",
])
def test_a_crowd_destroying_property_is_mob_violence(extract, text: str) -> None:
    found = sub_types(extract, text)
    assert MOB in found and LOOTING not in found


@pytest.mark.parametrize("text", [
    "Soldiers torched the homes of suspected rebel sympathisers in the village of Garo.",
    "A group of gunmen burned the houses of villagers in Marr, residents said.",
    "Fighters looted the health centre in Bako and made off with medicines.",
    "Militiamen wrecked the offices of the electoral commission in Dorsa.",
])
def test_forces_or_armed_men_destroying_property_stay_looting(extract, text: str) -> None:
    found = sub_types(extract, text)
    assert LOOTING in found and MOB not in found


@pytest.mark.parametrize("text", [
    "The storm wrecked dozens of fishing boats along the coast of Marra.",
    "A late penalty wrecked the team's hopes of reaching the final.",
])
def test_what_weather_or_luck_wrecks_is_no_destruction_acled_codes(extract, text: str) -> None:
    assert not sub_types(extract, text)


def test_demonstrators_destroying_property_riot(extract) -> None:
    found = sub_types(extract, "Protesters set fire to the town hall in Merro during a rally against the mayor.")
    assert "Violent demonstration" in found and MOB not in found
