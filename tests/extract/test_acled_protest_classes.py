"""ACLED's protest family read by classes of language (issue 13): crowds told coming out with a particle
verb ("turned out", "came out") to protest or oppose. Sentences written for these tests, in several
shapes each (tense, aspect, word order, made-up places)."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types

PEACEFUL = "Peaceful protest"


@pytest.mark.parametrize("text", [
    "Crowds turned out in the capital on Sunday to denounce the military takeover.",
    "Hundreds of residents turned out to protest against the closure of the clinic.",
    "Villagers came out in large numbers to condemn the killing of their chief.",
    "Protesters came out again on Monday in the northern city of Arvel.",
    "Crowds have turned out every evening to demand the release of the detained leaders.",
    "Thousands of people came out on the streets of Dorvan on Sunday to oppose the coup.",
])
def test_a_crowd_coming_out_to_protest_holds_a_protest(extract, text: str) -> None:
    assert PEACEFUL in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "The report turned out to be false.",
    "Residents came out of their homes to see the damage.",
    "Fans turned out in large numbers to watch the final.",
    "The new minister came out in support of the reform.",
    "Locals came out to remember the victims of the flood.",
])
def test_coming_out_for_another_purpose_is_no_protest(extract, text: str) -> None:
    assert sub_types(extract, text) == []


@pytest.mark.parametrize("text", [
    "Protesters in Arvel demanded the resignation of the prime minister.",
    "Demonstrators called for fresh elections outside the parliament building.",
    "The marchers denounced the junta and demanded the release of political prisoners.",
    "Thousands of demonstrators urged the army to return to its barracks.",
])
def test_demonstrators_told_voicing_hold_a_protest(extract, text: str) -> None:
    assert PEACEFUL in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Protest leaders demanded talks with the government.",
    "The lawyer of the jailed protesters demanded their release.",
    "The government condemned the protesters for blocking roads.",
    "The opposition demanded an inquiry into the killings.",
])
def test_voicing_by_others_than_demonstrators_is_no_protest(extract, text: str) -> None:
    assert sub_types(extract, text) == []


@pytest.mark.parametrize("text", [
    "Workers strike over unpaid salaries",
    "Doctors strike in Arvel over pay",
    "Teachers in the province struck for a third day over pay.",
    "Nurses at public hospitals have struck since Monday.",
    "Thousands of miners struck on Tuesday, demanding safer conditions.",
    "Striking miners marched to the company offices.",
    "Hundreds of striking teachers gathered outside the education ministry.",
])
def test_people_at_work_striking_stop_work(extract, text: str) -> None:
    found = sub_types(extract, text)
    assert PEACEFUL in found and "Armed clash" not in found and "Violent demonstration" not in found


@pytest.mark.parametrize(("wanted", "text"), [
    ("Armed clash", "Gunmen struck at dawn, killing four soldiers at a checkpoint."),
    ("Excessive force against protesters", "Police opened fire on striking miners, killing three."),
])
def test_a_strike_by_arms_stays_violence(extract, wanted: str, text: str) -> None:
    assert wanted in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "The report bears a striking resemblance to last year's.",
    "The missile has a striking range of 300 km.",
    "Truckers will strike next week, their union said.",
])
def test_striking_told_of_no_stoppage_is_no_act(extract, text: str) -> None:
    assert sub_types(extract, text) == []


@pytest.mark.parametrize("text", [
    "Undeterred by last week's violence, in which security forces opened fire on a crowd, thousands marched "
    "again on Sunday.",
    "Despite a deadly crackdown in which soldiers shot dead six demonstrators, protesters marched again in "
    "Arvel on Monday.",
    "Thousands marched through the capital on Saturday in spite of the killing of four protesters by police "
    "the week before.",
    "Protesters rallied peacefully on Tuesday, unfazed by the arrests of their leaders.",
])
def test_a_protest_told_in_spite_of_earlier_violence_is_not_typed_by_it(extract, text: str) -> None:
    assert PEACEFUL in sub_types(extract, text)


@pytest.mark.parametrize(("wanted", "text"), [
    ("Excessive force against protesters", "Despite the curfew, police opened fire on the marchers, killing two."),
    ("Violent demonstration", "Despite appeals for calm, protesters hurled stones at police in the capital."),
    ("Protest with intervention", "Police dispersed the rally with tear gas despite its peaceful nature."),
])
def test_what_is_defied_does_not_hide_the_act_itself(extract, wanted: str, text: str) -> None:
    assert wanted in sub_types(extract, text)


@pytest.mark.parametrize(("wanted", "text"), [
    # the news' own day told with "earlier"
    (PEACEFUL, "Protesters poured into the streets of Arvel on Friday denouncing the result announced earlier "
               "this week."),
    (PEACEFUL, "Hundreds of students marched in the capital earlier today against the fee rise."),
    (PEACEFUL, "Teachers rallied outside parliament earlier on Monday to demand better pay."),
    ("Protest with intervention", "Police dispersed a crowd of protesters who had gathered in the square earlier "
                                  "this morning."),
    # a marker in a relative clause, or on an adjective, leaves the main act news
    ("Excessive force against protesters", "Police, who had earlier fired tear gas, opened fire on the crowd, "
                                           "killing two."),
    ("Violent demonstration", "Protesters, who had initially gathered peacefully, later hurled rocks at officers."),
    ("Violent demonstration", "The initially peaceful protest turned violent when demonstrators began throwing "
                              "stones at police."),
])
def test_a_marker_of_time_before_covers_only_its_own_act(extract, wanted: str, text: str) -> None:
    assert wanted in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Two weeks earlier, rebels had captured the town.",
    "Previously, rebels had captured the town.",
    "The militants had earlier seized the district headquarters.",
])
def test_an_act_told_as_before_the_news_stays_background(extract, text: str) -> None:
    assert sub_types(extract, text) == []


@pytest.mark.parametrize("text", [
    "Workers who had previously protested outside the factory marched to the ministry on Monday.",
    "Employees who lost their jobs at the plant rallied outside the governor's office.",
])
def test_a_hazard_named_in_a_clause_on_the_doer_is_no_accident(extract, text: str) -> None:
    assert PEACEFUL in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "A fire at the factory killed four workers.",
    "A boiler that exploded at the mill injured six employees.",
    "The tank at the chemical plant exploded, killing two.",
])
def test_an_accident_at_a_plant_stays_no_act(extract, text: str) -> None:
    assert sub_types(extract, text) == []


@pytest.mark.parametrize("text", [
    "Supporters of the two rival parties clashed in the town, leaving three injured.",
    "Rival party supporters clashed outside the polling station.",
    "Supporters of the ruling party and the opposition fought each other with sticks and machetes.",
    "Students of two colleges fought one another with iron rods near the campus.",
])
def test_rival_supporters_fighting_each_other_are_a_mob(extract, text: str) -> None:
    found = sub_types(extract, text)
    assert found and found[0] == "Mob violence"


@pytest.mark.parametrize(("wanted", "text"), [
    ("Violent demonstration", "Supporters of the opposition leader clashed with police outside the court."),
    ("Violent demonstration", "Rival groups of protesters clashed in the square."),
    ("Armed clash", "Rival militias clashed in the north of the country."),
    ("Armed clash", "Soldiers and rebels fought each other for hours near the border."),
])
def test_rivals_who_are_demonstrators_or_armed_sides_keep_their_type(extract, wanted: str, text: str) -> None:
    found = sub_types(extract, text)
    assert found and found[0] == wanted


@pytest.mark.parametrize("text", [
    "Workers downed tools in protest at the sacking of their union leader.",
    "Traders shut their shops in protest against the new market levy.",
    "Taxi drivers parked their vehicles along the highway in protest against fuel prices.",
    "Residents of the town blocked the main road in protest at the power cuts.",
    "Teachers stayed away from schools on Tuesday in protest against the new curriculum.",
])
def test_what_a_crowd_does_in_protest_is_its_protest(extract, text: str) -> None:
    assert PEACEFUL in sub_types(extract, text)


def test_violence_done_in_protest_stays_a_riot(extract) -> None:
    found = sub_types(extract, "Angry villagers blocked the highway and torched two trucks in protest over the "
                               "death of a child.")
    assert found and found[0] == "Violent demonstration"


@pytest.mark.parametrize("text", [
    "The minister resigned in protest at the decision.",
    "Parliament erupted in protest when the speaker cut off the debate.",
    "The ambassador walked out of the meeting in protest.",
])
def test_what_one_official_does_in_protest_is_no_demonstration(extract, text: str) -> None:
    assert sub_types(extract, text) == []


@pytest.mark.parametrize("text", [
    "A protester died after police fired tear gas into the crowd.",
    "Security forces used excessive force to disperse protesters, human rights groups said.",
    "Police fired tear gas and rubber bullets at protesters, injuring dozens.",
    "Dozens of demonstrators were injured when police dispersed the rally with batons.",
])
def test_a_dispersal_told_with_a_toll_above_it_is_excessive_force(extract, text: str) -> None:
    assert "Excessive force against protesters" in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Soldiers fired warning shots to break up a rally of farmers; nobody was hurt.",
    "Police fired into the air to disperse the crowd of protesters.",
    "Police fired tear gas to disperse protesters; no injuries were reported.",
])
def test_a_dispersal_by_warning_fire_is_an_intervention(extract, text: str) -> None:
    found = sub_types(extract, text)
    assert "Protest with intervention" in found and "Excessive force against protesters" not in found


@pytest.mark.parametrize("text", [
    "Police opened fire on rioters who had set fire to a government building, killing three.",
    "Troops fired on rioters in the port city, killing two.",
    "Rioters were dispersed with tear gas by police.",
])
def test_force_met_by_rioters_is_part_of_the_riot(extract, text: str) -> None:
    found = sub_types(extract, text)
    assert found and found[0] == "Violent demonstration"


@pytest.mark.parametrize("text", [
    "Hundreds of traders closed their stalls on Monday in protest over the arrests of two colleagues.",
    "Thousands marched against the arrest of the opposition leader.",
    "Students rallied in the capital to denounce the killing of a classmate by police.",
    "Opposition lawmakers boycotted the session in protest against the arrest of their leader.",
])
def test_an_act_a_protest_is_against_is_no_force_met_there(extract, text: str) -> None:
    found = sub_types(extract, text)
    assert not {"Protest with intervention", "Excessive force against protesters"} & set(found)


@pytest.mark.parametrize(("wanted", "text"), [
    ("Excessive force against protesters", "The killing of five protesters by soldiers sparked outrage."),
    ("Protest with intervention", "The arrest of 30 protesters during the rally drew criticism."),
])
def test_force_on_protesters_told_by_a_noun_stays_typed(extract, wanted: str, text: str) -> None:
    assert wanted in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Thousands rally against coup in capital",
    "Tens of thousands protest in Dorvan",
    "Teachers rally for better pay in Arvel",
])
def test_a_headline_verb_tagged_as_a_noun_is_a_protest(extract, text: str) -> None:
    assert PEACEFUL in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "The rally was a success, organisers said.",
    "The march ended at the stadium.",
])
def test_a_protest_noun_that_is_a_subject_is_no_headline_verb(extract, text: str) -> None:
    assert PEACEFUL not in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "There were protests in the capital on Sunday.",
    "Protests were reported in at least ten cities, according to local media.",
    "There were demonstrations outside the embassy on Friday.",
    "Marches were seen in several towns of the province.",
])
def test_a_protest_told_as_there_or_reported_happened(extract, text: str) -> None:
    assert PEACEFUL in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "There were no protests in the city.",
    "There will be a rally on Sunday.",
    "There was a protest planned for Friday, but it was called off.",
    "No clashes were reported.",
])
def test_a_protest_told_as_absent_or_to_come_did_not_happen(extract, text: str) -> None:
    assert sub_types(extract, text) == []
