"""ACLED's actor classes (inter codes) from the knowledge base's kinds and affiliations."""

from __future__ import annotations

import pytest

from accordwatch.kb import default_knowledge_base
from accordwatch.kb.acled_actors import actor_classes, inter_code, interaction
from accordwatch.model import Actor


@pytest.fixture(scope="module")
def kb():
    return default_knowledge_base()


@pytest.mark.parametrize(("actor_id", "country", "code"), [
    ("afg_mil", "AFG", 1),        # state forces at home
    ("afg_police", "AFG", 1),
    ("afg_gov", "AFG", 1),
    ("taliban", "AFG", 2),        # a rebel group
    ("insurgents", "AFG", 2),
    ("protesters", "AFG", 6),
    ("civilians", "AFG", 7),
    ("aid_workers", "AFG", 7),
    ("usa_mil", "AFG", 8),        # a state's forces outside their own country
    ("usfor_a", "AFG", 8),        # deployed abroad, though the data gives it the country it serves in
    ("usa_mil", "USA", 1),
    ("un", "AFG", 8),             # an international organisation
    ("afg_mil", None, 1),         # no place: not known to be abroad
])
def test_inter_code_of_knowledge_base_actors(kb, actor_id, country, code):
    assert inter_code(kb.actors[actor_id], country, kb=kb) == code


def test_militias_are_told_apart_by_their_names(kb):
    political = Actor("x_militia", "Northern Defence Militia", "armed_group", ["the militiamen of the north"])
    identity = Actor("x_tribe", "Shinwari tribal militia", "armed_group")
    vigilantes = Actor("x_vig", "Valley Vigilantes", "armed_group")
    rebels = Actor("x_front", "Southern Liberation Front", "armed_group")
    assert inter_code(political, "AFG", kb=kb) == 3
    assert inter_code(identity, "AFG", kb=kb) == 4
    assert inter_code(vigilantes, "AFG", kb=kb) == 4
    assert inter_code(rebels, "AFG", kb=kb) == 2


def test_protesters_in_a_riot_are_rioters(kb):
    assert inter_code(kb.actors["protesters"], "AFG", event_type="Riots", kb=kb) == 5
    assert inter_code(kb.actors["protesters"], "AFG", event_type="Protests", kb=kb) == 6


def test_a_person_takes_the_class_of_their_organisation(kb):
    assert inter_code(kb.actors["ashraf_ghani"], "AFG", kb=kb) == 1
    assert inter_code(kb.actors["ashraf_ghani"], "QAT", kb=kb) == 8  # his government abroad
    assert inter_code(Actor("p1", "Someone Unknown", "person"), "AFG", kb=kb) is None


def test_every_class_is_reachable_and_named():
    classes = actor_classes()
    assert classes.names == {1: "State forces", 2: "Rebel groups", 3: "Political militias", 4: "Identity militias",
                             5: "Rioters", 6: "Protesters", 7: "Civilians", 8: "External/Other forces"}


@pytest.mark.parametrize(("inter1", "inter2", "code"), [
    (1, 2, 12), (2, 1, 12), (7, 2, 27), (1, 1, 11), (2, None, 20), (None, 6, 60), (None, None, None), (8, 1, 18),
])
def test_interaction_is_the_two_codes_smaller_first(inter1, inter2, code):
    assert interaction(inter1, inter2) == code
