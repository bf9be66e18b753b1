"""Violence told in words that is none (issue 13): an attack on a plan or a record is made with words, a
team "bombs out" of a cup, and a crashed aircraft is an accident, not an air strike; the acts they
resemble are still typed. Sentences written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types


@pytest.mark.parametrize("text", [
    "The opposition leader attacked the president's economic plan as reckless.",
    "The prime minister's proposal was attacked by lawmakers from all parties.",
    "In a fiery speech, she launched an attack on the government's record on jobs.",
    "Critics attacked the ruling, saying it would weaken the courts.",
    "Union leaders have been attacking the new labour law for weeks, the paper reported.",
])
def test_an_attack_on_a_plan_a_law_or_a_record_is_no_violence(extract, text: str) -> None:
    assert sub_types(extract, text) == []


@pytest.mark.parametrize("text", [
    "The national team bombed out of the World Cup in the group stage.",
    "Holders Rovers bombed out of the cup on Saturday.",
])
def test_a_side_that_bombs_out_of_a_competition_is_no_bombing(extract, text: str) -> None:
    assert sub_types(extract, text) == []


@pytest.mark.parametrize("text", [
    "A military helicopter crashed during a training flight, killing all five crew members.",
    "Eleven passengers died when a small plane crashed into a hillside near the airport.",
    "A cargo aircraft crashed shortly after take-off, killing its crew.",
    "Two pilots were killed after their jet collided with a hangar at the air base, the air force said.",
])
def test_an_aircraft_that_crashed_is_an_accident_not_an_air_strike(extract, text: str) -> None:
    assert sub_types(extract, text) == []


@pytest.mark.parametrize(("text", "sub_type"), [
    ("Warplanes struck the village, killing 40 people, witnesses said.", "Air/drone strike"),
    ("A helicopter crashed after it was hit by a missile fired by the rebels, killing its crew.",
     "Shelling/artillery/missile attack"),
    ("Gunmen attacked a convoy carrying election materials, and soldiers returned fire.", "Armed clash"),
    ("Militants attacked a school, killing four teachers.", "Attack"),
    ("A suicide bomber blew himself up at a mosque during Friday prayers.", "Suicide bomb"),
    ("Fighters launched an attack on an army post near the border.", "Armed clash"),
])
def test_the_acts_these_resemble_are_still_typed(extract, text: str, sub_type: str) -> None:
    assert sub_type in sub_types(extract, text)
