"""ACLED classes from fresh sentences of the weakest sub-types: force named as what pauses, lulls or ends
("a lull in the fighting") is no fight told; people protest, so a protest by workers of a mill or a factory
names where they work, never a hazard; an understanding or a memorandum of understanding between the sides
is an agreement, as a deal is, and no firm's or ministry's (so is a truce extended, renewed or prolonged, and a
humanitarian corridor agreed); a place surrendered is handed over, where people
surrendering is a deal. Sentences written for these tests, in several shapes (passive, adverbial, reported,
made-up places)."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types


@pytest.mark.parametrize("text", [
    "There was a lull in the fighting on Sunday.",
    "Residents used a pause in the fighting to flee.",
    "Mediators pushed for a halt to the clashes.",
    "A brief let-up in the shelling allowed families to bury their dead.",
    "Elders demanded an end to the clashes between the two clans.",
    "The cessation of the bombing lasted only two days, aid workers said.",
])
def test_force_that_pauses_or_ends_is_not_coded(extract, text: str) -> None:
    assert sub_types(extract, text) == []


@pytest.mark.parametrize("text, sub_type", [
    ("Fighting between the army and the rebels resumed after a lull of two days.", "Armed clash"),
    ("Clashes broke out again despite a pause in the fighting announced on Monday, killing four soldiers.",
     "Armed clash"),
    ("The lull ended on Tuesday when fighting erupted between the army and the rebels near Delsa.", "Armed clash"),
    ("Both sides agreed to stop the fighting.", "Agreement"),
])
def test_fighting_around_a_pause_stays_coded(extract, text: str, sub_type: str) -> None:
    assert sub_type in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Workers of the textile mill raised slogans against the management.",
    "Workers of the textile factory staged a protest against the management.",
    "Workers at the sugar mill raised slogans over unpaid wages.",
    "Employees of the power plant held a demonstration outside the head office.",
])
def test_workers_of_a_plant_protest(extract, text: str) -> None:
    assert "Peaceful protest" in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "A boiler at the textile mill exploded, killing three workers.",
    "A fire at the factory killed two night guards.",
])
def test_a_plant_that_blows_up_is_still_an_accident(extract, text: str) -> None:
    assert sub_types(extract, text) == []


@pytest.mark.parametrize("text", [
    "The army and the rebels reached an understanding to halt hostilities.",
    "Rebel commanders and army officers reached an understanding on a truce.",
    "An understanding was reached between the clan militias and the army after mediation by elders.",
    "The rebels and the government signed a memorandum of understanding on the disarmament of fighters.",
    "The militia and the army signed an MoU in Morvath.",
])
def test_an_understanding_between_the_sides_is_an_agreement(extract, text: str) -> None:
    assert "Agreement" in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "The two firms reached an understanding on pricing.",
    "The ministry signed a memorandum of understanding with the university.",
    "The health department and a charity signed an MoU to run mobile clinics.",
    "The tenants and the landlord reached an understanding over the rent.",
    "Both countries signed a memorandum of understanding on trade.",
    "The minister said he had no understanding of the new rules.",
])
def test_other_understandings_are_not_coded(extract, text: str) -> None:
    assert sub_types(extract, text) == []


@pytest.mark.parametrize("text", [
    "The militia surrendered the district to the army without firing a shot.",
    "The rebels have surrendered the town of Delsa to government forces without a fight.",
])
def test_a_place_surrendered_is_handed_over(extract, text: str) -> None:
    assert "Non-violent transfer of territory" in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Forty rebels surrendered to the army in Delsa on Sunday.",
    "The militants surrendered their weapons to the authorities.",
    "The rebel commander surrendered with 30 of his fighters to the army.",
])
def test_people_surrendering_stay_an_agreement(extract, text: str) -> None:
    assert "Agreement" in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "The junta and the ethnic armed groups extended the truce until the end of the year.",
    "The army and the rebels renewed their ceasefire for another month.",
    "The warring parties have agreed to prolong the truce by 48 hours.",
    "The army and the insurgents agreed on a humanitarian corridor to evacuate civilians.",
])
def test_a_truce_extended_or_a_corridor_agreed_is_an_agreement(extract, text: str) -> None:
    assert "Agreement" in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "The government extended the deadline for tax returns.",
    "The company renewed its agreement with the supplier.",
    "The two countries extended their trade agreement for five years.",
    "The ministry extended the lockdown until Sunday.",
])
def test_other_things_extended_are_not_coded(extract, text: str) -> None:
    assert sub_types(extract, text) == []
