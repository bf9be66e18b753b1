"""ACLED's explosions and remote violence read by classes of language: a chemical weapon told beside the
shells or bombs that carried it goes before them (ACLED's precedence), and the other words reports use
for the gas and its attack. Sentences written for these tests, in several shapes each (voice, tense,
reported speech, headline), with near-misses."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types

CHEMICAL = "Chemical weapon"


@pytest.mark.parametrize("text", [
    "Residents smelled chlorine after the shells hit the district.",
    "Toxic gas filled the streets after rockets hit the town.",
    "Dozens choked on poison gas after government helicopters bombed the suburb.",
])
def test_a_gas_told_beside_the_shells_or_bombs_that_carried_it_is_a_chemical_weapon(extract, text: str) -> None:
    assert CHEMICAL in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Mortar shells filled with toxic substances landed on the village.",
    "A gas attack on the town killed dozens, activists said.",
    "The watchdog said a choking agent was used in the attack on the town.",
    "Survivors of the gas attack described their symptoms to investigators.",
    "Rebels used toxic chemicals against troops near the city.",
    "Gas attack kills 20 in rebel-held town",
])
def test_other_words_for_the_gas_or_its_attack_are_a_chemical_weapon(extract, text: str) -> None:
    assert CHEMICAL in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Police fired tear gas at the protesters outside the ministry.",
    "Riot police launched a tear gas attack on the students' march.",
    "A gas explosion at a restaurant killed three cooks, firefighters said.",
])
def test_crowd_control_gas_and_accidents_are_no_chemical_weapon(extract, text: str) -> None:
    assert CHEMICAL not in sub_types(extract, text)
