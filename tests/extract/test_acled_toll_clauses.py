"""ACLED targets told by a toll: an act adverbial to the death or the wounding of people ("several
marchers died after soldiers shot into the crowd") was done to them, so the toll's people are its
targets: a crowd of protesters met by lethal force, civilians attacked. Sentences written for these
tests, in several shapes (tense, voice, the clause's conjunction, made-up places)."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types

EXCESSIVE = "Excessive force against protesters"
ATTACK = "Attack"


@pytest.mark.parametrize("text", [
    "Several marchers died after soldiers shot into the crowd.",
    "Two demonstrators were injured when troops charged the square in Vorsk.",
    "Many protesters were hurt as police beat them with batons, organisers said.",
    "At least four protesters have died since security forces opened fire on Friday.",
])
def test_protesters_harmed_by_the_act_their_toll_is_told_with_met_lethal_force(extract, text: str) -> None:
    assert EXCESSIVE in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "A farmer died after soldiers shot at his car near Tarsa.",
    "Two shepherds were wounded when troops fired on their flock, villagers said.",
])
def test_civilians_harmed_by_the_act_their_toll_is_told_with_were_attacked(extract, text: str) -> None:
    assert ATTACK in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Three soldiers died after rebels fired on their convoy.",
    "Protesters marched through Belkor after soldiers shot at a checkpoint.",
])
def test_a_toll_of_fighters_or_no_toll_makes_no_protest_or_civilian_target(extract, text: str) -> None:
    assert EXCESSIVE not in sub_types(extract, text) and ATTACK not in sub_types(extract, text)
