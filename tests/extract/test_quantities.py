"""Counts: digits and words, bounds, vague amounts, casualty totals, units and whose people."""

from __future__ import annotations

import pytest
from extract_helpers import describe, event_of, quantities_of


def only(quantities):
    assert len(quantities) == 1, quantities
    return quantities[0]


@pytest.mark.parametrize(
    ("text", "value", "unit", "quoted"),
    [
        ("Security forces killed nine militants in Mali on Friday.", 9, "killed", "nine militants"),
        ("Security forces killed 14 militants in Mali on Friday.", 14, "killed", "14 militants"),
        ("Rebels released two hundred hostages in Cauca on Friday.", 200, "prisoners", "two hundred hostages"),
    ],
)
def test_digits_and_words(extract, text, value, unit, quoted):
    quantity = only(extract(text).quantities)
    assert (quantity.value, quantity.unit, quantity.bound) == (value, unit, "exact")
    assert text[quantity.start:quantity.end] == quoted
    assert quantity.text == quoted


def test_as_many_as_is_an_upper_bound(extract):
    quantity = only(extract("As many as 400 prisoners were released from Pul-e-Charkhi prison on Sunday.").quantities)
    assert (quantity.value, quantity.unit, quantity.bound) == (400, "prisoners", "upper")


def test_up_to_is_an_upper_bound(extract):
    result = extract("The Afghan government released up to 5,000 Taliban prisoners last year.")
    quantity = only(result.quantities)
    assert (quantity.value, quantity.bound) == (5000, "upper")


def test_more_than_is_a_strict_lower_bound(extract):
    text = "More than 30 civilians were killed when a car bomb exploded in Mogadishu."
    result = extract(text)
    quantity = only(result.quantities)
    assert (quantity.value, quantity.unit, quantity.of, quantity.bound) == (30, "killed", "civilians", "above")
    assert event_of(result, "ASSAULT").dead == 31  # the fewest "more than 30" can be


def test_at_least_is_a_lower_bound_that_includes_its_value(extract):
    result = extract("At least 30 civilians were killed when a car bomb exploded in Mogadishu.")
    assert only(result.quantities).bound == "lower"
    assert event_of(result, "ASSAULT").dead == 30


def test_dozens_is_vague_and_invents_no_number(extract):
    text = "Dozens of people were wounded in the clashes in Tripoli."
    quantity = only(extract(text).quantities)
    assert quantity.value is None
    assert quantity.bound == "vague"
    assert quantity.unit == "injured"
    assert text[quantity.start:quantity.end] == "Dozens of people"


def test_killed_and_wounded_is_one_casualty_count(extract):
    result = extract("The gunmen killed and wounded six people at the market in Gao.")
    quantity = only(result.quantities)
    assert (quantity.value, quantity.unit) == (6, "casualties")
    event = event_of(result, "ASSAULT")
    assert (event.size, event.dead, event.injured) == (6, None, None)  # not split into killed and injured


def test_killed_and_others_wounded_are_two_counts(extract):
    result = extract("In the attack on the convoy, 14 were killed and five others wounded.")
    assert [(q.value, q.unit) for q in result.quantities] == [(14, "killed"), (5, "injured")]
    event = event_of(result, "ASSAULT")
    assert (event.dead, event.injured) == (14, 5)


def test_detained_suspects_are_arrests(extract):
    text = "According to the Afghan interior ministry, police detained three suspects in Herat on Monday."
    result = extract(text)
    quantity = only(quantities_of(result, "arrested"))
    assert quantity.value == 3
    assert text[quantity.start:quantity.end] == "three suspects"
    assert event_of(result, "COERCE").arrested == 3


def test_prisoners_of_a_group(extract):
    text = "The Afghan government released 5,000 Taliban prisoners on Saturday."
    result = extract(text)
    quantity = only(result.quantities)
    assert (quantity.value, quantity.unit, quantity.of) == (5000, "prisoners", "taliban")
    assert text[quantity.start:quantity.end] == "5,000 Taliban prisoners"
    assert event_of(result, "RETREAT").prisoners == 5000


