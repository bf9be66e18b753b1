"""A place entered by a party the knowledge base knows is taken as one entered by an armed side's noun
("the Taliban entered Jalalabad unopposed" as "rebels entered Marsak"), and a place handed by one side to
another is a transfer without fighting ("the militia handed the town to the army", "handed its checkpoints
to the brigade"). A letter handed to a minister and soldiers handed to the Red Cross are no place. Our own
sentences."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types

TRANSFER = "Non-violent transfer of territory"

HANDED_ON = [
    "The Taliban entered Jalalabad unopposed as the governor handed over the city.",
    "Taliban enter Jalalabad unopposed",
    "The militia handed the town to the army on Friday.",
    "The Kelvar brigade handed its checkpoints along the coastal road to the Radaa force on Monday.",
    "Militants hand over border post to tribal elders",
]


@pytest.mark.parametrize("text", HANDED_ON)
def test_a_place_entered_unopposed_or_handed_on_is_a_transfer_without_fighting(extract, text: str) -> None:
    assert TRANSFER in sub_types(extract, text)


def test_a_place_a_known_party_enters_after_fighting_is_taken(extract) -> None:
    found = sub_types(extract, "The Taliban entered Jalalabad on Sunday after heavy fighting.")
    assert "Non-state actor overtakes territory" in found and TRANSFER not in found


@pytest.mark.parametrize("text", [
    "He handed the letter to the minister.",
    "The rebels handed the captured soldiers to the Red Cross.",
])
def test_what_is_handed_and_no_place_is_no_transfer(extract, text: str) -> None:
    assert TRANSFER not in sub_types(extract, text)
