"""A group's change told as a noun: its formation announced by the armed group itself, a reunification
or a defection of fighters. Not a company's unit, not a party's lawmakers, not a country's reunification.
Our own sentences."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types

CHANGE = "Change to group/activity"


@pytest.mark.parametrize("text", [
    "A new armed group announced its formation in a video posted online.",
    "A new armed group calling itself the Northern Liberation Army has announced its formation.",
    "Two factions of the rebel movement announced their reunification at a ceremony in the hills.",
    "The defection of 30 fighters to the government side was announced by the army on Sunday.",
    "The formation of a new rebel alliance was announced on Sunday.",
])
def test_a_change_told_as_a_noun_is_a_change_to_the_group(extract, text: str) -> None:
    assert CHANGE in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "The company announced the formation of a new unit for its customers.",
    "A media group announced its formation last year.",
    "The ruling party welcomed the defection of two opposition lawmakers.",
    "German reunification was celebrated on Saturday.",
])
def test_a_change_of_no_armed_group_is_none(extract, text: str) -> None:
    assert CHANGE not in sub_types(extract, text)