def test_offsets_point_into_the_document_after_a_heading(extract):
    text = ("Prisoner release resumes\n\n"
            "The Afghan government freed 250 Taliban prisoners on Saturday, officials said.\n"
            "Another 40 prisoners will be released next week, they added.")
    result = extract(text)
    assert [(q.value, text[q.start:q.end]) for q in result.quantities] == [
        (250, "250 Taliban prisoners"), (40, "40 prisoners")]


def test_two_verbs_with_their_own_objects_keep_their_own_counts(extract):
    result = extract("A joint patrol killed two gunmen and detained one suspect near Khost yesterday.")
    assert [q.value for q in quantities_of(result, "killed")] == [2]
    assert [q.value for q in quantities_of(result, "arrested")] == [1]
    assert (event_of(result, "ASSAULT").dead, event_of(result, "COERCE").arrested) == (2, 1)


def test_two_counts_of_one_raid_in_one_sentence_add_up(extract):
    result = extract("Police arrested a weapons dealer and detained several suspected smugglers in Kandahar today.")
    [arrest] = [e for e in result.events if e.category == "COERCE"]
    assert arrest.arrested == 4  # one dealer and at least three others


def test_one_count_under_two_verbs_is_counted_once(extract):
    [arrest] = [e for e in extract("Soldiers captured and detained three rebels in Kandahar today.").events
                if e.category == "COERCE"]
    assert arrest.arrested == 3


def test_a_later_mention_of_one_of_them_does_not_shrink_a_vague_count(extract):
    result = extract("Police detained a facilitator and several of his associates in Kandahar today. "
                     "The facilitator was detained at his house.")
    [arrest] = [e for e in result.events if e.category == "COERCE"]
    assert arrest.arrested == 4


@pytest.mark.parametrize(("phrase", "least_count"), [("numerous", 4), ("a number of", 4), ("several", 3)])
def test_vague_words_count_their_conventional_minimum_in_tallies(extract, phrase, least_count):
    result = extract(f"Soldiers detained {phrase} suspected smugglers in Kandahar today.")
    [quantity] = result.quantities
    assert (quantity.value, quantity.bound) == (None, "vague")  # no number invented in the record
    [arrest] = [e for e in result.events if e.category == "COERCE"]
    assert arrest.arrested == least_count


def test_a_retelling_joins_the_act_with_the_same_figure_not_the_nearest(extract):
    result = extract("Troops killed numerous gunmen in Kunar province yesterday. A patrol on a road-clearing "
                     "mission came under fire, and the patrol returned fire, killing numerous gunmen.")
    assert sum(e.dead or 0 for e in result.events if e.category == "ASSAULT") == 4


def test_all_but_a_few_names_those_left_not_a_count(extract):
    result = extract("All but a few of the 400 rebel prisoners have now been freed, officials said.")
    assert [q.text for q in result.quantities if q.value is None] == []
    assert all((e.prisoners or 0) != 2 for e in result.events)


def test_one_man_engaged_and_killed_counts_one(extract):
    result = extract("An armed man fired on the patrol in Kunduz province on Monday. He was engaged and killed.")
    assert sum(e.dead or 0 for e in result.events if e.category == "ASSAULT") == 1


@pytest.mark.parametrize(
    ("text", "field", "count"),
    [
        # a participle on the counted noun does the counting, whatever verb governs the sentence
        ("The gun battle in Zabul on Monday ended with nine militants killed.", "dead", 9),
        ("Troops engaged the gunmen in Zabul on Monday, resulting in six gunmen killed.", "dead", 6),
        # a verb joined to one that counts nothing: "...fired on the convoy and were killed"
        ("Three gunmen fired on a convoy in Zabul on Monday and were killed.", "dead", 3),
        # the act noun counts its "of" object
        ("The raid in Zabul on Monday led to the killing of several of the gunmen.", "dead", 3),
        ("The raid in Zabul on Monday ended in the death of a bomb maker.", "dead", 1),
        ("Police confirmed the arrest of a Taliban forger in Zabul on Monday.", "arrested", 1),
        ("Two smugglers were taken into custody by police in Zabul on Monday.", "arrested", 2),
        # a mis-parsed group name over the person ("a senior Movement of Uzbekistan leader")
        ("Police in Kunduz arrested a senior Islamic Movement of Uzbekistan leader on Monday.", "arrested", 1),
    ],
)
def test_counts_told_around_the_verb(extract, text, field, count):
    result = extract(text)
    assert sum(getattr(e, field) or 0 for e in result.events) == count, describe(result)


