"""ACLED's protest and riot sub-types, and looting, as a coder would give them (issue 13, protest
family): protests told by a noun, a gathering or a complaint; force met by people told as
protesting; fights with demonstrators; looting and destruction; protests told only as the reason of
another act (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types


@pytest.mark.parametrize("text", [
    # a demonstration told as a complaint by people who are no state
    "Nurses protested against the closure of the maternity ward in Gweru on Monday.",
    "A group of farmers is protesting outside the ministry against the new seed law.",
    "Hundreds of pensioners have protested against cuts to their allowances, organisers said.",
    # a crowd gathering to protest or demand
    "Hundreds of traders gathered outside the town hall to denounce the new market fees.",
    "Students assembled in front of the university to protest against the fee rise.",
    "Villagers converged on the district office on Tuesday to demand compensation for their land.",
    # a protest noun staged, joined or told by its size
    "Thousands of women took part in a march against gender violence in Lima.",
    "Opposition supporters took out a torchlight march through the old city.",
    "Shopkeepers observed a bandh across the district to protest the new tax.",
    "The rally against the mining licence drew about 3,000 people, its organisers said.",
    "Teachers shouted slogans against the education minister outside the assembly.",
    "Farmers continued their agitation at the state border for a second week.",
])
def test_protests_told_in_other_shapes_are_peaceful_protests(extract, text: str) -> None:
    assert "Peaceful protest" in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "The foreign ministry protested against the visit of the warship.",
    "The government protested against the report in a note to the embassy.",
])
def test_a_state_protesting_makes_a_diplomatic_note_not_a_demonstration(extract, text: str) -> None:
    assert sub_types(extract, text) == []


@pytest.mark.parametrize("text", [
    "Mourners gathered at the cemetery to bury the victims.",
    "Fans gathered outside the stadium to celebrate the title.",
])
def test_a_gathering_for_another_purpose_is_no_protest(extract, text: str) -> None:
    assert "Peaceful protest" not in sub_types(extract, text)


@pytest.mark.parametrize(("wanted", "text"), [
    # the people met are told as protesting by a participle or a clause on them
    ("Excessive force against protesters", "Soldiers shot dead five villagers protesting against the new dam."),
    ("Excessive force against protesters", "Police killed two men who were demonstrating outside the court."),
    ("Excessive force against protesters", "Troops fired into a crowd of workers marching on the capital, "
                                           "killing three."),
    ("Excessive force against protesters", "Police opened fire on striking dock workers, wounding eleven."),
    ("Protest with intervention", "Police detained thirty students who had gathered to protest outside "
                                  "the ministry."),
    ("Protest with intervention", "Officers arrested dozens of activists for protesting in front of "
                                  "parliament."),
])
def test_force_against_people_told_as_protesting(extract, wanted: str, text: str) -> None:
    found = sub_types(extract, text)
    assert found and found[0] == wanted


@pytest.mark.parametrize("text", [
    "Demonstrators clashed with riot police in the city centre on Saturday.",
    "Police clashed with protesters outside the electoral commission.",
    "Clashes broke out between police and demonstrators near the central square.",
    "Protesters threw rocks and other projectiles at the police lines.",
    "Youths hurled stones at officers during the protest, police said.",
])
def test_a_fight_with_demonstrators_is_a_riot(extract, text: str) -> None:
    found = sub_types(extract, text)
    assert found and found[0] == "Violent demonstration"


@pytest.mark.parametrize("text", [
    "Two soldiers were killed when a grenade was hurled at their truck during clashes with protesters.",
])
def test_a_grenade_stays_a_grenade_beside_a_riot(extract, text: str) -> None:
    assert "Grenade" in sub_types(extract, text)


@pytest.mark.parametrize(("wanted", "text"), [
    ("Mob violence", "A man accused of theft was burned alive by a mob in the market."),
    ("Mob violence", "Angry villagers burnt alive a suspected child snatcher on Sunday."),
])
def test_burning_someone_alive_is_violence_against_them(extract, wanted: str, text: str) -> None:
    assert wanted in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Food stores run by the aid agency were looted in the city overnight.",
    "Fighters plundered a health centre and carried off its medicine.",
    "Unidentified men set fire to a primary school in the village; nobody was hurt.",
    "Insurgents destroyed a mobile phone mast outside the town on Thursday.",
    "Settlers uprooted dozens of olive trees belonging to the villagers.",
    "The militia ransacked the offices of the electoral body, officials said.",
])
def test_looting_and_destruction_of_property(extract, text: str) -> None:
    assert "Looting/property destruction" in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "A court sentenced twelve students to prison for taking part in protests last year.",
    "The government expelled two diplomats for joining anti-government rallies.",
    "Two reporters were jailed for covering the opposition rallies, their lawyers said.",
    "The minister resigned in protest at the decision.",
    "Parliament erupted in protest when the speaker cut off the debate.",
    "A petition against the new law gathered 50,000 signatures in a week.",
])
def test_a_protest_told_as_a_reason_or_a_manner_is_no_protest_held(extract, text: str) -> None:
    assert not {"Peaceful protest", "Protest with intervention"} & set(sub_types(extract, text))


def test_a_protest_staged_is_no_crowd_met(extract) -> None:
    found = sub_types(extract, "A march was organised by the transport workers' union in the capital.")
    assert "Peaceful protest" in found and "Protest with intervention" not in found


@pytest.mark.parametrize("text", [
    "Thousands of women marched against police violence in the capital on Sunday.",
    "Hundreds rallied in the square to condemn the burning of a church last week.",
    "Students staged a protest over the stone-throwing at their school bus.",
])
def test_what_a_protest_is_against_is_no_violence_of_its_own(extract, text: str) -> None:
    found = sub_types(extract, text)
    assert "Peaceful protest" in found and "Violent demonstration" not in found


@pytest.mark.parametrize("text", [
    # a toll told with the force that met a protest, or as the result of force used on protesters
    "At least nine people were killed as soldiers cracked down on protests in the north.",
    "Police used live rounds against demonstrators in the capital, killing four.",
    "Security forces fired live ammunition at marchers on Friday, wounding twenty.",
])
def test_a_toll_of_force_used_on_protesters_is_excessive_force(extract, text: str) -> None:
    assert "Excessive force against protesters" in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Members of the union staged a dharna outside the municipal office.",
    "Activists took out a procession through the main market on Sunday.",
])
def test_a_protest_noun_staged_by_a_mislemmatised_verb(extract, text: str) -> None:
    assert "Peaceful protest" in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Protesters turned violent in the port city on Saturday night.",
    "The crowd outside the courthouse became unruly after the verdict.",
    "The demonstration grew violent as darkness fell.",
])
def test_a_crowd_turning_violent_is_a_riot(extract, text: str) -> None:
    assert "Violent demonstration" in sub_types(extract, text)


def test_weather_turning_ugly_is_no_riot(extract) -> None:
    assert sub_types(extract, "The weather turned ugly on the second day of the race.") == []


# (a mob's burning is its riot: ACLED codes looting and destruction apart only outside rioting; see
# test_acled_mob_destruction.py)
@pytest.mark.parametrize("text", [
    "A church was set on fire overnight in the village.",
    "Cattle raiders burned dozens of huts in the valley on Sunday.",
    "Unknown men damaged several vehicles parked outside the party office.",
])
def test_burning_and_damage_of_property(extract, text: str) -> None:
    assert "Looting/property destruction" in sub_types(extract, text)


def test_demonstrators_damaging_property_riot(extract) -> None:
    found = sub_types(extract, "The protesters damaged several vehicles and a police post.")
    assert found and found[0] == "Violent demonstration"


@pytest.mark.parametrize("text", [
    "Demonstrators gathered outside the presidential palace on Tuesday.",
    "Hundreds of protesters assembled in the main square of the old town.",
    "Nurses at the district hospital have been on strike since Monday.",
    "A strike by dock workers paralysed the port for a third day.",
    "The teachers' strike entered its second week, union officials said.",
])
def test_demonstrators_gathering_and_strikes_by_workers_are_protests(extract, text: str) -> None:
    assert "Peaceful protest" in sub_types(extract, text)


@pytest.mark.parametrize(("wanted", "text"), [
    ("Air/drone strike", "A drone strike on the convoy killed two commanders."),
    ("Air/drone strike", "An air strike by coalition jets hit the depot overnight."),
])
def test_a_strike_from_the_air_is_no_labour_strike(extract, wanted: str, text: str) -> None:
    found = sub_types(extract, text)
    assert wanted in found and "Peaceful protest" not in found


def test_gathering_evidence_is_no_protest(extract) -> None:
    assert "Peaceful protest" not in sub_types(extract, "Investigators gathered evidence at the scene.")
