"""ACLED's arrests of notable people (issue 13): who heads or speaks for a body and community figures are
notable ("the head of the electoral commission", "the union's chairman", "the village elders"); blaming
someone ("held the leaders responsible") detains no one. Sentences written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types

ARRESTS = "Arrests"


@pytest.mark.parametrize("text", [
    "The junta has jailed the head of the electoral commission, state media reported.",
    "Intelligence agents arrested the chairman of the teachers' union in Kovno.",
    "The army detained the spokesman of the separatist movement at a checkpoint near Telk.",
    "The chief of the Brenn district council was arrested by soldiers on Sunday.",
    "Police said they had detained two judges of the supreme court in Ulvar.",
])
def test_arrests_of_people_who_head_or_speak_for_a_body_are_coded(extract, text: str) -> None:
    assert ARRESTS in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "The commission held the militia leaders responsible for the killings in Varr.",
    "Voters will hold the members of parliament accountable at the next election.",
    "The opposition holds the interior minister personally responsible for the deaths.",
    "Residents were held responsible for sheltering the fighters, the army said.",
    "Families said they held the people liable for the fire.",
])
def test_holding_someone_to_blame_is_no_arrest(extract, text: str) -> None:
    assert ARRESTS not in sub_types(extract, text)


def test_people_held_captive_by_an_armed_group_are_still_taken(extract) -> None:
    assert "Abduction/forced disappearance" in sub_types(
        extract, "Rebels held the journalists captive for a week in the hills above Varr.")
