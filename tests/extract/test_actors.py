"""Actors and places: knowledge-base aliases, capitals and countries that act or only say where,
demonyms with force nouns, people met in the text, name variants, "the group", boilerplate."""

from __future__ import annotations

import pytest
from extract_helpers import describe, event_of, events_of, mention_at, new_actor


@pytest.mark.parametrize("name", ["Islamic Emirate", "Taleban", "Taliban"])
def test_knowledge_base_alias_resolves_to_the_group(extract, name):
    text = f"The {name} attacked a police post in Ghazni province on Sunday."
    result = extract(text)
    assert mention_at(result, text, name).actor == "taliban"
    assert event_of(result, "ASSAULT").actors == ["taliban"]


def test_capital_that_acts_is_the_government(extract):
    text = "Kabul rejected the offer from the insurgents on Saturday."
    result = extract(text)
    assert mention_at(result, text, "Kabul").actor == "afg_gov"
    assert event_of(result, "REJECT").actors == ["afg_gov"]


def test_capital_after_a_locative_preposition_is_a_place(extract):
    text = "Reporters met Taliban officials in Kabul on Sunday."
    mention = mention_at(extract(text), text, "Kabul")
    assert mention.place == "city-kabul-afg"
    assert mention.actor is None


def test_country_after_a_city_is_where_not_who(extract):
    text = "Qatar hosted the talks. The envoy flew to Doha, Qatar, on Friday."
    result = extract(text)
    # the same name acting as the host of the talks is the state...
    assert mention_at(result, text, "Qatar", occurrence=0).actor == "qat"
    # ...but after "Doha," it only says where Doha is
    second = mention_at(result, text, "Qatar", occurrence=1)
    assert second.place == "country-qat"
    assert second.actor is None
    assert mention_at(result, text, "Doha").place == "city-doha-qat"


@pytest.mark.parametrize(
    ("text", "phrase", "actor"),
    [
        ("Pakistani troops shelled villages along the border on Friday.", "Pakistani troops", "pak_mil"),
        ("Ukrainian forces shelled Russian positions near Donetsk on Monday.", "Ukrainian forces", "ukr_mil"),
        ("Colombian soldiers clashed with ELN rebels in Arauca on Monday.", "Colombian soldiers", "col_mil"),
    ],
)
def test_demonym_with_force_noun_is_the_national_army(extract, text, phrase, actor):
    result = extract(text)
    assert mention_at(result, text, phrase).actor == actor
    assert actor in event_of(result, "ASSAULT").actors


def test_named_group_before_a_generic_fighter_noun_is_the_actor(extract):
    text = "On Tuesday, al-Shabaab gunmen stormed a hotel in Mogadishu."
    result = extract(text)
    assert mention_at(result, text, "al-Shabaab").actor == "al_shabaab"
    assert event_of(result, "ASSAULT").actors == ["al_shabaab"], describe(result)


def test_unknown_person_with_apposition_gets_affiliation_and_role(extract):
    text = "Hamdullah Zaheer, a spokesman for the Taliban, said the fighters had left the district."
    result = extract(text)
    person = new_actor(result, "Zaheer")
    assert person.kind == "person"
    assert person.name == "Hamdullah Zaheer"
    assert person.affiliation == "taliban"
    assert person.role == "spokesman"
    assert mention_at(result, text, "Hamdullah Zaheer").actor == person.id


def test_unknown_negotiator_of_another_conflict_is_affiliated(extract):
    text = "Marta Villalobos, a negotiator for the ELN, said the rebels would free the hostages."
    person = new_actor(extract(text), "Villalobos")
    assert (person.affiliation, person.role) == ("eln", "negotiator")


def test_title_surname_and_typo_variants_are_one_person(extract):
    text = ("Col. Jane Smithers led the patrol in Kunar province on Tuesday. "
            "Smithers said the unit came under fire. "
            "Later, Jane Smither told reporters the soldiers were safe.")
    result = extract(text)
    assert len(result.actors) == 1, result.actors
    person = result.actors[0]
    assert person.name == "Jane Smithers"  # the title is not part of the name
    for needle in ("Jane Smithers", "Smithers said", "Jane Smither told"):
        assert mention_at(result, text, needle).actor == person.id