def test_a_mourned_death_is_not_an_attack(extract):
    assert extract("Villagers in Zabul mourned the death of the elder on Monday.").events == []


def test_weights_of_seized_goods_are_not_people(extract):
    result = extract("Police in Helmand seized 1,100 pounds (500 kg) of opium, 300 (136 kg) of hashish and "
                     "one rifle on Monday.")
    assert all(e.arrested is None for e in result.events), describe(result)


@pytest.mark.parametrize("text", [
    "Officials said one of the men detained in the raid was a known bomb maker.",
    "Officials said four of the fighters who were killed were commanders.",
])
def test_some_of_those_already_counted_are_not_a_new_count(extract, text):
    result = extract(text)
    assert [q.reference for q in result.quantities] == [True], result.quantities
    assert all(e.dead is None and e.arrested is None for e in result.events), describe(result)


@pytest.mark.parametrize("text", [
    "Air strikes have killed more than 60 militants in Kunar since January, the army said.",
    "In the past three months, police have detained 45 smugglers in Kunar.",
])
def test_a_tally_over_months_is_a_figure_not_one_raid_toll(extract, text):
    result = extract(text)
    [quantity] = result.quantities
    assert quantity.total
    assert all(e.cumulative and e.dead is None and e.arrested is None
               for e in result.events if e.category in {"ASSAULT", "COERCE"}), describe(result)


def test_associates_named_with_a_partitive_are_counted(extract):
    result = extract("Soldiers in Zabul detained the wanted commander along with four of his bodyguards on Monday.")
    assert sum(e.arrested or 0 for e in result.events) == 5, describe(result)


def test_a_tally_since_a_month_named_first_is_a_total(extract):
    result = extract("Since March, police in Zabul have arrested more than 70 suspected smugglers.")
    [quantity] = result.quantities
    assert quantity.total


ROUND_UP = ("Coalition forces killed more than 20 militants in separate operations in eastern Afghanistan over "
            "the past 24 hours.")


def test_a_round_up_defers_to_the_raids_it_then_tells(extract):
    result = extract(ROUND_UP + " In Kunar province, a patrol came under fire and killed three gunmen.")
    attacks = [e for e in result.events if e.category == "ASSAULT"]
    assert sum(e.dead or 0 for e in attacks) == 3, describe(result)
    [round_up] = [e for e in attacks if e.evidence.start == 0]
    assert round_up.cumulative  # its figure is a tally over the raids (still among the quantities)
    assert [(q.value, q.bound) for q in quantities_of(result, "killed")] == [(20, "above"), (3, "exact")]


def test_a_round_up_told_alone_keeps_its_figure(extract):
    result = extract(ROUND_UP)
    assert sum(e.dead or 0 for e in result.events if e.category == "ASSAULT") == 21, describe(result)


def test_the_round_up_people_named_again_are_not_a_new_raid(extract):
    result = extract("Troops detained a commander and several suspects during two separate operations in Khost "
                     "province yesterday. The commander and the suspects were detained after questioning.")
    assert sum(e.arrested or 0 for e in result.events if e.category == "COERCE") == 4, describe(result)


@pytest.mark.parametrize(
    ("text", "arrested"),
    [
        # a group told after one named person is more people
        ("In Zabul on Monday, police captured a bomb maker. The police also seized explosives and detained "
         "several smugglers during the raid.", 4),
        # one person told twice is one
        ("In Zabul on Monday, police detained one suspect while searching for a bomb maker. One suspect was "
         "detained after questioning at the scene.", 1),
        # the one named again with his associates retells the arrest, with more people
        ("In Zabul on Monday, police captured a bomb maker. After questioning, the police detained the bomb "
         "maker and several of his associates.", 4),
    ],
)
def test_people_told_again_or_anew_in_one_report(extract, text, arrested):
    result = extract(text)
    assert sum(e.arrested or 0 for e in result.events if e.category == "COERCE") == arrested, describe(result)


