"""ACLED violence sub-types read from classes of language rather than single words: the unarmed trades a
report names its dead by, the clause on a victim that names the side it was said to help, setting fire
to an office (no base set up), the verbs of killing a crowd, a crowd stoning a person, and the sexual
abuse of people of any kind. Sentences written for these tests, in several shapes each (voice, tense,
reported speech, headline), with near-misses."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types

ATTACK = "Attack"
CLASH = "Armed clash"
LOOTING = "Looting/property destruction"
BASE = "Headquarters or base established"
EXCESSIVE = "Excessive force against protesters"
INTERVENTION = "Protest with intervention"
MOB = "Mob violence"
RIOT = "Violent demonstration"
SEXUAL = "Sexual violence"


@pytest.mark.parametrize("text", [
    "Gunmen shot dead a civil servant in Tamale on Monday.",
    "Two vendors were killed by militiamen at the market, police said.",
    "Bandits kill three motorists on highway in Katsina",
    "Suspected separatist fighters shot a civil servant dead in Bamenda.",
    "Insurgents killed four herdsmen and a shopkeeper near the lake, officials said.",
])
def test_unarmed_trades_killed_by_an_armed_side_are_an_attack(extract, text: str) -> None:
    assert ATTACK in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Militants beheaded a village elder accused of spying for the army.",
    "Gunmen killed a farmer suspected of helping the rebels, residents said.",
    "A trader accused of informing for the police was shot dead by insurgents.",
    "Rebels shot two villagers who had sheltered soldiers in their homes.",
])
def test_a_side_named_in_a_clause_on_the_victim_is_not_whom_the_act_hit(extract, text: str) -> None:
    assert ATTACK in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Rebels shot dead two soldiers at a checkpoint.",
    "Insurgents killed three policemen who were guarding the bridge.",
])
def test_armed_people_killed_stay_a_clash(extract, text: str) -> None:
    types = sub_types(extract, text)
    assert CLASH in types and ATTACK not in types


@pytest.mark.parametrize("text", [
    "Unknown arsonists set fire to the office of the opposition party.",
    "Arsonists set fire to the party's office in Kumasi.",
    "The offices of the electoral commission were set on fire by unknown men.",
])
def test_setting_fire_to_an_office_is_property_destruction(extract, text: str) -> None:
    types = sub_types(extract, text)
    assert LOOTING in types and BASE not in types


def test_setting_up_an_office_or_base_is_still_a_base(extract) -> None:
    assert BASE in sub_types(extract, "Rebels set up a base in the forest.")


@pytest.mark.parametrize("text", [
    "Government troops gunned down protesters calling for the president's resignation.",
    "Security forces gunned down three demonstrators during the march.",
    "Soldiers mowed down dozens of protesters in the square.",
    "Police stabbed a protester at the rally, witnesses said.",
])
def test_killing_or_maiming_a_crowd_by_any_verb_is_excessive_force(extract, text: str) -> None:
    assert EXCESSIVE in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Police dispersed the protesters with tear gas.",
    "Police fired tear gas to disperse protesters who were throwing stones at officers.",
])
def test_dispersal_or_a_riot_met_is_no_excessive_force(extract, text: str) -> None:
    assert EXCESSIVE not in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "A crowd of residents stoned a man to death on suspicion of witchcraft.",
    "Villagers stoned a suspected thief to death in the market.",
    "A man was stoned to death by an angry crowd in the market.",
])
def test_a_crowd_stoning_a_person_is_mob_violence(extract, text: str) -> None:
    types = sub_types(extract, text)
    assert MOB in types and RIOT not in types


@pytest.mark.parametrize("text", [
    "Youths hurled stones at officers during the protest, police said.",
    "Protesters pelted the police with stones outside the ministry.",
])
def test_stones_thrown_at_a_force_by_demonstrators_are_a_riot(extract, text: str) -> None:
    types = sub_types(extract, text)
    assert RIOT in types and MOB not in types


@pytest.mark.parametrize("text", [
    "Three schoolgirls were sexually abused by fighters, the UN said.",
    "Soldiers sexually abused displaced women in the camp, a report said.",
    "Militiamen sexually abused two teachers on their way home.",
])
def test_sexual_abuse_of_people_of_any_kind_is_sexual_violence(extract, text: str) -> None:
    assert SEXUAL in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "The court heard the defendant deny charges of rape on Tuesday.",
    "The ministry launched a campaign against sexual harassment in the workplace.",
])
def test_talk_of_sexual_violence_is_no_act(extract, text: str) -> None:
    assert SEXUAL not in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Armed men opened fire on a crowd at a market, killing eight.",
    "A gunman opened fire on revellers at a nightclub, killing four.",
    "Gunmen attacked commuters at a bus stop, killing two.",
    "Attackers shot dead two customers at a bar, police said.",
])
def test_gatherings_of_unarmed_people_fired_on_are_an_attack(extract, text: str) -> None:
    assert ATTACK in sub_types(extract, text)


@pytest.mark.parametrize(("wanted", "text"), [
    (EXCESSIVE, "Police opened fire on a crowd of protesters, killing three."),
    (INTERVENTION, "Police fired tear gas to disperse the crowd outside parliament."),
    (MOB, "An angry crowd beat a suspected thief to death."),
])
def test_a_crowd_met_at_a_protest_or_doing_violence_is_no_attack(extract, wanted: str, text: str) -> None:
    types = sub_types(extract, text)
    assert wanted in types and ATTACK not in types
