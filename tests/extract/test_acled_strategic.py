"""ACLED's strategic developments and territory changes (issue 13): taking and retaking places, places
handed over or left without a fight, bases set up, groups that change, weapons stopped before use.
Sentences written for these tests, in several shapes each (voice, tense, reported speech, headlines)."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types

GOVERNMENT_REGAINS = "Government regains territory"
NON_STATE_TAKES = "Non-state actor overtakes territory"
TRANSFER = "Non-violent transfer of territory"
BASE = "Headquarters or base established"
CHANGE = "Change to group/activity"
DISRUPTED = "Disrupted weapons use"


@pytest.mark.parametrize(("wanted", "text"), [
    (GOVERNMENT_REGAINS, "Troops took back the hill town of Garma from the insurgents on Monday."),
    (GOVERNMENT_REGAINS, "The army said it had won back two villages near the lake."),
    (GOVERNMENT_REGAINS, "The village of Tarsi was recaptured by government soldiers after a week."),
    (GOVERNMENT_REGAINS, "Soldiers regained control of the northern district headquarters, the ministry said."),
    (GOVERNMENT_REGAINS, "The army drove the rebels out of three villages."),
    (GOVERNMENT_REGAINS, "The army retook the town."),  # "retook" tagged as a base form: still done
    (NON_STATE_TAKES, "Insurgents seized control of the provincial capital overnight."),
    (NON_STATE_TAKES, "Rebels overran the army garrison in the town of Kali."),
    (NON_STATE_TAKES, "The district fell to the rebels on Thursday."),
])
def test_places_taken_by_force(extract, wanted: str, text: str) -> None:
    assert wanted in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Customs officers seized a shipment of cigarettes at the port.",
    "Police seized two cars in the city centre.",
])
def test_where_something_was_seized_is_no_territory_taken(extract, text: str) -> None:
    subs = sub_types(extract, text)
    assert GOVERNMENT_REGAINS not in subs and NON_STATE_TAKES not in subs


@pytest.mark.parametrize("text", [
    "The militia handed control of the airport to the army.",
    "Government forces entered the town unopposed on Friday.",
    "The army took over the base after the rebels withdrew from it.",
    "Rebel fighters pulled out of the town and the army moved in.",
])
def test_places_changing_hands_without_a_fight(extract, text: str) -> None:
    assert TRANSFER in sub_types(extract, text)


def test_a_place_taken_after_a_fight_is_no_peaceful_transfer(extract) -> None:
    subs = sub_types(extract, "Government forces took control of the town after the rebels withdrew following heavy "
                              "fighting.")
    assert TRANSFER not in subs


@pytest.mark.parametrize("text", [
    "The rebels set up a new command post near the dam.",
    "A militia built a camp outside the village, residents said.",
])
def test_bases_set_up(extract, text: str) -> None:
    assert BASE in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "The rebel group named a new commander after its leader was killed.",
    "The two factions announced they had merged.",
    "The militia pledged allegiance to the armed movement.",
    "The militia announced it was disbanding.",
])
def test_groups_that_change(extract, text: str) -> None:
    assert CHANGE in sub_types(extract, text)


def test_a_government_naming_a_commander_is_no_change_of_an_armed_group(extract) -> None:
    assert CHANGE not in sub_types(extract, "The government named a new army commander on Monday.")


@pytest.mark.parametrize("text", [
    "Engineers removed three landmines from the road near the school.",
    "The navy shot down two drones heading for the port.",
    "The police foiled a bomb plot in the capital, the ministry said.",
    "A missile fired at the airport was intercepted, the army said.",
])
def test_weapons_stopped_before_use(extract, text: str) -> None:
    assert DISRUPTED in sub_types(extract, text)


def test_a_smuggling_attempt_thwarted_is_no_weapon_stopped(extract) -> None:
    assert DISRUPTED not in sub_types(extract, "Police thwarted an attempt to smuggle migrants across the border.")


@pytest.mark.parametrize("text", [
    "Police found a car packed with explosives outside the stadium.",
    "Soldiers discovered a tunnel used by the militants to store weapons and explosives.",
])
def test_weapons_found_inside_what_is_found(extract, text: str) -> None:
    assert DISRUPTED in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "The government and the rebels have agreed to resume peace talks, the mediator said.",
    "The two armed groups agreed on Sunday to exchange prisoners.",
])
def test_an_agreement_to_act_is_an_agreement(extract, text: str) -> None:
    assert "Agreement" in sub_types(extract, text)


def test_a_refusal_to_agree_is_no_agreement(extract) -> None:
    assert "Agreement" not in sub_types(extract, "The rebels did not agree to resume peace talks.")


def test_an_office_opened_by_an_armed_group_is_a_base(extract) -> None:
    assert BASE in sub_types(extract, "The rebels opened a new office in the capital.")


@pytest.mark.parametrize("text", [
    "The opposition leader was placed under house arrest on Monday.",
    "Police picked up three journalists outside the court.",
    "Security forces took the opposition MP into custody after a raid on his office.",
])
def test_arrests_in_other_words(extract, text: str) -> None:
    assert "Arrests" in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Government troops pulled back from their forward positions overnight.",
    "Rebel fighters fortified their positions around the airport, witnesses said.",
    "Several commanders quit the militia and joined the government forces.",
    "The army dispatched hundreds of troops to the border region.",
])
def test_forces_moving_or_changing_sides(extract, text: str) -> None:
    assert CHANGE in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Fighters loyal to the movement captured Tessit after a brief battle.",
    "Rebels seized Tessit on Sunday.",
])
def test_an_unlabelled_place_name_taken(extract, text: str) -> None:
    assert NON_STATE_TAKES in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Hundreds of militants handed themselves in to the authorities.",
    "Twenty fighters turned themselves in to the police.",
])
def test_fighters_giving_themselves_up_is_an_agreement(extract, text: str) -> None:
    assert "Agreement" in sub_types(extract, text)


def test_control_gained(extract) -> None:
    assert NON_STATE_TAKES in sub_types(extract, "Rebels have gained control of most of the province.")


def test_a_military_site_set_up_by_someone_untold(extract) -> None:
    assert BASE in sub_types(extract, "A new observation post has been set up in the province.")


def test_an_office_opened_by_someone_untold_is_no_base(extract) -> None:
    assert BASE not in sub_types(extract, "A new office has been opened in the capital.")


@pytest.mark.parametrize(("wanted", "text"), [
    (GOVERNMENT_REGAINS, "The recapture of the town by government troops ended a two-year siege."),
    (NON_STATE_TAKES, "The rebels' takeover of the airport was confirmed by residents."),
])
def test_a_taking_told_as_a_noun(extract, wanted: str, text: str) -> None:
    assert wanted in sub_types(extract, text)


def test_a_ceasefire_agreed_between_sides_named_with_it(extract) -> None:
    assert "Agreement" in sub_types(extract, "A truce between the two armed groups was agreed on Friday.")


@pytest.mark.parametrize("text", [
    "The coalition said its air defences downed a drone launched by the rebels.",
    "The army's engineering unit detonated a roadside bomb in a controlled explosion.",
])
def test_explosives_and_drones_made_harmless(extract, text: str) -> None:
    subs = sub_types(extract, text)
    assert DISRUPTED in subs and "Remote explosive/landmine/IED" not in subs


def test_a_deal_signed_with_armed_groups(extract) -> None:
    text = "The government signed a peace agreement with three armed groups on Sunday."
    assert "Agreement" in sub_types(extract, text)
