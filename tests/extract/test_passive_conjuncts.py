"""A participle joined to a passive verb shares its voice: "the girl was raped and murdered by two men"
tells two acts done to the girl by the men, never one done by her; the "by" phrase the parse hangs on the
last verb is the first's doer too ("were ambushed and killed by militants"). A verb with a subject of its
own is no such participle ("was arrested and has confessed"). Our own sentences."""

from __future__ import annotations

import pytest
from extract_helpers import describe, sub_types


@pytest.mark.parametrize("text", [
    "The girl was raped and murdered by two men in the village.",
    "Three herders were beaten and robbed by soldiers at a checkpoint.",
    "A teacher was abducted and killed by unknown gunmen, police said.",
])
def test_the_patient_of_a_passive_pair_does_neither_act(extract, text: str) -> None:
    extraction = extract(text)
    assert all("civilians" not in e.actors for e in extraction.events), describe(extraction)


@pytest.mark.parametrize("text", [
    "Two soldiers were ambushed and killed by militants near the base.",
    "A police post was attacked and torched by insurgents overnight.",
])
def test_the_agent_of_the_last_verb_does_the_first(extract, text: str) -> None:
    extraction = extract(text)
    assert extraction.events and all("insurgents" in e.actors for e in extraction.events), describe(extraction)


def test_an_unarmed_patient_of_a_passive_pair_makes_both_acts_on_civilians(extract) -> None:
    types = sub_types(extract, "The journalist was arrested and beaten by police at the rally's edge.")
    assert "Armed clash" not in types


def test_a_verb_with_its_own_subject_is_no_passive_partner(extract) -> None:
    extraction = extract("The commander was arrested on Monday and he has confessed, police said.")
    assert not any(e.category == "ASSAULT" for e in extraction.events), describe(extraction)
