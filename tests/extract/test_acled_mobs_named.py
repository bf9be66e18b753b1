"""A lynching is a mob's whoever the text names doing it ("market traders lynched a man"), and a clash
between communities or villages with no force or armed group told is mob violence; soldiers who kill, and
clashes between an army and rebels or between militias, are not. Our own sentences."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types

MOB = "Mob violence"


@pytest.mark.parametrize("text", [
    "Market traders lynched a man they accused of pickpocketing in Kampala on Tuesday.",
    "Cow vigilantes lynch dairy farmer in Alwar",
    "Clashes between two communities over a religious procession left 12 injured; shops were torched.",
    "Residents of two neighbouring villages clashed over a water source, leaving three dead.",
])
def test_a_lynching_or_a_communal_clash_is_mob_violence(extract, text: str) -> None:
    assert MOB in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Clashes between the army and rebels killed 12.",
    "Clashes between rival militias in Tripoli killed five.",
])
def test_clashes_of_forces_or_militias_are_no_mob(extract, text: str) -> None:
    found = sub_types(extract, text)
    assert "Armed clash" in found and MOB not in found
