"""ACLED's riots read by whom force meets (issue 13): people told as rioting by a word on them ("rioting
youths", "a rampaging crowd", "stone-throwing youths") make the force's act part of the riot, a violent
demonstration, not an attack on civilians nor a clash. Sentences written for these tests (made-up places)."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types

RIOT = "Violent demonstration"


@pytest.mark.parametrize("text", [
    "Police fired live ammunition at rioting youths in Harrowgate, killing one.",
    "Soldiers opened fire on a rampaging crowd in Kesh on Tuesday.",
    "Two rioting students were shot dead by police in Lisk.",
    "Police have detained dozens of rioting residents in Dalsk, a spokesman said.",
])
def test_force_meeting_people_told_as_rioting_is_a_riot(extract, text: str) -> None:
    assert RIOT in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Soldiers killed five villagers in Brask on Monday.",
    "Gunmen shot dead a man who had burned his neighbour's house in Varnow.",
])
def test_people_told_by_what_they_did_before_are_no_rioters(extract, text: str) -> None:
    assert RIOT not in sub_types(extract, text)
