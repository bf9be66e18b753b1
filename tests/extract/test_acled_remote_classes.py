"""ACLED's explosions and remote violence read by classes of language: a chemical weapon told beside the
shells or bombs that carried it goes before them (ACLED's precedence), the other words reports use
for the gas and its attack, strikes that do violence or that a force carries out (from the air, not a
stoppage of work), and a state striking what forces hold with no troops named. Sentences written for
these tests, in several shapes each (voice, tense, reported speech, headline), with near-misses."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types

CHEMICAL = "Chemical weapon"
AIR = "Air/drone strike"
CLASH = "Armed clash"
SHELLING = "Shelling/artillery/missile attack"


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


@pytest.mark.parametrize("text", [
    "Coalition strikes killed twelve militants in the province.",
    "An American strike killed a senior commander of the group.",
    "The coalition said its strikes destroyed a weapons depot.",
    "US forces conducted a strike against the militants in the region.",
    "The town was hit by strikes that killed eight people.",
    "Strike kills rebel commander near border",
])
def test_strikes_that_do_violence_or_a_force_carries_out_are_from_the_air(extract, text: str) -> None:
    assert AIR in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Israel struck Iranian targets near Damascus overnight, the army said.",
    "Turkey pounded militant positions in the mountains on Sunday.",
])
def test_a_state_striking_what_forces_hold_with_no_troops_named_is_an_air_strike(extract, text: str) -> None:
    assert AIR in sub_types(extract, text)


@pytest.mark.parametrize(("wanted", "text"), [
    (CLASH, "Troops struck rebel positions near the river after a night of fighting."),
    (CLASH, "Militants struck an army base in the north, killing four soldiers."),
    (SHELLING, "A missile strike killed five soldiers at the base."),
    (SHELLING, "Artillery strikes hit rebel positions near the town."),
])
def test_strikes_by_troops_on_the_ground_or_with_other_arms_are_no_air_strike(extract, wanted: str,
                                                                                 text: str) -> None:
    types = sub_types(extract, text)
    assert wanted in types and AIR not in types


@pytest.mark.parametrize("text", [
    "Workers at the plant began a strike over pay.",
    "Teachers carried out a strike across the country.",
    "The earthquake struck the region overnight, killing twenty.",
])
def test_a_stoppage_of_work_or_a_quake_is_no_air_strike(extract, text: str) -> None:
    assert AIR not in sub_types(extract, text)
