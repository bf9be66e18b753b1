"""A place told as passing to an armed side ("the district centre fell to the insurgents") is territory
taken, whatever the parse calls the place's name (the model often reads a town's name as a person's or a
firm's) and whatever noun names it; a name passing to a person, or a figure falling to a level, is not.
Our own sentences."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types

OVERTAKES = "Non-state actor overtakes territory"

TAKEN = [
    "Ghormach fell to the Taliban on Sunday.",
    "Gubio fell to Boko Haram fighters late on Tuesday, residents said.",
    "The district centre fell to Taliban fighters overnight.",
    "The district headquarters of Chahar Dara fell to insurgents after a two-day siege.",
    "Tarsel came under the control of the insurgents.",
    "The town's outskirts came under rebel control on Friday.",
]

NOT_TAKEN = [
    "Federer fell to Nadal in the final.",
    "Apple fell to Samsung in phone sales.",
    "The country's exports fell to a record low.",
    "Macron fell to third place in the polls.",
]


@pytest.mark.parametrize("text", TAKEN)
def test_a_place_passing_to_an_armed_side_is_territory_taken(extract, text: str) -> None:
    assert OVERTAKES in sub_types(extract, text)


@pytest.mark.parametrize("text", NOT_TAKEN)
def test_a_name_or_a_figure_falling_to_another_is_no_event(extract, text: str) -> None:
    assert extract(text).events == []


@pytest.mark.parametrize(("expected", "text"), [
    ("Government regains territory",
     "Iraqi forces pushed Islamic State militants from the last neighbourhoods they held in western Mosul."),
    ("Non-state actor overtakes territory", "The militants pushed the army from its positions near the town."),
])
def test_an_armed_side_pushed_from_a_place_loses_it(extract, expected: str, text: str) -> None:
    assert expected in sub_types(extract, text)


def test_a_door_pushed_open_is_no_act(extract) -> None:
    assert extract("He pushed the door open.").events == []
