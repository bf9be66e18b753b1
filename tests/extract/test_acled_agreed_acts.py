"""ACLED agreements by what was agreed: whatever an armed side or a state's forces agreed to do (leave a
town, pull back, hand over weapons, let aid in) is an agreement made between the sides, told as done
though the act is still to come; a firm's, a council's or a government's promise of other things is
none, nor an agreement refused or denied. Sentences written for these tests, in several shapes
(tense, reported speech, fronted phrases, made-up names and places)."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types

AGREEMENT = "Agreement"


@pytest.mark.parametrize("text", [
    "Under a deal brokered by tribal elders, the fighters agreed to leave the town.",
    "The rebels have agreed to withdraw from three districts, a mediator said.",
    "Militia commanders agreed on Sunday to hand over their heavy weapons.",
    "The army agreed to pull back its troops from the buffer zone.",
    "Insurgents agreed to let aid convoys into the besieged city, the UN said.",
])
def test_what_an_armed_side_agreed_to_do_is_an_agreement(extract, text: str) -> None:
    assert AGREEMENT in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "The company agreed to pay the workers their back wages.",
    "The council agreed to rebuild the school by next year.",
    "The government agreed to raise teachers' salaries.",
    "The rebels refused to agree to leave the town.",
    "The rebels have not agreed to withdraw from the districts.",
])
def test_a_promise_of_no_armed_side_or_an_agreement_refused_is_none(extract, text: str) -> None:
    assert AGREEMENT not in sub_types(extract, text)
