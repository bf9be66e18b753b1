"""People taken into custody or led off, told with the verbs that take things too: by a force, arrests
("police hauled in 47 members", "soldiers led away the chairman", "police bundled the opposition leader into
a van"); by armed or unknown men, an abduction ("fighters took away six elders", "men in plain clothes
bundled the activist into a car"). Luggage bundled and residents led to safety are neither. Our own
sentences."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types

ARRESTS = [
    "Police hauled in 47 suspected members of the Brotherhood during raids in Giza.",
    "According to the ministry, 47 members of the banned group were hauled in overnight.",
    "Soldiers led away the chairman and six senior members of the ruling party.",
    "Police bundled the opposition leader into a van outside his home, his lawyer said.",
]

ABDUCTIONS = [
    "Al-Shabaab fighters took away six village elders at gunpoint.",
    "Men in plain clothes bundled the activist into an unmarked car in Karachi.",
    "Plainclothes men bundled a journalist into a van outside his home.",
    "Masked men took the village chief from his home, residents said.",
]

NEITHER = [
    "The porters bundled the luggage into the car.",
    "Firefighters led away the residents to safety.",
]


@pytest.mark.parametrize("text", ARRESTS)
def test_people_taken_in_by_a_force_are_arrests(extract, text: str) -> None:
    assert sub_types(extract, text) == ["Arrests"]


@pytest.mark.parametrize("text", ABDUCTIONS)
def test_people_led_off_by_armed_or_unknown_men_are_abducted(extract, text: str) -> None:
    assert "Abduction/forced disappearance" in sub_types(extract, text)


@pytest.mark.parametrize("text", NEITHER)
def test_things_bundled_and_people_led_to_safety_are_no_act(extract, text: str) -> None:
    assert sub_types(extract, text) == []
