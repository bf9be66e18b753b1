"""Force told as stopping a crowd ("blocked the march", "pushed back the demonstrators", "stopped the
marchers") or as the means of crowd control used on it ("used water cannon against the students") is a
protest met with intervention, in any tense, voice or report; a road blocked by protesters, a deadline pushed
back, talks stopped or chlorine used are not. Our own sentences."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types

INTERVENTION = "Protest with intervention"

MET_WITH_FORCE = [
    "Police blocked a march by hospital cleaners in Vasra, pushing the marchers back with batons.",
    "The rally was blocked by riot police at the bridge, organisers said.",
    "Gendarmes stopped the marchers before they reached parliament.",
    "Police pushed back the crowd with batons, witnesses said.",
    "Soldiers have scattered the demonstrators outside the governor's office.",
    "Security forces used water cannon against hundreds of peaceful protesters in Conakry.",
    "Police use tear gas on students protesting in Harare",
    "According to witnesses, officers used water cannon to push back the crowd approaching the palace.",
]

NOT_MET = [
    ("Peaceful protest", "Farmers blocked the highway near Ambala with their tractors for hours."),
    (None, "The ministry pushed back the deadline for the tender by a month."),
    (None, "The talks were stopped after the delegation walked out."),
    ("Chemical weapon", "Government forces used chlorine gas in the attack on Douma, monitors said."),
]


@pytest.mark.parametrize("text", MET_WITH_FORCE)
def test_force_stopping_a_crowd_is_a_protest_met_with_intervention(extract, text: str) -> None:
    assert INTERVENTION in sub_types(extract, text)


@pytest.mark.parametrize(("expected", "text"), NOT_MET)
def test_what_is_not_a_crowd_keeps_its_own_reading(extract, expected: str | None, text: str) -> None:
    found = sub_types(extract, text)
    assert INTERVENTION not in found
    assert (expected in found) if expected else found == []


@pytest.mark.parametrize("text", [
    "Security forces used water cannon and rubber bullets to scatter thousands of protesters in the capital.",
    "Police fire rubber bullets at marchers in Santiago",
    "The demonstrators were forcibly removed from the square by security forces in the early hours.",
    "Riot police in Dhaka on Sunday charged at garment workers protesting over unpaid wages, witnesses said.",
])
def test_rubber_bullets_removal_and_charges_on_a_crowd_are_intervention_not_lethal_force(extract, text) -> None:
    found = sub_types(extract, text)
    assert INTERVENTION in found and "Excessive force against protesters" not in found


@pytest.mark.parametrize("text", [
    "Police fired rubber bullets at the protesters, killing one.",
    "Soldiers fired live bullets at the protesters.",
])
def test_a_death_or_live_rounds_make_the_force_excessive(extract, text: str) -> None:
    assert "Excessive force against protesters" in sub_types(extract, text)
