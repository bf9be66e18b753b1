"""ACLED event types as an ACLED coder would give them: each sub-type, each precedence rule, the
actor classes, and reports ACLED would not code (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types

from accordwatch.extract.events.acled import inter_code, taxonomy

SUB_TYPES = [
    ("Armed clash", "Army troops and rebel fighters clashed near the river crossing on Monday, leaving six dead."),
    ("Armed clash", "Insurgents attacked an army checkpoint outside the town, wounding three soldiers."),
    ("Government regains territory", "Government forces recaptured the town of Marla from the rebels on Friday."),
    ("Non-state actor overtakes territory", "Rebel fighters captured two villages in the north after heavy fighting."),
    ("Non-violent transfer of territory", "The militia handed control of the base over to the army without fighting."),
    ("Chemical weapon", "Investigators said chlorine was used in an attack on the town that killed twelve people."),
    ("Air/drone strike", "Warplanes bombed rebel positions near the border, killing at least nine fighters."),
    ("Suicide bomb", "A suicide bomber blew himself up at a checkpoint, killing four policemen."),
    ("Shelling/artillery/missile attack", "Rebels fired rockets at the airport on Sunday, killing a guard."),
    ("Remote explosive/landmine/IED", "A roadside bomb planted by militants killed two soldiers on patrol."),
    ("Grenade", "Unknown men hurled a grenade at a police post, injuring five officers."),
    ("Sexual violence", "Soldiers raped several women in the village, a rights group said on Tuesday."),
    ("Attack", "Gunmen attacked worshippers at a mosque, killing eleven civilians."),
    ("Abduction/forced disappearance", "Armed men abducted a local teacher on his way to school on Monday."),
    ("Peaceful protest", "Thousands of teachers marched through the capital on Saturday to demand higher pay."),
    ("Protest with intervention", "Police detained dozens of protesters at a rally outside parliament on Sunday."),
    ("Excessive force against protesters", "Security forces shot dead three protesters during a march on Friday."),
    ("Violent demonstration", "Protesters threw stones at police and set fire to a bank during the rally."),
    ("Mob violence", "A mob lynched a man accused of stealing a goat in the village."),
    ("Agreement", "The government and the rebels signed a ceasefire agreement in the capital on Monday."),
    ("Arrests", "Police arrested an opposition leader and ten party activists at their office on Tuesday."),
    ("Disrupted weapons use", "Soldiers found a cache of weapons and explosives in a house near the border."),
    ("Disrupted weapons use", "Army engineers defused a bomb left near the market on Thursday."),
    ("Headquarters or base established", "Foreign troops set up a new military base near the town on Sunday."),
    ("Looting/property destruction", "Looters ransacked dozens of shops in the city centre overnight."),
    ("Change to group/activity", "A senior rebel commander defected to the government with his fighters."),
    # the same sub-types in other shapes: passive, reported speech, a noun, another tense
    ("Armed clash", "Heavy clashes between soldiers and militants were reported near the dam, the army said."),
    ("Government regains territory", "The town of Marla was recaptured by government troops on Friday."),
    ("Non-state actor overtakes territory", "Rebels have seized the district headquarters, an official said."),
    ("Non-violent transfer of territory", "Under the deal, the militia handed the hilltop base over to the army "
                                          "without a fight."),
    ("Chemical weapon", "Residents said chlorine gas was dropped on the neighbourhood overnight."),
    ("Air/drone strike", "A drone strike hit a car carrying two militant commanders, officials said."),
    ("Suicide bomb", "A suicide attacker detonated his explosive vest outside a police station, killing six."),
    ("Shelling/artillery/missile attack", "Artillery shells landed on the market on Sunday, killing four civilians."),
    ("Remote explosive/landmine/IED", "Two soldiers were wounded when an improvised explosive device went off "
                                      "under their vehicle."),
    ("Grenade", "Attackers threw a hand grenade into a crowded bar, wounding nine people."),
    ("Sexual violence", "A woman was raped by two soldiers at a checkpoint, her family said."),
    ("Attack", "Gunmen stormed the village and killed eight residents on Saturday, police said."),
    ("Abduction/forced disappearance", "Three aid workers were kidnapped by armed men on the road to the camp."),
    ("Peaceful protest", "Hundreds of teachers are protesting outside parliament over unpaid salaries."),
    ("Protest with intervention", "Police arrested several students as they protested outside the ministry."),
    ("Excessive force against protesters", "Troops opened fire on peaceful marchers, killing at least four."),
    ("Violent demonstration", "Rioters set fire to cars and threw stones at police during a protest."),
    ("Mob violence", "A crowd of villagers beat two suspected thieves to death on Sunday."),
    ("Agreement", "The warring sides signed a ceasefire agreement in the capital on Tuesday."),
    ("Arrests", "Security forces detained the opposition leader at his home early on Monday."),
    ("Disrupted weapons use", "Police seized a large cache of weapons and ammunition from a house in the town."),
    ("Headquarters or base established", "The rebel group established a new headquarters in the mountain town."),
    ("Looting/property destruction", "Militiamen destroyed several houses in the village on Monday."),
    ("Change to group/activity", "Two rebel factions merged into a single armed movement on Sunday."),
    ("Change to group/activity", "Former rebel commanders have formed a new militia in the eastern hills."),
    ("Disrupted weapons use", "Soldiers recovered a cache of rifles and grenades buried near the river."),
]


@pytest.mark.parametrize(("wanted", "text"), SUB_TYPES)
def test_each_sub_type(extract, wanted: str, text: str) -> None:
    assert wanted in sub_types(extract, text)


@pytest.mark.parametrize(("wanted", "text"), [
    ("Suicide bomb", "Two suicide bombers attacked the base and exchanged fire with the guards."),  # not a clash
    ("Air/drone strike", "Drones struck a rebel convoy as fighting raged around the town."),
    ("Excessive force against protesters", "Police fired live bullets at peaceful demonstrators, killing two."),
    ("Attack", "Militants attacked a village and killed fifteen residents."),  # unarmed civilians: not a clash
    ("Disrupted weapons use", "Troops destroyed dozens of landmines found along the road."),  # not an IED attack
    ("Violent demonstration", "Demonstrators torched cars and smashed shop windows during the protest."),
    # one act told twice merges into one event: it keeps the sub-type ACLED puts first
    ("Mob violence", "Five shopkeepers were hurt when a mob attacked their stalls on Sunday."),
    ("Mob violence", "Two men were beaten when an angry crowd stormed the police post."),
    ("Excessive force against protesters", "Dozens were injured as police fired rubber bullets and tear gas to "
                                           "disperse the crowd."),
    ("Protest with intervention", "Riot police used water cannon to break up a rally by students on Monday."),
    ("Excessive force against protesters", "Riot police officers beat a student during a peaceful march."),
])
def test_precedence(extract, wanted: str, text: str) -> None:
    found = sub_types(extract, text)
    assert found and found[0] == wanted


@pytest.mark.parametrize(("wanted", "text"), [
    # a report sent alone, with no full stop (a wire alert, a headline): still a report
    ("Armed clash", "Soldiers exchanged fire with insurgents near the dam on Monday"),
    ("Attack", "Gunmen opened fire on shoppers at a crowded market, killing seven"),
    ("Attack", "At least two gunmen opened fire inside a church during the morning service."),
    ("Arrests", "Thirty opposition supporters were arrested after the vote in the capital."),
    ("Arrests", "Over 300 people were detained in the northern districts overnight."),
    ("Arrests", "Soldiers detained 15 villagers during a search operation near the border."),
    ("Government regains territory", "Army units freed three villages from the insurgents on Tuesday."),
    ("Government regains territory", "The army has regained control of the coastal district, officials said."),
    ("Government regains territory", "Two towns near the lake were liberated by government troops on Friday."),
    ("Government regains territory", "Government forces took control of the town after the rebels fled."),
    ("Non-state actor overtakes territory", "Insurgents occupied the district centre of Nawa overnight."),
    ("Armed clash", "Soldiers repelled an assault by militants on their outpost near the border."),
    ("Armed clash", "Troops battled rebel fighters for hours in the hills east of the city."),
    ("Violent demonstration", "Protesters pelted the police with stones outside the governor's office."),
    ("Change to group/activity", "Two rebel factions merged into a single armed movement on Sunday."),
    ("Disrupted weapons use", "Bomb disposal experts dismantled an explosive device found on the road."),
    ("Peaceful protest", "Dock workers went on strike on Tuesday to demand better pay."),
    ("Violent demonstration", "Police fired tear gas at stone-throwing protesters near the parliament."),
    ("Violent demonstration", "The march turned ugly when demonstrators set fire to a police car."),
    ("Violent demonstration", "Angry protesters stormed the governor's office on Monday."),
    ("Government regains territory", "Government troops drove the militants out of the town on Saturday."),
    ("Government regains territory", "Security forces retook the border crossing from the militants."),
    # an act told as a noun that happened
    ("Violent demonstration", "Riots erupted in the port city after the vote, and protesters torched cars."),
    ("Armed clash", "Heavy fighting between the army and the rebels broke out near the airport."),
    ("Attack", "Gun attacks on two villages left eleven civilians dead on Sunday."),
])
def test_shapes_of_told_acts(extract, wanted: str, text: str) -> None:
    assert wanted in sub_types(extract, text)


@pytest.mark.parametrize(("wanted", "text"), [
    # the act's own clause names no means: the coder reads them from the rest of the sentence
    ("Remote explosive/landmine/IED", "Three soldiers were killed on Monday when their truck struck a roadside bomb."),
    ("Grenade", "Two policemen died after attackers hurled a grenade into their patrol car."),
    ("Air/drone strike", "Five fighters died in the raid, which was carried out by drones, the army said."),
    # a protest whose sentence tells its violence is a riot
    ("Violent demonstration", "Crowds protested in the capital for a third night, with shops set ablaze."),
])
def test_means_read_from_the_whole_sentence(extract, wanted: str, text: str) -> None:
    assert wanted in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Hundreds rallied outside the embassy on Friday before riot police arrived.",
    "Students marched peacefully on Sunday to mourn a classmate shot by an officer last month.",
])
def test_force_names_and_grievances_do_not_make_a_riot(extract, text: str) -> None:
    found = sub_types(extract, text)
    assert "Peaceful protest" in found and "Violent demonstration" not in found


@pytest.mark.parametrize("text", [
    "Police fired water cannon at the marchers outside the palace.",
    "Officers threw stun grenades into the crowd of demonstrators.",
])
def test_crowd_control_is_no_weapon_of_war(extract, text: str) -> None:
    found = sub_types(extract, text)
    assert found and not {"Shelling/artillery/missile attack", "Grenade", "Chemical weapon"} & set(found)


def test_a_fight_of_two_sides_stays_a_clash_whatever_its_toll(extract) -> None:
    found = sub_types(extract, "Army troops and rebel fighters clashed in the town, killing several people.")
    assert found and found[0] == "Armed clash"


def test_precedence_rules_follow_the_order_of_sub_types() -> None:
    # a sub-type may stand in several rows (a riot told by its rioters, or by the force that met it):
    # the rule holds when a row of the first stands before a row of the other
    order = [s.name for s in taxonomy().sub_types]
    for first, then, _why in taxonomy().precedence:
        last_of_then = max(i for i, name in enumerate(order) if name == then)
        assert order.index(first) < last_of_then, (first, then)


@pytest.mark.parametrize("text", [
    "A tsunami killed forty people along the coast on Saturday.",
    "A tank at the chemical plant exploded on Thursday, injuring four workers.",
    "The government expelled three diplomats on Monday.",
    "The minister accused the rebels of bombing the bridge.",
    "The army denied the allegations that its jets had bombed a hospital.",
    "An armed group claimed responsibility for the blast that killed nine people at the market.",
    "Two workers were hurt on Friday when a boiler at the paper mill blew apart. Three more were injured.",
    "The European Union imposed new sanctions targeting six senior officials.",
    "Washington announced a travel ban on the ministers, targeting the regime's inner circle.",
    "The rebel group took credit for the ambush that killed four guards.",
    "A cargo ship was struck by a ferry in the strait on Tuesday.",
    "A storage tank at the refinery exploded overnight. Two workers were injured in the blast.",
    "Police arrested two men for smuggling drugs across the border.",
    "Coast guards detained 40 migrants who tried to cross the border illegally.",
])
def test_what_acled_would_not_code(extract, text: str) -> None:
    assert sub_types(extract, text) == []


def test_actor_classes_from_kinds() -> None:
    assert inter_code("x", "state_forces") == 1
    assert inter_code("x", "armed_group") == 2
    assert inter_code("protesters", "group") == 6
    assert inter_code("civilians", "civilians") == 7
    assert inter_code("x", "igo_mission") == 8
    assert inter_code("x", "person") == 0


@pytest.mark.parametrize(("wanted", "text"), [
    ("Sexual violence", "Soldiers committed rape against women in the village, the group said."),
    ("Sexual violence", "The army has committed widespread rape against girls in the camps, a rights report found."),
    ("Sexual violence", "Investigators say militiamen committed rape in three districts on Sunday."),
    ("Attack", "Militias perpetrated atrocities against villagers in the valley, the report said."),
])
def test_committing_a_crime_is_the_act_not_a_promise(extract, wanted: str, text: str) -> None:
    assert wanted in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "The rebels committed to a ceasefire in the north.",
    "The government committed to releasing the detainees by March.",
])
def test_committing_to_something_is_no_violence(extract, text: str) -> None:
    found = sub_types(extract, text)
    assert not {"Sexual violence", "Attack", "Armed clash"} & set(found)


@pytest.mark.parametrize(("wanted", "text"), [
    ("Peaceful protest", "Workers staged a sit-in outside the factory on Monday."),
    ("Peaceful protest", "Hundreds of students have been holding a sit-in at the university since Sunday."),
    ("Protest with intervention", "Soldiers broke up sit-ins outside three army bases, witnesses said."),
    ("Protest with intervention", "Riot police violently dispersed the sit-in in front of the ministry on Monday."),
    ("Protest with intervention", "After the violent dispersal of the sit-in at the square, troops broke up "
                                  "sit-ins in two other towns."),
])
def test_sit_ins_are_protests_and_force_words_are_the_forces(extract, wanted: str, text: str) -> None:
    assert wanted in sub_types(extract, text)
    assert "Violent demonstration" not in sub_types(extract, text)


def test_a_hyphenated_act_noun_is_one_token(nlp) -> None:
    assert "sit-in" in [t.lower_ for t in nlp("They staged a sit-in. Sit-ins spread.")]


@pytest.mark.parametrize(("wanted", "text"), [
    ("Suicide bomb", "THREE SUICIDE BOMBERS BLOW THEMSELVES UP AT A CHECKPOINT IN THE NORTH, KILLING NINE"),
    ("Attack", "GUNMEN KILL SIX VILLAGERS IN AN ATTACK ON A MARKET IN KANDAHAR, POLICE SAY"),
    ("Non-state actor overtakes territory", "REBELS SEIZE THE TOWN OF MARLA AFTER HEAVY FIGHTING ON MONDAY."),
    ("Peaceful protest", "THOUSANDS OF STUDENTS PROTEST OUTSIDE PARLIAMENT OVER TUITION FEES"),
])
def test_a_line_in_capitals_is_read_as_in_sentence_case(extract, wanted: str, text: str) -> None:
    assert wanted in sub_types(extract, text)


def test_recasing_keeps_the_text_and_its_offsets(nlp) -> None:
    text = "Monday report.\nGUNMEN KILL SIX VILLAGERS IN KANDAHAR MARKET ATTACK\nMore later."
    doc = nlp(text)
    assert doc.text == text
    kill = next(t for t in doc if t.text == "KILL")
    assert text[kill.idx:kill.idx + 4] == "KILL" and kill.pos_ == "VERB" and kill.lemma_ == "kill"
    assert any(e.text == "KANDAHAR" for e in doc.ents)


@pytest.mark.parametrize(("wanted", "text"), [
    ("Non-state actor overtakes territory", "The town fell to the rebels on Sunday after a week of fighting."),
    ("Non-state actor overtakes territory", "The district came under the control of the militants late on Friday."),
    ("Non-state actor overtakes territory", "The border crossing fell into the hands of the insurgents, an "
                                            "official said."),
    ("Government regains territory", "The city fell to government forces on Tuesday, the army said."),
    ("Government regains territory", "The district came under the control of the army late on Friday."),
])
def test_a_place_that_falls_to_a_side_is_taken_by_it(extract, wanted: str, text: str) -> None:
    assert wanted in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Prices fell to a record low on Monday.",
    "The task of rebuilding fell to the United Nations.",
    "The region came under pressure from the army to hand over the suspects.",
])
def test_falling_to_is_no_territory_without_a_place_and_a_holder(extract, text: str) -> None:
    assert not [s for s in sub_types(extract, text) if "territory" in s]
