"""ACLED sub-types not given to what is no act ACLED codes, and not taken from another act's words: a
denied report of a fight, misfortune or a find told as "striking", a labour strike launched, a sit-in,
aid bodies or political parties doing what an armed group's base or change would be, the verb "live"
as if it were live fire, and the means of the act an answer is "in retaliation for". Sentences written
for these tests, in several shapes each (voice, tense, reported speech, headlines, made-up names)."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types


@pytest.mark.parametrize("text", [
    "Reports of clashes were denied by the army.",
    "The army denied reports of clashes in the district.",
    "Army denies reports of fighting near the border",
    "The ministry has dismissed reports that rebels attacked the town.",
])
def test_an_act_told_only_as_a_report_denied_gets_no_type(extract, text: str) -> None:
    assert not sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Disaster struck the village.",
    "Tragedy struck the family on Sunday.",
    "Disaster strikes coastal town",
    "The miners struck gold near the river.",
    "His speech struck a chord with voters.",
])
def test_misfortune_or_a_find_told_as_striking_is_no_violence(extract, text: str) -> None:
    assert not sub_types(extract, text)


@pytest.mark.parametrize(("wanted", "text"), [
    ("Attack", "Gunmen struck the village at dawn, killing nine civilians."),
    ("Armed clash", "Militants launched an attack on an army post."),
])
def test_armed_sides_striking_stay_typed(extract, wanted: str, text: str) -> None:
    assert wanted in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Workers launched a strike over pay.",
    "Dock workers have launched a strike over unpaid wages.",
    "The teachers' union launched a strike on Monday, demanding higher salaries.",
    # the day told on the strike itself, as the parse reads it in the present or the perfect: no target
    "Hospital cleaners in Velsa launch an indefinite strike on Wednesday over unpaid wages.",
    "Hospital porters in Kelso have launched an indefinite strike on Tuesday over unpaid overtime.",
    "Bakers in Tesmar begin a week-long strike on Monday",
])
def test_a_labour_strike_launched_is_a_protest(extract, text: str) -> None:
    subs = sub_types(extract, text)
    assert "Peaceful protest" in subs and "Violent demonstration" not in subs and "Air/drone strike" not in subs


@pytest.mark.parametrize("text", [
    "The air force launched strikes on militant hideouts.",
    "Coalition aircraft launched a strike against the insurgents.",
])
def test_strikes_launched_at_a_target_stay_air_strikes(extract, text: str) -> None:
    assert "Air/drone strike" in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Protesters have occupied the square.",
    "Students occupied the university building for a third day.",
    "Protesters occupy parliament square",
    "Demonstrators blocked the main highway to demand the release of their leader.",
])
def test_a_sit_in_or_a_blockade_is_a_peaceful_protest(extract, text: str) -> None:
    subs = sub_types(extract, text)
    assert "Peaceful protest" in subs and "Violent demonstration" not in subs


def test_a_sit_in_told_with_violence_stays_a_riot(extract) -> None:
    assert "Violent demonstration" in sub_types(extract, "Protesters occupied the square and set fire to cars.")


@pytest.mark.parametrize("text", [
    "Residents who live near the refinery protested against the pollution.",
    "Villagers who live near the mine marched to the governor's office.",
])
def test_the_verb_live_is_no_live_fire(extract, text: str) -> None:
    subs = sub_types(extract, text)
    assert "Peaceful protest" in subs and "Protest with intervention" not in subs


@pytest.mark.parametrize("text", [
    "Aid agencies set up a base in the town.",
    "The Red Cross established a new office in the capital.",
    "A new base was opened by the charity in the north.",
    "The party withdrew from the coalition.",
    "Party quits ruling coalition",
    "The ruling party named a new leader on Friday.",
])
def test_aid_bodies_and_parties_make_no_base_or_group_change(extract, text: str) -> None:
    assert not sub_types(extract, text)


@pytest.mark.parametrize(("wanted", "text"), [
    ("Headquarters or base established", "The militants set up a new base in the forest."),
    ("Headquarters or base established", "Government troops established a base near the town."),
    ("Change to group/activity", "The rebel group split into two factions."),
    ("Change to group/activity", "Fighters of the Kivu Front withdrew from the alliance."),
])
def test_armed_groups_bases_and_changes_stay_typed(extract, wanted: str, text: str) -> None:
    assert wanted in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Government jets struck rebel positions in retaliation for a chemical attack.",
    "Warplanes bombed the town to avenge the chemical attack on troops.",
])
def test_the_means_of_the_act_answered_are_not_the_answers(extract, text: str) -> None:
    subs = sub_types(extract, text)
    assert "Air/drone strike" in subs and "Chemical weapon" not in subs


@pytest.mark.parametrize("text", [
    "Government forces dropped chlorine on the town.",
    "Rebels said the army had attacked the district with chemical weapons.",
])
def test_chemical_weapons_used_stay_typed(extract, text: str) -> None:
    assert "Chemical weapon" in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "The company suffered losses in the raid by tax inspectors.",
    "Tax inspectors raided the company's offices on Tuesday.",
    "The offices of the firm were raided by customs officials.",
    "Auditors raid bank headquarters",
])
def test_a_raid_by_civil_officials_is_no_violence(extract, text: str) -> None:
    assert not sub_types(extract, text)


@pytest.mark.parametrize(("wanted", "text"), [
    ("Armed clash", "Soldiers raided a rebel hideout near the border, killing three fighters."),
    ("Attack", "Gunmen raided the village and killed five farmers."),
])
def test_raids_by_armed_sides_stay_typed(extract, wanted: str, text: str) -> None:
    assert wanted in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Police sealed off the area after the blast.",
    "Police cordoned off the street after the explosion.",
    "Security was tightened in the capital following the bombing.",
    "Residents were evacuated after the blast.",
])
def test_an_answer_to_an_act_told_only_as_its_time_is_no_act(extract, text: str) -> None:
    assert not sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Police sealed off the area after a bomb killed three people near the market.",
    "Police said two people died in the blast.",
])
def test_a_blast_told_with_its_toll_stays_typed(extract, text: str) -> None:
    assert "Remote explosive/landmine/IED" in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Angry residents blocked the road and attacked police officers, who fired back, killing one.",
    "Villagers marched to the police station and set it on fire.",
    "Youths blocked the highway with logs and stoned passing cars.",
])
def test_a_crowd_whose_own_other_act_is_a_protest_riots(extract, text: str) -> None:
    subs = sub_types(extract, text)
    assert "Violent demonstration" in subs and "Mob violence" not in subs


@pytest.mark.parametrize("text", [
    "Villagers beat a suspected thief to death.",
    "A mob lynched two men accused of stealing cattle.",
])
def test_a_crowd_told_with_no_protest_is_a_mob(extract, text: str) -> None:
    assert "Mob violence" in sub_types(extract, text)
