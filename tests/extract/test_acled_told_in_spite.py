"""What an act is told in spite of is no object of it: "talks started despite the strikes" starts no
strike, "voting began despite the boycott" stages no boycott. Sentences written for these tests, in
several shapes each (word order, tense, headlines, made-up names and places)."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types

AGREEMENT = "Agreement"
PEACEFUL = "Peaceful protest"


@pytest.mark.parametrize("text", [
    "The peace talks between the government and Varsol started in Marsak despite the air strikes on rebel areas.",
    "Ceasefire talks start despite protests in Velm",
    "Despite the fighting, negotiations between the junta and the rebels opened in Tarsa on Monday.",
    "Peace talks between the army and the Kalvo Front resumed in Helvast despite heavy shelling overnight.",
])
def test_talks_begun_in_spite_of_other_acts_are_talks(extract, text: str) -> None:
    found = sub_types(extract, text)
    assert AGREEMENT in found and PEACEFUL not in found


@pytest.mark.parametrize("text", [
    "Voting started in Marsak on Sunday despite the opposition's boycott.",
    "Work on the new dam started despite demonstrations by farmers earlier this year.",
    "Classes resumed at Helvast University despite the strikes by lecturers last month.",
    "The trial began in Korvan notwithstanding the boycott called by the defence lawyers.",
])
def test_a_start_in_spite_of_a_protest_stages_none(extract, text: str) -> None:
    assert sub_types(extract, text) == []
