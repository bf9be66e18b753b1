"""The vocabulary the ACLED typing reads, as classes rather than words (issue 13): lemmas the small
model gets wrong, nouns of a fight or a truce that are the act wherever they stand, parties the
knowledge base does not know, and the classes of nouns that verbs of one sense share as objects.
Sentences written for these tests, in several shapes each (voice, tense, reported speech)."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types
from spacy.language import Language

CLASH = "Armed clash"
AIR = "Air/drone strike"
AGREEMENT = "Agreement"
CHANGE = "Change to group/activity"
DISRUPTED = "Disrupted weapons use"
BASE = "Headquarters or base established"


@pytest.mark.parametrize(("text", "word", "lemma"), [
    ("Fighting raged for three days.", "raged", "rage"),
    ("Hundreds of nurses staged a sit-in.", "staged", "stage"),
    ("The army retook the town.", "retook", "retake"),
    ("Hostilities resumed at dawn.", "Hostilities", "hostility"),
])
def test_verbs_and_nouns_get_their_dictionary_lemma(nlp: Language, text: str, word: str, lemma: str) -> None:
    token = next(t for t in nlp(text) if t.text == word)
    assert token.lemma_ == lemma


@pytest.mark.parametrize("text", [
    "Heavy gunfights raged between the army and insurgents in the hills outside the town.",
    "Government troops and separatist fighters traded fire along the front line.",
    "Police said soldiers had been trading fire with the bandits since dawn.",
    "Fierce combat between rebels and pro-government forces left 14 fighters dead.",
    "Two rival militias engaged in a shootout in the market district, residents said.",
    "Skirmishes between security forces and gunmen were reported on the outskirts of the town.",
])
def test_a_fight_told_by_its_noun_or_an_exchange_of_fire_is_a_clash(extract, text: str) -> None:
    assert CLASH in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "The air force conducted sorties against rebel strongholds in the north.",
    "Coalition jets flew dozens of sorties over the city on Sunday.",
])
def test_combat_sorties_are_air_strikes(extract, text: str) -> None:
    assert AIR in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "The two teams traded goals in the second half.",
    "Traders traded goods across the border despite the closure.",
])
def test_trading_anything_but_fire_is_no_clash(extract, text: str) -> None:
    assert sub_types(extract, text) == []


@pytest.mark.parametrize("text", [
    "A ceasefire between the army and the rebels came into force on Monday.",
    "A prisoner swap between the government and the rebels took place on Sunday.",
])
def test_a_truce_or_a_swap_between_two_sides_told_as_coming_about_is_an_agreement(extract, text: str) -> None:
    assert AGREEMENT in sub_types(extract, text)


def test_talks_beginning_are_no_agreement(extract) -> None:
    assert sub_types(extract, "Talks between the two sides began on Monday in Geneva.") == []


def test_a_named_group_the_knowledge_base_does_not_know_still_changes(extract) -> None:
    text = "The Ndoki Popular Front announced that it had merged with two smaller armed groups."
    assert CHANGE in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Soldiers recovered rockets and mortar shells from an abandoned rebel position.",
    "A weapons depot belonging to the militants was discovered by troops.",
    "Customs officers impounded a consignment of rifles bound for the rebels.",
    "Troops uncovered a cache of weapons and ammunition in a cave.",
])
def test_every_verb_of_finding_arms_shares_one_class_of_weapons(extract, text: str) -> None:
    assert DISRUPTED in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Rescuers recovered the bodies of ten miners from the flooded shaft.",
    "Police found the missing girl unharmed in a neighbouring village.",
    "The ministry built a new school and a clinic in the district.",
])
def test_finding_or_building_anything_else_is_no_development(extract, text: str) -> None:
    assert sub_types(extract, text) == []


def test_a_military_point_erected_is_a_base(extract) -> None:
    assert BASE in sub_types(extract, "Turkish troops erected a new military point south of the town.")


@pytest.mark.parametrize("text", [
    "Investigators unearthed a mass grave containing 40 bodies near the town.",
    "A mass grave was discovered on the outskirts of the city, police said.",
    "Forensic teams exhumed the remains of dozens of people from a mass grave in the north.",
])
def test_a_mass_grave_found_is_an_other_strategic_development(extract, text: str) -> None:
    assert "Other" in sub_types(extract, text)


def test_an_old_grave_found_is_no_development(extract) -> None:
    assert sub_types(extract, "Archaeologists discovered a Roman grave near the river.") == []


@pytest.mark.parametrize("text", [
    "Gunmen set ablaze 20 motorcycles belonging to traders.",
    "Soldiers bulldozed dozens of homes in the camp.",
    "Gunmen set fire to a factory on the outskirts of the city.",
    "The militia burned tents in the displacement camp.",
])
def test_property_burned_or_razed_is_one_class_for_the_verb_and_the_acled_type(extract, text: str) -> None:
    assert "Looting/property destruction" in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "The killing of three farmers by gunmen sparked protests.",  # the "by" phrase is the doer
    "Police said the bodies of four traders killed by bandits were recovered.",  # the act is the clause
    "The militants executed the two hostages, the group said in a video.",
    "Five civilians, including two children, lost their lives in the attack by the armed group.",
    "Three schoolchildren were killed in the raid on the village, officials said.",
])
def test_civilians_an_armed_group_kills_are_an_attack_however_the_sentence_names_them(extract, text: str) -> None:
    assert "Attack" in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Two soldiers were killed in the attack by the insurgents on the checkpoint.",
    "The killing of two policemen by gunmen sparked a manhunt.",
])
def test_armed_men_killed_in_an_attack_are_no_civilians(extract, text: str) -> None:
    assert "Attack" not in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "The militants released 20 soldiers they had captured, in a goodwill gesture.",
    "The Houthis freed 14 Saudi captives on Sunday, the Red Cross said.",
    "The army and the rebels agreed to a prisoner exchange brokered by the Red Cross.",
    "Leaders of the Ndoki Popular Front met government envoys in Geneva for a new round of negotiations.",
])
def test_releases_agreements_and_talks_of_the_sides_of_a_conflict_are_agreements(extract, text: str) -> None:
    assert AGREEMENT in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "The foreign ministers of France and Germany held talks in Berlin on Monday.",
    "Police released the suspect on bail after questioning.",
    "Both sides will agree to a prisoner exchange only after the election, a mediator said.",
])
def test_diplomacy_bail_and_agreements_still_to_come_are_no_agreement(extract, text: str) -> None:
    assert AGREEMENT not in sub_types(extract, text)


def test_soldiers_an_armed_group_captures_are_not_arrested(extract) -> None:
    assert "Arrests" not in sub_types(extract, "The rebels captured 30 soldiers at the border post on Friday.")


@pytest.mark.parametrize("text", [
    "Thousands of protesters marched through the capital on Sunday. Some of them threw stones at police and set "
    "fire to cars.",
    "Hundreds of residents took to the streets to protest the power cuts. They blocked the highway and burned tyres.",
])
def test_violence_of_the_protesters_told_in_the_next_sentence_is_a_violent_demonstration(extract, text: str) -> None:
    assert "Violent demonstration" in sub_types(extract, text)


def test_violence_after_a_sentence_without_a_protest_is_no_demonstration(extract) -> None:
    text = "Gunmen arrived in the village at dawn. Some of them opened fire on the residents, killing four."
    assert "Violent demonstration" not in sub_types(extract, text)


@pytest.mark.parametrize(("text", "wanted"), [
    ("The Kato Liberation Army captured the town of Wenlo from government forces.",
     "Non-state actor overtakes territory"),
    ("Fighters of the Revolutionary Resistance Front seized two villages near Sallo.",
     "Non-state actor overtakes territory"),
])
def test_an_army_or_front_named_for_liberation_is_a_rebel_one(extract, text: str, wanted: str) -> None:
    assert wanted in sub_types(extract, text)


def test_a_government_army_unknown_to_the_knowledge_base_stays_the_state(extract) -> None:
    text = "The Pelmar National Army recaptured the city of Dorra from the rebels."
    assert "Government regains territory" in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "The Islamist group was officially dissolved by its leadership on Monday.",
    "Three militias have joined forces to create a new alliance in the east.",
    "The movement has disbanded its armed wing, its spokesman said.",
])
def test_a_group_whose_own_change_is_told_needs_no_name(extract, text: str) -> None:
    assert CHANGE in sub_types(extract, text)


def test_a_group_of_experts_meeting_is_no_change(extract) -> None:
    assert sub_types(extract, "A group of experts met in Vienna to discuss the plan.") == []


@pytest.mark.parametrize("text", [
    "Bandits stormed the school and carried off dozens of pupils.",
    "Three girls were carried off by gunmen who raided the village at night.",
])
def test_people_carried_off_by_armed_men_are_abducted(extract, text: str) -> None:
    assert "Abduction/forced disappearance" in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Doctors observed a two-day strike across the state over unpaid salaries.",
    "University students boycotted classes on Monday to protest the fee increase.",
    "Port workers have observed a strike since Monday over pay cuts.",
])
def test_a_strike_observed_and_a_protest_told_as_the_purpose_of_an_act_are_protests(extract, text: str) -> None:
    assert "Peaceful protest" in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "The commander called in an air strike on the militants' positions.",
    "Students will boycott classes next week to protest the fee increase.",
])
def test_an_air_strike_called_in_and_a_protest_still_to_come_are_no_protest(extract, text: str) -> None:
    assert "Peaceful protest" not in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Troops cleared the village of militants after a two-day operation.",
    "The army said it had secured the town after expelling the insurgents.",
])
def test_a_place_cleared_or_secured_by_the_army_is_regained(extract, text: str) -> None:
    assert "Government regains territory" in sub_types(extract, text)


def test_a_road_cleared_of_debris_is_no_territory(extract) -> None:
    text = "Workers cleared the road of debris after the storm."
    assert "Government regains territory" not in sub_types(extract, text)
