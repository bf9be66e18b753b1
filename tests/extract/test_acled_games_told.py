"""A game told in a sentence (two of its words or more: "striker", "scored", "first half") makes the attacks
and shots of doers who are no armed side, force or crowd play, not violence; an attack by an armed group at
a match, or with one word of a game said of a war ("the goal of reaching the border"), keeps its type.
Our own sentences."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types


@pytest.mark.parametrize("text", [
    "The striker scored twice as United attacked from the first whistle.",
    "The visitors shot on target three times in the first half.",
    "Rovers attacked down the left wing and the goalkeeper saved a penalty in extra time.",
])
def test_a_game_told_is_no_violence(extract, text: str) -> None:
    assert sub_types(extract, text) == []


@pytest.mark.parametrize(("expected", "text"), [
    ("Attack", "Militants attacked the stadium during a league match, killing the goalkeeper and a referee."),
    ("Armed clash", "Troops attacked rebel positions near the goal of reaching the border."),
])
def test_violence_at_a_match_or_beside_one_word_of_a_game_keeps_its_type(extract, expected: str, text: str) -> None:
    assert expected in sub_types(extract, text)
