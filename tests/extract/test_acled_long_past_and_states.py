"""An act told as so many years before ("ten years after the bombing of the cathedral", "a decade since
the massacre") is background, no event of the day; "the wounded soldiers" a minister visits are people in
a state, not a wounding told. The acts of the day beside them keep their type. Our own sentences."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types


@pytest.mark.parametrize("text", [
    "Ten years after the bombing of the cathedral, survivors gathered to remember the victims.",
    "Two years since the massacre, no one has been charged, relatives said.",
    "A decade after the siege of the city, its old market has reopened.",
    "The minister visited the wounded soldiers in hospital on Monday.",
    "The injured passengers were flown to the capital for treatment.",
])
def test_an_act_long_past_or_a_state_of_people_is_no_event(extract, text: str) -> None:
    assert sub_types(extract, text) == []


@pytest.mark.parametrize(("expected", "text"), [
    ("Remote explosive/landmine/IED", "Hours after the bombing of the market, police arrested two suspects."),
    ("Remote explosive/landmine/IED", "A car bomb killed five people and left 20 injured in the town."),
])
def test_an_act_of_the_day_keeps_its_type(extract, expected: str, text: str) -> None:
    assert expected in sub_types(extract, text)
