"""ACLED sub-types of acts that came out with no event or no type: people taken hostage or captive (not a
move of people already held), people made slaves or wives (sexual violence), and a headline's past form of
a harm that needs an object ("Protesters killed as police open fire"), whose subject suffered it. Sentences
written for these tests, in several shapes each (voice, tense, reported speech, headlines, made-up names)."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types

ABDUCTION = "Abduction/forced disappearance"
SEXUAL = "Sexual violence"
EXCESSIVE = "Excessive force against protesters"
VIOLENT_DEMO = "Violent demonstration"


@pytest.mark.parametrize("text", [
    "Gunmen took three aid workers hostage near the border.",
    "The rebels have taken two engineers hostage, the ministry said.",
    "Militants take five teachers hostage in raid on school",
    "Two policemen were taken hostage by the rebels.",
    "Insurgents took a dozen villagers captive during the night.",
    "Police said the militants had taken the passengers hostage.",
])
def test_people_taken_hostage_or_captive_are_abducted(extract, text: str) -> None:
    assert ABDUCTION in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "The company took its rivals by surprise.",
    "Negotiators took the hostage question to the council.",
    "The hostage crisis took a new turn on Monday.",
    "The army took the freed hostages to the capital.",
    "A plane took the hostage home to his family.",
])
def test_hostages_moved_or_named_are_no_abduction(extract, text: str) -> None:
    assert ABDUCTION not in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "The militia forced women into sexual slavery in the occupied villages.",
    "Fighters took girls as wives after seizing the town.",
    "Dozens of schoolgirls were taken as wives by the insurgents, the report said.",
    "The group has sold abducted girls as brides, activists said.",
    "Women were forced into prostitution by the armed group.",
])
def test_people_made_slaves_or_wives_is_sexual_violence(extract, text: str) -> None:
    assert SEXUAL in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "The company took the matter as a warning.",
    "He took her as his partner in the business.",
    "The law forced the firms into bankruptcy.",
])
def test_taking_as_or_forcing_into_else_is_no_sexual_violence(extract, text: str) -> None:
    assert not sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Protesters killed as police open fire in the capital",
    "Two demonstrators killed as security forces fire on crowd",
    "Three protesters wounded as soldiers shoot at march",
])
def test_a_headline_harm_on_protesters_is_force_against_them(extract, text: str) -> None:
    subs = sub_types(extract, text)
    assert EXCESSIVE in subs and VIOLENT_DEMO not in subs


def test_a_headline_harm_with_an_object_keeps_its_doer(extract) -> None:
    assert VIOLENT_DEMO in sub_types(extract, "Protesters killed a policeman during the riot in the capital")


PEACEFUL = "Peaceful protest"


@pytest.mark.parametrize("text", [
    "Crowds thronged the avenue to denounce the coup.",
    "Thousands thronged the streets of the capital on Friday, demanding the release of the detained leader.",
    "Hundreds of opponents of the junta gathered in the main square on Sunday.",
    "Critics of the president gathered outside parliament.",
    "The regime's opponents gathered near the embassy on Tuesday",
])
def test_a_crowd_filling_a_street_or_opponents_gathering_protest(extract, text: str) -> None:
    assert PEACEFUL in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Crowds thronged the shops before the holiday.",
    "Shoppers thronged the streets before the holiday.",
    "Critics gathered evidence against the minister.",
    "Opponents of the plan gathered signatures for a petition.",
    "The critics gathered at the festival praised the film.",
])
def test_shoppers_and_critics_of_films_gathering_do_not_protest(extract, text: str) -> None:
    assert PEACEFUL not in sub_types(extract, text)
