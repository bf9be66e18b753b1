"""Doers told by a noun and not a name: armed or masked men forcing people into a vehicle abduct them; a
car bomber is a suicide attacker, no aircraft; a device or a mine triggered is an explosion. Girls forced
into marriage and clashes triggered keep their own reading. Our own sentences."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types

READINGS = [
    ("Abduction/forced disappearance", "Armed men forced the chief into a car and drove off, residents said."),
    ("Abduction/forced disappearance", "Masked men forced the three teachers into a pickup truck at gunpoint."),
    ("Suicide bomb", "A car bomber rammed his vehicle into the gate of an army base near Gao, the military said."),
    ("Remote explosive/landmine/IED", "A farmer triggered a landmine while ploughing his field near the border."),
]

OTHER_READINGS = [
    ("Abduction/forced disappearance", "Gunmen forced two girls into marriage."),
    ("Remote explosive/landmine/IED", "The arrest triggered clashes in the city."),
]


@pytest.mark.parametrize(("expected", "text"), READINGS)
def test_a_doer_told_by_its_noun_makes_its_act(extract, expected: str, text: str) -> None:
    assert expected in sub_types(extract, text)


@pytest.mark.parametrize(("unexpected", "text"), OTHER_READINGS)
def test_what_is_no_such_act_keeps_its_reading(extract, unexpected: str, text: str) -> None:
    assert unexpected not in sub_types(extract, text)
