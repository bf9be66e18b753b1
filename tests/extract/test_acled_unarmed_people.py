"""People an act is done to, named by any trade or state (WordNet's persons: "herders", "a blogger",
"migrants"), are civilians when no armed side is theirs: a killing of them is an attack, their seizure by
armed men an abduction. Members, supporters or recruits of an armed side stay combatants; a village seized
is territory. Our own sentences."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types

from accordwatch.extract.word_lists import person_classes


def test_the_person_nouns_are_first_senses() -> None:
    classes = person_classes()
    unarmed, armed = set(classes["unarmed_persons"]), set(classes["armed_persons"])
    assert {"migrant", "herder", "blogger", "lawyer", "shepherd"} <= unarmed
    assert {"soldier", "policeman", "guard", "kidnapper"} <= armed
    assert not {"hand", "party", "head", "cat"} & (unarmed | armed)  # a person only in a later sense


@pytest.mark.parametrize("text", [
    "Border guards shot dead two migrants near the crossing on Friday.",
    "Two herders were shot dead by soldiers near the river, villagers said.",
    "Gunmen on a motorbike killed a blogger outside his home.",
    "A blogger who had criticised the governor was gunned down by unknown attackers.",
    "Troops opened fire on a group of shepherds, killing four, a local official said.",
])
def test_unarmed_people_by_any_name_are_attacked(extract, text: str) -> None:
    assert "Attack" in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Troops killed three members of the militia in a gunfight.",
    "Soldiers killed five Taliban supporters in a raid on their hideout.",
    "Government forces killed two suspected militants near the border.",
])
def test_people_of_an_armed_side_are_no_civilians(extract, text: str) -> None:
    assert "Attack" not in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Security agents whisked away a blogger from his home at night, his wife said.",
    "Rebels seized two herders near the river on Monday, the district chief said.",
    "Two shepherds were seized by militants on Tuesday and taken to an unknown location.",
])
def test_unarmed_people_seized_by_armed_men_are_abducted(extract, text: str) -> None:
    assert "Abduction/forced disappearance" in sub_types(extract, text)


def test_a_village_seized_is_territory_not_people(extract) -> None:
    types = sub_types(extract, "The village was captured by insurgents late on Sunday, an elder said.")
    assert "Abduction/forced disappearance" not in types
    assert "Non-state actor overtakes territory" in types