def test_surname_alone_resolves_to_the_person_named_before(extract):
    text = ("Ahmad Rahimzai, a commander of the Taliban, met local elders on Monday. "
            "Rahimzai said his men would leave the village.")
    result = extract(text)
    person = new_actor(result, "Rahimzai")
    assert person.affiliation == "taliban"
    assert mention_at(result, text, "Rahimzai said").actor == person.id
    assert [c.speaker for c in result.claims] == [person.id]


def test_the_group_is_the_last_armed_group_named(extract):
    text = ("Malian troops clashed with JNIM fighters near Mopti on Monday. "
            "On Tuesday, al-Shabaab gunmen stormed a hotel in Mogadishu. "
            "The group also kidnapped two aid workers.")
    result = extract(text)
    kidnapping = event_of(result, "COERCE")
    assert kidnapping.mode == "abduct"
    assert kidnapping.actors == ["al_shabaab"]  # not JNIM, named first


def test_the_group_as_speaker_is_the_group(extract):
    text = ("The Taliban attacked a convoy in Zabul province on Friday. "
            "The group later claimed the assault on its website.")
    assert [c.speaker for c in extract(text).claims] == ["taliban"]


def test_boilerplate_lines_never_produce_mentions(extract):
    body = "The Taliban attacked a police checkpoint in Kunduz on Monday."
    text = body + "\nShare this article\nCopyright 2020 Reuters. Taliban, Kabul. All rights reserved."
    result = extract(text)
    assert [m.text for m in result.mentions] == ["Taliban", "Kunduz"]
    assert all(m.end <= len(body) for m in result.mentions)


def test_forces_in_a_country_are_that_countrys(extract):
    result = extract("Security forces in Guinea beat dozens of refugees on Tuesday, a rights group said.")
    assert event_of(result, "ASSAULT").actors == ["gin_mil"], describe(result)


def test_a_countrys_protesters_are_an_actor_of_their_own(extract):
    result = extract("Egyptian demonstrators blocked a road in Cairo on Friday.")
    protest = event_of(result, "PROTEST")
    assert protest.actors == ["protesters_egy"], describe(result)
    actor = next(a for a in result.actors if a.id == "protesters_egy")
    assert (actor.name, actor.country) == ("Protesters (Egypt)", "EGY")


def test_a_group_of_diplomats_is_their_government(extract):
    result = extract("A group of Moroccan diplomats held talks with Spanish officials in Rabat on Monday.")
    assert "mar_gov" in event_of(result, "CONSULT").actors, describe(result)


def test_a_demonstration_is_by_the_crowd_its_sentence_names(extract):
    result = extract("Palestinian youths threw stones during demonstrations against the arrests in Hebron.")
    assert event_of(result, "PROTEST").actors == ["protesters_pse"], describe(result)


def test_a_protest_is_by_the_national_crowd_named_anywhere_in_its_sentence(extract):
    result = extract("Turkish students, angered by the arrests, resorted to blocking roads during demonstrations "
                     "in Diyarbakir, officials said.")
    assert [a for e in events_of(result, "PROTEST") for a in e.actors] == ["protesters_tur"], describe(result)


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # no government named: the one of the country the report is about
        ("The government set free 40 prisoners in Kandahar province on Monday.", [["afg_gov"]]),
        ("Houthi fighters shelled Marib on Sunday, and the authorities set free 12 detainees in Sanaa on Monday.",
         [["yem_gov"]]),
        # no country to go by: nobody is guessed (and a release by nobody is not kept)
        ("The government set free 40 prisoners on Monday.", []),
    ],
)
def test_a_bare_government_is_that_of_the_country_the_report_is_about(extract, text, actors):
    assert [e.actors for e in events_of(extract(text), "RETREAT")] == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # members of a named body are that body's
        ("Angry supporters from the Fatah movement staged rallies in Ramallah on Monday.", ["fatah"]),
        # a force led by a nation is that nation's; one only backed by it is not
        ("Ethiopian-led forces attacked a town in southern Somalia on Monday.", ["eth_mil"]),
        ("Russian-backed separatists shelled a town in Donetsk on Monday.", ["insurgents"]),
    ],
)
def test_whose_a_generic_group_is(extract, text, actors):
    result = extract(text)
    assert [e.actors for e in result.events][:1] == [actors], describe(result)


def test_a_people_protesting_are_that_countrys_protesters_not_its_state(extract):
    result = extract("Some 200 Eritreans began a hunger strike outside the embassy in Nairobi on Monday.")
    assert event_of(result, "PROTEST").actors == ["protesters_eri"], describe(result)
