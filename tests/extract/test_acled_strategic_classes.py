"""ACLED's strategic developments and territory changes read by classes of language rather than by the
words of a few reports: places handed on or given up, places retaken by forces the text names only by
their noun, armed sides driven off a place, wins at the polls and arrests told with the words of a
capture, and names of places taken that the parse mislabels. Sentences written for these tests, in
several shapes each (voice, tense, reported speech, headlines, made-up names and places)."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types

GOVERNMENT_REGAINS = "Government regains territory"
NON_STATE_TAKES = "Non-state actor overtakes territory"
TRANSFER = "Non-violent transfer of territory"
TERRITORY = {GOVERNMENT_REGAINS, NON_STATE_TAKES, TRANSFER}


@pytest.mark.parametrize("text", [
    "The separatists ceded the checkpoint to the army as part of the truce.",
    "Under the accord, the militia relinquished the hilltop to federal troops.",
    "The French contingent transferred the camp to the national army on Monday.",
    "Rebels retreated from the town and handed it over to a local council.",
    "The insurgents abandoned the village before dawn, and soldiers entered it without resistance.",
    "Troops moved into the district after the armed group pulled out under a deal brokered by elders.",
])
def test_a_place_given_up_or_handed_on_is_a_transfer(extract, text: str) -> None:
    assert TRANSFER in sub_types(extract, text)


@pytest.mark.parametrize(("wanted", "text"), [
    (GOVERNMENT_REGAINS, "Federal forces reclaimed the airport from the rebels, the government announced."),
    (GOVERNMENT_REGAINS, "The bridge was recaptured by pro-government forces, a spokesman said."),
    (GOVERNMENT_REGAINS, "Commandos retook the hilltop outpost overnight."),
    (GOVERNMENT_REGAINS, "The national army recovered the town of Merosa from the rebels."),
    (GOVERNMENT_REGAINS, "Army units drove the militants from the hill villages, a spokesman said."),
    (GOVERNMENT_REGAINS, "Soldiers chased the bandits out of the district on Friday."),
])
def test_places_retaken_by_forces_named_by_their_noun(extract, wanted: str, text: str) -> None:
    subs = sub_types(extract, text)
    assert wanted in subs and NON_STATE_TAKES not in subs


@pytest.mark.parametrize("text", [
    "The party regained control of the city council in the election.",
    "The ruling party took back the district in Sunday's vote.",
    "Opposition candidates captured the capital's seats in a landslide.",
    "The governor of the province was taken into custody by the anti-corruption unit.",
    "The mayor of the town was taken into detention on Monday.",
    "The driver chased the thieves down the road.",
    "She drove the children to the town.",
    "Police recovered the stolen jewellery in the city.",
])
def test_polls_arrests_and_errands_are_no_territory_taken(extract, text: str) -> None:
    assert not TERRITORY & set(sub_types(extract, text))


BASE = "Headquarters or base established"


@pytest.mark.parametrize("text", [
    "Government troops were deployed to a new outpost on the edge of Falun district.",
    "The army stationed troops at a new forward base outside the city, a spokesman said.",
    "The group has opened a new headquarters in the provincial capital, its leader said.",
    "The separatists have installed a base at the old airfield, local officials said.",
    "Fighters of the Kado Front established a new stronghold in the northern hills.",
    "Insurgents moved their main base into the mountains after the offensive, analysts said.",
    "The rebels turned the village school into a military base.",
    "Militants converted the clinic into their headquarters, residents said.",
])
def test_bases_set_up_or_made_are_bases_established(extract, text: str) -> None:
    assert BASE in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "The company turned the warehouse into an office.",
    "The army converted the stadium into a camp for refugees.",
    "Soldiers set up a camp for displaced families near the town.",
    "The firm moved its headquarters to the capital.",
    "Troops were deployed to the base on Monday.",
])
def test_offices_shelters_and_moves_to_old_sites_are_no_base_established(extract, text: str) -> None:
    assert BASE not in sub_types(extract, text)


@pytest.mark.parametrize(("wanted", "text"), [
    (NON_STATE_TAKES, "Islamic State overran Palmyra on Sunday, activists said."),
    (NON_STATE_TAKES, "The insurgents overran Tarvel, a garrison town in the north."),
    (NON_STATE_TAKES, "Taliban fighters seized Kunduz on Monday."),
    (GOVERNMENT_REGAINS, "Government troops recaptured Kidal from the rebels."),
    (GOVERNMENT_REGAINS, "Soldiers recaptured Ostrava after a week of fighting, the ministry said."),
])
def test_a_name_taken_that_the_parse_mislabels_is_a_place(extract, wanted: str, text: str) -> None:
    assert wanted in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Police recaptured John Maddox, who had escaped from prison last week.",
    "Fans occupied Wembley for hours after the final.",
])
def test_a_person_recaptured_or_a_stadium_filled_is_no_territory(extract, text: str) -> None:
    assert not TERRITORY & set(sub_types(extract, text))


AGREEMENT = "Agreement"


@pytest.mark.parametrize("text", [
    "The sides agreed a three-day ceasefire over the holiday.",
    "The warring factions sealed a truce on Friday evening.",
    "A peace accord was inked by the two sides in the capital.",
    "The rival militias clinched an accord to end the fighting, elders said.",
    "A truce between the army and the militia came into force on Sunday.",
    "A cessation of hostilities took effect at midnight, the mediators said.",
    "Both sides agreed to a humanitarian pause to let civilians leave the town.",
    "The group declared a unilateral ceasefire for the holy month.",
    "Fifty fighters of the armed group laid down their arms at a ceremony.",
])
def test_truces_and_peace_deals_need_no_named_sides(extract, text: str) -> None:
    assert AGREEMENT in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "The company signed an agreement with the ministry.",
    "The two firms sealed a merger on Monday.",
    "The club inked a sponsorship deal with a bank.",
    "The customs agency sealed the containers.",
    "The UN urged both sides to agree a truce.",
    "Hopes for a ceasefire faded on Sunday.",
    "The mediators proposed a ceasefire.",
    "The minister said a truce was not possible.",
])
def test_other_deals_and_truces_not_made_are_no_agreement(extract, text: str) -> None:
    assert AGREEMENT not in sub_types(extract, text)


def test_arms_laid_down_are_no_weapons_seized(extract) -> None:
    subs = sub_types(extract, "Fifty fighters of the armed group laid down their arms at a ceremony.")
    assert "Disrupted weapons use" not in subs


@pytest.mark.parametrize("text", [
    "Talks between the government and the armed groups resumed in the capital.",
    "The government held talks with the rebel leaders on Tuesday.",
    "Peace talks begin in Juba",
    "Negotiations between the army and the militias opened on Monday.",
    "The peace negotiations resumed in Doha after a month's pause.",
])
def test_talks_with_armed_sides_or_for_peace_are_an_agreement(extract, text: str) -> None:
    assert AGREEMENT in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Talks between the two companies resumed on Monday.",
    "The minister held talks with his French counterpart on trade.",
    "Teachers held talks with the ministry over pay.",
    "Peace talks are due to begin next week.",
    "The rebels refused to join peace talks.",
    "The president called for peace talks.",
])
def test_other_talks_and_talks_not_held_are_no_agreement(extract, text: str) -> None:
    assert AGREEMENT not in sub_types(extract, text)


@pytest.mark.parametrize(("wanted", "text"), [
    ("Arrests", "Opposition MP arrested in dawn raid"),
    ("Arrests", "Journalist detained at airport"),
    ("Arrests", "Former minister arrested on graft charges"),
    ("Disrupted weapons use", "Missile intercepted over the city"),
    ("Disrupted weapons use", "Two rockets intercepted over the capital"),
    ("Disrupted weapons use", "Roadside bomb defused near school"),
])
def test_a_headline_passive_without_its_auxiliary_is_done_to_its_subject(extract, wanted: str, text: str) -> None:
    assert wanted in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Man detained for theft",
    "Cigarettes seized at port",
    "Police arrested after the match.",
])
def test_headline_passives_of_crime_or_goods_are_no_strategic_development(extract, text: str) -> None:
    assert not {"Arrests", "Disrupted weapons use"} & set(sub_types(extract, text))


CHANGE = "Change to group/activity"


@pytest.mark.parametrize("text", [
    "A new wing of the militia network has been set up in the eastern province.",
    "A branch of the armed movement was established in the capital on Monday.",
    "Former rebels have formed a new political party.",
    "The militia created a new unit to patrol the border.",
    "The group announced the creation of a women's brigade.",
    "The militia announced the creation of a new wing.",
])
def test_a_new_part_of_an_armed_group_set_up_is_a_change_to_the_group(extract, text: str) -> None:
    assert CHANGE in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "The company set up a new branch in Lagos.",
    "Scientists formed a new research group.",
    "The police set up a new unit to fight cybercrime.",
    "The coach created a new training group.",
    "The council announced the formation of a committee.",
    "A new political party was set up by businessmen.",
])
def test_branches_and_groups_founded_by_others_are_no_change_to_an_armed_group(extract, text: str) -> None:
    assert CHANGE not in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Fighters occupied the abandoned hospital and used it as a base.",
    "The armed group uses the old fort as a base for its raids.",
    "Militants used the village school as their headquarters, residents said.",
])
def test_a_place_used_as_a_base_is_a_base_established(extract, text: str) -> None:
    assert BASE in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Troops used the bridge as a crossing point.",
    "The company used the warehouse as a base for its deliveries.",
])
def test_things_used_as_other_than_a_base_are_no_base(extract, text: str) -> None:
    assert BASE not in sub_types(extract, text)


DISRUPTED = "Disrupted weapons use"


@pytest.mark.parametrize("text", [
    "The air force shot down two drones over the capital.",
    "Coalition jets downed three drones launched by the rebels.",
    "A fighter jet shot down a drone near the border.",
    "Army engineers removed unexploded shells from the farmland.",
    "The militia's mortars were removed from the hill by peacekeepers.",
])
def test_weapons_downed_by_aircraft_or_removed_are_disrupted(extract, text: str) -> None:
    assert DISRUPTED in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Warplanes destroyed an arms depot belonging to the rebels.",
    "Workers removed rubble from the street.",
])
def test_depots_struck_from_the_air_and_rubble_removed_are_not_disrupted(extract, text: str) -> None:
    assert DISRUPTED not in sub_types(extract, text)
