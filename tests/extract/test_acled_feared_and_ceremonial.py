"""ACLED false alarms by class: an act noun that someone fears, expects or braces for is still to come
("residents fear renewed clashes"), where clashes that broke out happened; a march or a gathering told
as part of a ceremony (a parade, a festival, celebrations) is no protest unless its people are told as
protesters; a team that "stormed to victory" fought no one. Sentences written for these tests, in
several shapes (present and progressive, prepositional objects, made-up places)."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types


@pytest.mark.parametrize("text", [
    "Residents fear renewed clashes as the deadline approaches.",
    "Villagers are bracing for an offensive by the army.",
    "Analysts expect more attacks ahead of the vote.",
    "Veterans marched in the annual remembrance parade.",
    "Thousands of pilgrims marched to the shrine during the festival.",
    "Schoolchildren marched in the independence day celebrations.",
    "The country's football team stormed to victory in the final.",
    "The champions stormed to a 4-0 win over their rivals.",
])
def test_feared_acts_ceremonies_and_victories_are_not_coded(extract, text: str) -> None:
    assert sub_types(extract, text) == []


@pytest.mark.parametrize("text, sub_type", [
    ("Renewed clashes broke out between the army and the rebels in Kesra.", "Armed clash"),
    ("Protesters marched during the independence day parade, chanting slogans against the junta.",
     "Peaceful protest"),
    ("Hundreds marched in the capital to demand the release of political prisoners.", "Peaceful protest"),
    ("Protesters stormed the parliament building.", "Violent demonstration"),
    ("Police foiled a bomb attack on the stadium.", "Disrupted weapons use"),
])
def test_acts_told_as_done_stay_coded(extract, text: str, sub_type: str) -> None:
    assert sub_type in sub_types(extract, text)
