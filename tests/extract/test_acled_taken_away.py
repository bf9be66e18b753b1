"""People led off by armed men ("masked gunmen took the chief from his home", "were taken away by armed men")
are abducted (ACLED's Abduction/forced disappearance), told in several shapes (voice, tense, headline,
reported speech); people taken by rescuers or to safety are not. Sentences written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types

ABDUCTION = "Abduction/forced disappearance"


@pytest.mark.parametrize("text", [
    "Masked gunmen took the village chief from his home on Monday night.",
    "The journalist was taken away by armed men in an unmarked car, his wife said.",
    "Militants have taken 12 passengers from a bus near Korvo.",
    "Relatives said the teacher had been missing since gunmen led him away.",
    "Three farmers were taken from their fields by gunmen in Tarsa.",
    "Rebels take away five aid workers at checkpoint",
])
def test_people_led_off_by_armed_men_are_abducted(extract, text: str) -> None:
    assert ABDUCTION in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Soldiers took the children from the burning school to safety.",
    "Volunteers took the elderly residents away from the flooded district.",
    "The militants took their weapons from the depot before fleeing.",
])
def test_people_taken_to_safety_and_things_taken_are_no_abduction(extract, text: str) -> None:
    assert ABDUCTION not in sub_types(extract, text)
