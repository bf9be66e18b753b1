"""An armed group's change told as a noun it announces ("announced its dissolution", "their merger", "the
formation of a new alliance"), as ties it cuts with another ("severed its links with the Islamic State") or
as a new name it takes ("renamed itself") is a change to the group; a parliament dissolved, firms merged, a
state's relations cut and a street renamed are not. Our own sentences."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types

CHANGE = "Change to group/activity"

CHANGES = [
    "The militia announced its dissolution on Sunday.",
    "Armed group announces its dissolution after 30 years of fighting",
    "The armed group has announced its disbandment, its spokesman said.",
    "The two rebel groups announced their merger on Friday.",
    "The rebels announced the formation of a new alliance.",
    "The militia severed its links with the Islamic State group, a spokesman said.",
    "According to its leader, the militia has cut its ties with al-Qaeda.",
    "The group renamed itself the Front for Change.",
]

NO_CHANGES = [
    "The government announced the dissolution of parliament.",
    "The Adani Group announced its merger with a rival firm.",
    "The media group announced its dissolution.",
    "Qatar cut ties with Egypt.",
    "The council renamed the street after the poet.",
]


@pytest.mark.parametrize("text", CHANGES)
def test_an_armed_groups_change_told_is_a_change_to_the_group(extract, text: str) -> None:
    assert CHANGE in sub_types(extract, text)


@pytest.mark.parametrize("text", NO_CHANGES)
def test_others_ending_merging_or_renaming_make_no_change_to_an_armed_group(extract, text: str) -> None:
    assert CHANGE not in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Al-Shabaab's Jubba wing has broken away from the group, according to a statement.",
    "A faction of the rebels broke away from the movement.",
    "Rebel faction breaks away from movement over peace talks",
])
def test_a_part_of_an_armed_group_breaking_away_is_a_change_to_the_group(extract, text: str) -> None:
    assert CHANGE in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Protesters broke away from the march and attacked a police station.",
    "The boy broke away from his mother and ran.",
])
def test_a_crowd_or_a_person_breaking_away_is_no_change_to_a_group(extract, text: str) -> None:
    assert CHANGE not in sub_types(extract, text)
