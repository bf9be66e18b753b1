"""Fire thrown by hand (petrol bombs, Molotov cocktails, firebombs) is no explosive device (issue 13):
demonstrators who attack with it riot; others who throw it at people attack them; a bomb that goes off
stays a remote explosive. Sentences written for these tests (made-up places)."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types

RIOT = "Violent demonstration"
IED = "Remote explosive/landmine/IED"


@pytest.mark.parametrize("text", [
    "Police said protesters attacked a police station in Marrow Hill with petrol bombs on Tuesday night.",
    "Opposition supporters attacked the ruling party's office in Tembe with petrol bombs during the march.",
    "Demonstrators firebombed the tax office in Kelby after the rally, witnesses said.",
    "The mayor said demonstrators had attacked the town hall in Brisk with Molotov cocktails.",
])
def test_demonstrators_attacking_with_fire_thrown_by_hand_riot(extract, text: str) -> None:
    found = sub_types(extract, text)
    assert RIOT in found and IED not in found


@pytest.mark.parametrize("text", [
    "Unknown attackers threw petrol bombs at the home of a local journalist in Serrano overnight.",
    "Gunmen attacked a village in Lurato with petrol bombs, burning several homes and killing a woman.",
])
def test_others_throwing_fire_at_people_attack_them_with_no_device(extract, text: str) -> None:
    found = sub_types(extract, text)
    assert "Attack" in found and IED not in found


@pytest.mark.parametrize("text", [
    "A roadside bomb exploded near a police convoy in Harnak district, killing two officers.",
    "A bomb planted under a car went off near the market in Dessel.",
    "Militants bombed a police van in the market town of Orsk on Thursday.",
])
def test_a_bomb_that_goes_off_stays_a_remote_explosive(extract, text: str) -> None:
    assert IED in sub_types(extract, text)
