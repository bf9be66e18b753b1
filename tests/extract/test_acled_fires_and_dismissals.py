"""ACLED false alarms by class: a fire or a blaze as the doer, set by no one the text tells, is an
accident ("a fire broke out at a market, destroying dozens of stalls"), where a fire someone set is
their act; firing or sacking an office holder, at no one, is a dismissal, where firing on or at someone
stays violence (a date's "on Monday" aims at no one). Sentences written for these tests, in several
shapes (participles, relative clauses, passives, made-up places)."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types

DESTRUCTION = "Looting/property destruction"


@pytest.mark.parametrize("text", [
    "A fire broke out at a market in the capital, destroying dozens of stalls.",
    "A fire destroyed a school in the north on Monday; its cause is not known.",
    "The blaze gutted the warehouse and destroyed its stock.",
    "A fire that started in the kitchen destroyed the restaurant.",
])
def test_a_fire_set_by_no_one_told_is_an_accident(extract, text: str) -> None:
    assert sub_types(extract, text) == []


@pytest.mark.parametrize("text", [
    "Militants set a fire that destroyed the school.",
    "A blaze started by the militia destroyed the village mosque.",
    "Unknown assailants set fire to the clinic, destroying its records.",
])
def test_a_fire_someone_set_is_their_destruction(extract, text: str) -> None:
    assert DESTRUCTION in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "The prime minister fired his finance minister on Monday.",
    "The club sacked its coach after a run of defeats.",
    "Two senior officials were fired over the scandal.",
])
def test_firing_an_office_holder_is_a_dismissal(extract, text: str) -> None:
    assert sub_types(extract, text) == []


@pytest.mark.parametrize("text", [
    "Gunmen fired on the minister's convoy, killing his driver.",
    "Rebels fired at army positions near Kesra.",
])
def test_firing_on_or_at_someone_stays_violence(extract, text: str) -> None:
    assert sub_types(extract, text) != []
