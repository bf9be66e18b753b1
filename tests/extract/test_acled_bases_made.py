"""ACLED bases by how a place is made one: an armed group making a place its base ("made the old fort
their headquarters", "made it their base", with the noun parsed as a small clause's) or converting it
into one named in two words ("into their command centre"); a pact between the sides is an agreement as
a deal is. Near-misses: what is made of no base, a pact of firms. Sentences written for these tests,
in several shapes (tense, conjoined verbs, pronouns, made-up names and places)."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types

BASE = "Headquarters or base established"
AGREEMENT = "Agreement"


@pytest.mark.parametrize("text", [
    "The insurgents made the old fort their headquarters.",
    "Fighters took up positions in an abandoned factory and made it their base.",
    "The group has made the valley its stronghold, villagers say.",
    "Rebels converted a hotel in Kesra into their command centre.",
    "The militia turned the old customs house into a command post last week.",
])
def test_a_place_an_armed_group_makes_or_converts_into_a_base_is_one_established(extract, text: str) -> None:
    assert BASE in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "The rebels made their position clear in a statement.",
    "The minister made a point of visiting the wounded.",
    "The council converted the old school into a library.",
])
def test_what_is_made_of_no_base_is_none(extract, text: str) -> None:
    assert BASE not in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "The rebels and the army inked a pact on Monday.",
    "Community leaders from both clans signed a peace pact in Kesra.",
])
def test_a_pact_between_the_sides_is_an_agreement(extract, text: str) -> None:
    assert AGREEMENT in sub_types(extract, text)


def test_a_pact_of_firms_is_none(extract) -> None:
    assert sub_types(extract, "The two firms signed a pact to share their research.") == []
