"""ACLED's protest family read by act nouns a light verb stages (issue 13): a crackdown launched,
intensified or escalated is told as done, and met protesters ("launched a brutal crackdown on peaceful
protesters"); one announced or still to come is not. Sentences written for these tests (made-up places)."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types

FORCE = "Excessive force against protesters"


@pytest.mark.parametrize("text", [
    "Police launched a brutal crackdown on peaceful protesters in Orvane on Sunday.",
    "Security forces in Varnow have intensified their deadly crackdown on peaceful demonstrators.",
    "The army has escalated its violent crackdown on protesters in Brask, killing four on Saturday.",
    "Rights groups said the army's lethal crackdown on protesters in Telmar continued on Monday.",
])
def test_a_crackdown_staged_on_protesters_is_force_against_them(extract, text: str) -> None:
    assert FORCE in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "The interior minister announced a crackdown on illegal street vendors in Kesh.",
    "Police will launch a crackdown on drunk drivers next month.",
    "The government did not launch a crackdown on the protesters.",
])
def test_a_crackdown_announced_or_to_come_is_no_act(extract, text: str) -> None:
    assert sub_types(extract, text) == []
