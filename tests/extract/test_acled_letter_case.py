"""Lines written in capitals or in title case are read as the same words in sentence case (issue 13):
the small model reads a capitalised word as a name, so "REBELS CAPTURED THE TOWN" or "Rebels Captured
The Town" parses as a row of names. Such a line is parsed in sentence case (nlp/recase.py): a word of
the dictionary in lower case, any other word with its capital (a name the knowledge base need not
know), and rules that ask whether a word is written as a name read it so. Sentences written for these
tests: headlines and whole sentences with their attribution, in both cases, and near-misses ACLED would
not code in the same cases."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types
from spacy.language import Language

from accordwatch.nlp.recase import capital_lines, recased_words, written_as_name


@pytest.mark.parametrize(("text", "sub_type"), [
    ("SOLDIERS RECAPTURED VARNESH FROM THE REBELS ON MONDAY, THE ARMY SAID.", "Government regains territory"),
    ("ARMED MEN TOOK CONTROL OF KELDARA AFTER HEAVY FIGHTING", "Non-state actor overtakes territory"),
    ("THE TWO CLANS SIGNED A TRUCE AT A MEETING IN OSKAR VALE.", "Agreement"),
    ("THOUSANDS MARCH IN TELVORA AGAINST FUEL PRICES", "Peaceful protest"),
    ("GUNMEN KIDNAPPED A DISTRICT JUDGE IN MARSOLA, POLICE SAID.", "Abduction/forced disappearance"),
])
def test_a_line_in_capitals_is_typed_as_in_sentence_case(extract, text: str, sub_type: str) -> None:
    assert sub_type in sub_types(extract, text)


@pytest.mark.parametrize(("text", "sub_type"), [
    ("Rebels Captured The Town Of Morsk After Two Days Of Fighting", "Non-state actor overtakes territory"),
    ("The Army Recaptured Dalvine From The Insurgents, A Spokesman Said", "Government regains territory"),
    ("The Warring Parties Agreed To A Ceasefire In Talks Hosted By Elders", "Agreement"),
    ("Militants Abducted Three Aid Workers Near Sorbel On Tuesday, Officials Said", "Abduction/forced disappearance"),
    ("Nurses Have Staged A Sit-in Outside The Health Ministry In Orvane Since Monday", "Peaceful protest"),
    ("Gunmen Shot Dead Four Villagers At A Market In Kessaly, Witnesses Said", "Attack"),
])
def test_a_line_in_title_case_with_its_verb_is_typed_as_in_sentence_case(extract, text: str, sub_type: str) -> None:
    assert sub_type in sub_types(extract, text)


def test_a_title_case_line_the_model_cuts_in_two_is_read_whole(extract, nlp: Language) -> None:
    text = "Police Fired Live Rounds At Rioting Youths In The Dorvan District, Wounding Four"
    assert len(list(nlp(text).sents)) == 1  # (the small model alone cuts it at the comma)
    assert sub_types(extract, text) == ["Violent demonstration"]


def test_a_month_beside_its_day_stays_a_month_in_a_line_in_capitals(extract, nlp: Language) -> None:
    text = "A MOB BEAT A SUSPECTED THIEF TO DEATH IN ORVANE ON FRIDAY, MARCH 4."
    assert "March" in recased_words(nlp.make_doc(text), capital_lines(text))
    assert "march" in recased_words(nlp.make_doc("THOUSANDS MARCH IN VASKO"), capital_lines("THOUSANDS MARCH IN VASKO"))


@pytest.mark.parametrize("text", [
    "THE PRIME MINISTER WILL VISIT TELVORA NEXT WEEK",
    "FLOODS FORCED THOUSANDS FROM THEIR HOMES IN KARDOS PROVINCE.",
    "THE MINISTER SAID TALKS WITH THE UNION WOULD RESUME IN MAY.",
    "Talks On The New Budget Opened In The Capital On Monday",
    "Investors Took Control Of The Mill After The Merger",
    "Police Seized Two Tonnes Of Cannabis At The Port Of Maravel",
    "Farmers Expect A Record Harvest In The Southern Provinces This Year",
])
def test_a_line_in_capitals_or_title_case_with_no_acled_event_gets_none(extract, text: str) -> None:
    assert sub_types(extract, text) == []


def test_recasing_lowers_the_words_of_the_dictionary_and_keeps_a_capital_on_unknown_names(nlp: Language) -> None:
    text = "THOUSANDS MARCH IN TELVORA AGAINST FUEL PRICES, SAID A TRUCE MONITOR"
    words = recased_words(nlp.make_doc(text), capital_lines(text))
    # "Said" and "Truce" stand in names of the knowledge base; here they are the verb and the noun
    assert words == ["Thousands", "march", "in", "Telvora", "against", "fuel", "prices", ",", "said", "a", "truce",
                     "monitor"]


def test_recasing_writes_a_name_of_the_knowledge_base_as_it_does(nlp: Language) -> None:
    text = "TALIBAN FIGHTERS OVERRAN A CHECKPOINT IN KUNDUZ"
    words = recased_words(nlp.make_doc(text), capital_lines(text))
    assert words[0] == "Taliban" and words[-1] == "Kunduz" and words[2] == "overran"


@pytest.mark.parametrize(("text", "word", "as_name"), [
    ("REBELS SEIZED TOLVARA AFTER A LONG SIEGE", "TOLVARA", True),   # a name, in a line in capitals
    ("REBELS SEIZED TOLVARA AFTER A LONG SIEGE", "SIEGE", False),    # a word of the dictionary
    ("Rebels seized Tolvara after a long siege", "Tolvara", True),
    ("The MP visited Tolvara after the siege", "MP", False),         # an initialism in a sentence
    ("Talks in NATO ended", "NATO", False),                          # a short line: not a line in capitals
])
def test_a_word_is_written_as_a_name_by_its_case_or_by_its_line_read_in_sentence_case(
        nlp: Language, text: str, word: str, as_name: bool) -> None:
    doc = nlp.make_doc(text)
    assert written_as_name(next(t for t in doc if t.text == word)) is as_name


@pytest.mark.parametrize("text", [
    "Angry Protesters Torch Army Post After Shooting\nOf Student",
    "Angry Rioters Torch Police Post After Killing\nOf Farmer",
])
def test_a_title_line_broken_inside_a_name_the_model_found_keeps_valid_entities(extract, text: str) -> None:
    # the model's entity ran across the break; the recased line's analyses replace its start, and what is
    # left of it after the break names nothing (nlp/recase.py: mend_entity_starts): no failed document
    assert "Violent demonstration" in sub_types(extract, text)
