"""A party telling what its own side did is no accuser (claims.py: _is_party_opposed reads sides through
kb.side_of): a government, its ministries, its capital's name and its armed forces and police are one
side, so "Ethiopian forces retook the town, the government said" is asserted, as it is when the army
says it, and only another side's acts told by a party are alleged. Sentences written for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from accordwatch.kb import default_knowledge_base


@pytest.mark.parametrize("text", [
    "Ukrainian troops shelled Russian positions near Bakhmut on Friday, Kyiv said.",
    "Afghan forces killed 14 insurgents in an airstrike in Kunduz province, the government said.",
    "The government said Afghan police had killed two suspected bombers in Herat on Sunday.",
    "Iraqi soldiers have shot dead three Islamic State fighters near Mosul, the Iraqi prime minister's office "
    "announced.",
])
def test_a_government_telling_its_own_forces_acts_asserts_them(extract, text: str) -> None:
    violent = [e for e in partial(extract, published=None)(text).events if e.category == "ASSAULT"]
    assert violent and all(e.modality == "asserted" for e in violent)


@pytest.mark.parametrize("text", [
    "Russian troops shelled the city of Kherson on Friday, Kyiv said.",
    "The Taliban said Afghan forces killed 12 civilians in an airstrike in Kunduz province on Thursday.",
    "The Afghan government said Taliban fighters had killed four police officers in Ghazni.",
])
def test_another_sides_acts_told_by_a_party_stay_alleged(extract, text: str) -> None:
    violent = [e for e in partial(extract, published=None)(text).events if e.category == "ASSAULT"]
    assert violent and all(e.modality == "alleged" for e in violent)


def test_a_state_its_government_forces_and_police_are_one_side() -> None:
    kb = default_knowledge_base()
    assert {kb.side_of(a) for a in ("ukr", "ukr_gov", "ukr_mil", "ukr_police")} == {"ukr"}
    assert kb.side_of("taliban") != kb.side_of("afg_mil")