def test_a_sentence_hard_wrapped_over_lines_is_read_whole(extract):
    result = extract("Soldiers searching for a bomb maker detained\nthree men and seized two rifles in\n"
                     "Zabul province on Monday.")
    assert [e.arrested for e in result.events if e.category == "COERCE" and e.arrested] == [3], describe(result)


@pytest.mark.parametrize(
    ("text", "arrested"),
    [
        ("Police in Zabul detained suspected smugglers on Monday.", 2),  # a plural is at least two
        ("Police detained a drug dealer and other suspects in Zabul on Monday.", 3),
        ("Police in Zabul detained the smugglers on Monday.", None),  # people already told: no new count
    ],
)
def test_people_in_the_plural_with_no_number_are_at_least_two(extract, text, arrested):
    result = extract(text)
    assert [q for q in result.quantities if q.value is not None] == []  # no number written in
    assert event_of(result, "COERCE").arrested == arrested, describe(result)


@pytest.mark.parametrize(
    ("text", "field", "count"),
    [
        # a definite plural counts as many as the group it names back to
        ("During the raid in Zabul on Monday, police spotted several armed smugglers near the road. "
         "The police then engaged and killed the smugglers.", "dead", 3),
        # people detained and later killed are a new toll; told again under the same verb they are not
        ("Police detained five suspects in Zabul on Monday. The suspects were later killed in an escape "
         "attempt.", "dead", 5),
        ("Police detained five suspects in Zabul on Monday. Officers detained the suspects at a market.",
         "arrested", 5),
        # a name and a person joined to it are two
        ("In Zabul on Monday an air strike killed Haji Rostam and his driver.", "dead", 2),
        # "the other men" are the rest of a group already told, not more people
        ("Police stopped a truck in Zabul on Monday and detained four men. The driver fled, and the police "
         "detained the other men at a checkpoint.", "arrested", 4),
    ],
)
def test_groups_named_back_to(extract, text, field, count):
    result = extract(text)
    assert sum(getattr(e, field) or 0 for e in result.events) == count, describe(result)


def test_a_child_killed_in_a_raid_is_a_civilian_not_the_target(extract):
    result = extract("Soldiers killed a Taliban commander in Zabul on Monday. One child was killed and another "
                     "wounded during the raid.")
    assert sum(e.dead or 0 for e in result.events) == 2, describe(result)
    assert any("civilians" in e.recipients for e in result.events), describe(result)


@pytest.mark.parametrize(
    ("text", "arrested"),
    [
        # weapons by their make are not people
        ("Police in Zabul detained two smugglers and seized multiple AK-47s on Monday.", 2),
        ("One man was detained in Zabul on Monday and police recovered a rifle and three AK-47 magazines.", 1),
        # one article, two roles: one person
        ("Police in Zabul detained a Taliban bomb maker and facilitator on Monday.", 1),
        ("Police in Zabul detained a Taliban bomb maker and a facilitator on Monday.", 2),
    ],
)
def test_who_is_counted_among_those_detained(extract, text, arrested):
    result = extract(text)
    assert sum(e.arrested or 0 for e in result.events) == arrested, describe(result)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # a range is one count, at least its low end
        ("Police and soldiers killed between four and seven gunmen in Zabul on Monday.", 4),
        # a count that is the subject of its own verb does not join the verb before
        ("One villager was killed and three received light injuries in Zabul on Monday.", 1),
    ],
)
def test_ranges_and_counts_of_their_own_verb(extract, text, dead):
    result = extract(text)
    assert sum(e.dead or 0 for e in result.events) == dead, describe(result)


def test_a_later_vague_telling_of_the_raid_is_not_more_dead(extract):
    result = extract("More than 12 gunmen were killed during a raid in Zabul province last night. The commandos "
                     "targeted a house near the bazaar. The commandos answered the fire, killing numerous gunmen.")
    assert sum(e.dead or 0 for e in result.events) == 13, describe(result)


def test_the_force_s_reply_is_not_the_attack_it_answers(extract):
    result = extract("In Zabul province today, several gunmen shot at the commandos. Having checked that no "
                     "villagers were nearby, the commandos requested a precision airstrike, killing multiple gunmen.")
    attacks = [e for e in result.events if e.category == "ASSAULT"]
    assert any(e.mode == "aerial" and e.dead == 3 for e in attacks), describe(result)
