"""A suicide bomb told by the charge carried on the body ("explosives hidden under her clothes", "wearing
a vest") or by the words armed groups and monitors use for it ("a self-detonation", "a martyrdom
operation"), whatever the verb. A bomb planted by a bomber who leaves is none. Our own sentences."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types

SUICIDE = "Suicide bomb"


@pytest.mark.parametrize("text", [
    "A teenage girl detonated explosives hidden under her clothes at a busy market, killing 12.",
    "A self-detonation at the checkpoint killed three soldiers, the army said.",
    "A martyrdom operation targeted the army headquarters, the group claimed.",
    "An attacker wearing a vest full of explosives blew up outside the police station.",
])
def test_a_charge_worn_or_named_by_its_makers_is_a_suicide_bomb(extract, text: str) -> None:
    assert SUICIDE in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "The bomber planted his explosives near the road and fled.",
    "A soldier was wounded when a roadside bomb exploded under his vehicle.",
])
def test_a_bomb_left_behind_is_no_suicide_bomb(extract, text: str) -> None:
    assert SUICIDE not in sub_types(extract, text)
