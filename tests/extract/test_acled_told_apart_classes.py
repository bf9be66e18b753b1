"""ACLED sub-types whose signs are told apart from the act's own clause: the air force that reports its own
bombing ("said it had bombed"), a gas told by the munitions that carried it or by the suffocation it caused
(and the sentence after a shelling that tells the gas), a name an armed force takes control of (a place,
whatever the parse labels it), and captives freed by the side told as holding them. Sentences written for
these tests, in several shapes each (voice, tense, reported speech, headline), with near-misses."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types

AIR = "Air/drone strike"
CHEMICAL = "Chemical weapon"
SHELLING = "Shelling/artillery/missile attack"
REGAINS = "Government regains territory"
OVERTAKES = "Non-state actor overtakes territory"
AGREEMENT = "Agreement"
EXPLOSIVE = "Remote explosive/landmine/IED"


@pytest.mark.parametrize("text", [
    "The air force said it had bombed rebel positions near Tarkesh overnight.",
    "The Veldan air force says it bombed a militant hideout in the hills.",
    "The air force announced that it had bombed two insurgent camps in the east.",
    "Our air force confirmed it bombed the rebels' fuel depot on Tuesday, a spokesman said.",
])
def test_an_air_force_that_reports_its_own_bombing_made_an_air_strike(extract, text: str) -> None:
    found = sub_types(extract, text)
    assert AIR in found and EXPLOSIVE not in found


@pytest.mark.parametrize("text", [
    "Government forces fired rockets loaded with poisonous chemicals at the town of Kefrin.",
    "The army shelled the village with gas-filled projectiles, activists said.",
    "Residents reported cases of choking after artillery shells containing chemicals hit the neighbourhood.",
    "Regime gunships dropped gas bombs on the suburb, medics said.",
])
def test_munitions_told_as_carrying_a_gas_or_chemicals_are_a_chemical_weapon(extract, text: str) -> None:
    assert CHEMICAL in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Dozens of villagers suffered suffocation after troops fired a gas into Marwa village.",
    "Several civilians suffocated after forces fired gas canisters into their homes in Belgor.",
    "Medics treated 40 people for symptoms of poisoning after shelling of the Arvik neighbourhood.",
    "Dozens of people were poisoned when regime forces fired shells at Halvo.",
])
def test_a_gas_told_with_the_suffocation_or_munitions_with_the_poisoning_is_a_chemical_weapon(
        extract, text: str) -> None:
    assert CHEMICAL in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Regime forces shelled the town of Kasrin. Medics said dozens of residents were treated for exposure to chlorine.",
    "Rockets hit the Sarvel district overnight. Doctors later found traces of sarin in the victims' blood.",
    "Government helicopters bombed the village. Witnesses said a yellow cloud smelling of chlorine spread over it.",
])
def test_the_gas_told_in_the_sentence_after_a_shelling_or_a_strike_is_a_chemical_weapon(extract, text: str) -> None:
    assert CHEMICAL in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Police fired tear gas at students who were choking on the smoke of burning tyres.",
    "Protesters suffered breathing problems after police fired tear gas to disperse them.",
    "Artillery shells hit the town.\n\nIn another story, a chlorine leak at a water plant was fixed.",
    "Dozens of workers suffocated after a gas leak at the Morvan factory.",
])
def test_tear_gas_another_paragraph_and_accidents_are_no_chemical_weapon(extract, text: str) -> None:
    assert CHEMICAL not in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Government troops regained control of Kalvo after two days of fierce fighting with the rebels.",
    "The army has regained control of Tessaly, the defence ministry said.",
    "Soldiers took back control of Marvo from the militants on Saturday.",
    "Army regains control of Dolvek after heavy clashes",
])
def test_a_name_state_forces_take_control_of_is_a_place_regained(extract, text: str) -> None:
    assert REGAINS in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Rebels seized control of Kaltar after government troops fled.",
    "The militants have taken control of Varsoni, residents said.",
])
def test_a_name_armed_groups_take_control_of_is_a_place_overtaken(extract, text: str) -> None:
    assert OVERTAKES in sub_types(extract, text)


def test_a_firm_a_board_takes_control_of_is_no_territory(extract) -> None:
    assert not sub_types(extract, "The board regained control of Telvia after a vote of shareholders.")


@pytest.mark.parametrize("text", [
    "Twelve soldiers held by the insurgents were released on Sunday.",
    "Four soldiers abducted by the insurgents in January were released on Sunday.",
    "Nine policemen who had been held by the rebels were freed on Friday.",
    "Troops captured by the rebels last year were released yesterday, the army confirmed.",
])
def test_captives_freed_by_the_side_told_as_holding_them_are_a_release(extract, text: str) -> None:
    assert AGREEMENT in sub_types(extract, text)


def test_captives_freed_with_no_holder_told_are_no_release_of_a_side(extract) -> None:
    assert AGREEMENT not in sub_types(extract, "Twelve men were released on bail on Sunday.")
