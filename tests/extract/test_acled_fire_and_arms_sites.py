"""ACLED fights and arms by class: an exchange of fire (of gunfire, of shells) is a fight wherever it is
told, not a swap; munitions lobbed are fired; what a workshop or a facility is said to make ("a
bomb-making workshop") is what it holds; forces raiding where arms are made or kept take arms before use
(Disrupted weapons use), where a raid on a village or a fight with guards stays violence. Sentences
written for these tests, in several shapes (passive, existential, reported speech, made-up places)."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types

CLASH = "Armed clash"
DISRUPTED = "Disrupted weapons use"
SHELLING = "Shelling/artillery/missile attack"


@pytest.mark.parametrize("text", [
    "Heavy exchanges of fire were reported between the army and the militia near Kesra.",
    "There was an exchange of gunfire between rebels and troops at the checkpoint.",
    "An exchange of fire between the two militias lasted for hours, residents said.",
])
def test_an_exchange_of_fire_is_a_fight(extract, text: str) -> None:
    assert CLASH in sub_types(extract, text)


def test_an_exchange_of_views_is_none(extract) -> None:
    assert sub_types(extract, "An exchange of views between the two ministers took place in Geneva.") == []


@pytest.mark.parametrize("text", [
    "Rebels lobbed rockets at the airport, damaging a runway.",
    "Insurgents lobbed mortar shells into the army camp overnight.",
])
def test_munitions_lobbed_are_fired(extract, text: str) -> None:
    assert SHELLING in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Soldiers discovered a bomb-making workshop in the suburbs.",
    "Police raided an explosives-making facility and arrested two men.",
    "Police raided a bomb factory and arrested two men.",
    "Soldiers stormed a weapons depot used by the rebels in Kesra.",
    "An arms cache was raided by security forces on Tuesday.",
])
def test_where_arms_are_made_or_kept_found_or_raided_by_forces_is_arms_taken_before_use(extract, text: str) -> None:
    assert DISRUPTED in sub_types(extract, text)


@pytest.mark.parametrize("text, sub_type", [
    ("Rebels raided an army depot and fought the guards for hours.", CLASH),
    ("Gunmen raided a village and killed four farmers.", "Attack"),
])
def test_a_raid_by_an_armed_group_or_on_people_stays_violence(extract, text: str, sub_type: str) -> None:
    assert sub_type in sub_types(extract, text) and DISRUPTED not in sub_types(extract, text)


def test_a_money_making_scam_is_no_arms(extract) -> None:
    assert DISRUPTED not in sub_types(extract, "Police uncovered a money-making scam run from a call centre.")
