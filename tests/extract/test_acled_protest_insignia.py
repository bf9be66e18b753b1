"""ACLED protests told by what their people bear: people holding, carrying, waving or brandishing the
things of a protest (placards, banners, protest signs, effigies) demonstrate, and a gathering of people
bearing them is a protest; flags, trophies and shop banners are no such thing. Sentences written for
these tests, in several shapes (participles on the subject or after the verb, perception verbs, made-up
places)."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types

PEACEFUL = "Peaceful protest"


@pytest.mark.parametrize("text", [
    "Hundreds of nurses carried placards through the streets of Mirhaz.",
    "Students waving banners gathered outside the court.",
    "Villagers gathered outside the governor's office, holding banners that demanded clean water.",
    "Dozens of farmers were seen brandishing placards at the gates of the mill.",
    "Protesters could be seen carrying banners outside the embassy.",
    "Women in Kesra held protest signs outside the police station on Friday.",
])
def test_people_bearing_the_things_of_a_protest_demonstrate(extract, text: str) -> None:
    assert PEACEFUL in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Fans waved flags as the team bus arrived.",
    "The shop put up banners for its summer sale.",
    "The winner held the trophy aloft.",
    "The minister was seen holding talks with the envoy.",
])
def test_flags_trophies_and_shop_banners_are_no_protest(extract, text: str) -> None:
    assert PEACEFUL not in sub_types(extract, text)
