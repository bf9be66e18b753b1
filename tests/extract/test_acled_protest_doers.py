"""ACLED's protest family read by who protests (issue 13): people named by whom they stand against or by
("opponents of the military government", "relatives of soldiers") are not the force their "of" phrase
names, and people named by the craft they work ("bus drivers", "ferry workers") are no craft in an
accident. Sentences written for these tests, in several shapes each (made-up places)."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types

PEACEFUL = "Peaceful protest"


@pytest.mark.parametrize("text", [
    "Thousands of opponents of the military government gathered in Valdora on Saturday.",
    "Relatives of soldiers held by the rebels marched to the defence ministry in Porto Lenz.",
    "Supporters of the army chief rallied outside the presidential palace in Kesh on Friday.",
    "Organisers said hundreds of critics of the army-backed government had assembled in the old town of Brisa.",
])
def test_people_named_by_whom_they_oppose_or_back_protest(extract, text: str) -> None:
    assert PEACEFUL in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Soldiers of the national army gathered at the border town of Veln.",
    "Troops of the presidential guard assembled outside the palace in Kesh.",
])
def test_a_force_gathering_is_no_protest(extract, text: str) -> None:
    assert sub_types(extract, text) == []


@pytest.mark.parametrize("text", [
    "Bus drivers protested in Orvane on Monday against low wages.",
    "Train drivers launched a strike in Kesh on Tuesday over pensions.",
    "Bus drivers strike over unpaid wages in Orvane",
    "Hundreds of taxi and bus drivers went on strike in Lemberg on Thursday.",
])
def test_people_named_by_the_craft_they_work_protest(extract, text: str) -> None:
    assert PEACEFUL in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "A bus collided with a truck near Sarn on Monday, killing six.",
    "A tanker truck exploded in Orvane, killing four people.",
    "The ferry capsized off Port Ellis on Sunday and twenty passengers drowned.",
])
def test_a_craft_in_an_accident_is_no_act_acled_codes(extract, text: str) -> None:
    assert sub_types(extract, text) == []


@pytest.mark.parametrize("text", [
    "Thousands march against junta in Brask",
    "Farmers rally in Kesh over crop prices",
    "5,000 march in Varnow against new mining law",
    "Nurses protest outside Orvane hospital over unpaid wages",
])
def test_a_headline_protest_verb_tagged_as_a_noun_with_its_doers_before_it(extract, text: str) -> None:
    assert PEACEFUL in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "The farmers rally was postponed",
    "Elections 2024 rally schedule",
])
def test_a_rally_named_is_no_headline_verb(extract, text: str) -> None:
    assert sub_types(extract, text) == []


@pytest.mark.parametrize("text", [
    "Health workers downed tools in Orvane on Tuesday over unpaid allowances.",
    "Miners at the Kessel pit have laid down their tools.",
    "Nurses walked out of hospitals across Varnow on Monday over pay.",
    "Thousands of dockers downed tools at Port Amsel, the union said.",
    "Lecturers at Telmar University walked out on Wednesday.",
])
def test_people_at_work_downing_tools_or_walking_out_strike(extract, text: str) -> None:
    assert PEACEFUL in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "The delegates walked out of the talks in Kesh.",
    "The minister walked out of the meeting after a row.",
    "Junior doctors in Brask will down tools next week.",
])
def test_walking_out_of_a_meeting_or_a_stoppage_to_come_is_no_protest(extract, text: str) -> None:
    assert sub_types(extract, text) == []
