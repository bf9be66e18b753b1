"""A force raiding homes or offices with no fight and no toll told is a search, no battle ("police raided the
homes of opposition leaders"): its arrests are typed as arrests; a raid on a hideout, or one that kills, stays
a battle, and one on a bomb workshop a disruption. The arrest of a figure's aide or adviser is the arrest of a
notable. Our own sentences."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types


@pytest.mark.parametrize(("expected", "text"), [
    (["Arrests"], "Police raided the homes of opposition leaders overnight and took at least 14 into custody."),
    ([], "Security forces raided the offices of the newspaper and seized computers."),
    (["Arrests"], "Police arrested the former prime minister's close aide on Tuesday, his party said."),
])
def test_a_search_of_homes_is_no_battle(extract, expected: list[str], text: str) -> None:
    assert sub_types(extract, text) == expected


@pytest.mark.parametrize(("expected", "text"), [
    ("Armed clash", "Troops raided a rebel hideout, killing four militants."),
    ("Armed clash", "Soldiers raided a house where militants were hiding, killing three."),
    ("Disrupted weapons use", "Police raided a bomb-making workshop in a flat and seized detonators."),
])
def test_a_raid_that_kills_or_stops_arms_keeps_its_type(extract, expected: str, text: str) -> None:
    assert expected in sub_types(extract, text)
