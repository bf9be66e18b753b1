"""The lead sentence after a dateline that runs into it is parsed as a sentence of its own
(nlp/datelines.py): the model reads each word with its neighbours, across the break after the
dateline, and took the lead's first words for names after the dateline's capitals and brackets
("Gunbattles" after "(AWN) -"), so the lead had no act. Sentences written for these tests, behind
wire datelines of two shapes, with acts told by a noun and by a verb."""

from __future__ import annotations

from functools import partial

import pytest
from extract_helpers import sub_types
from spacy.language import Language


@pytest.mark.parametrize(("text", "sub_type"), [
    ("DORVAN, May 9 (AWN) - Gunbattles between the police and a gang continued for a second day in Vasko.",
     "Armed clash"),
    ("KELSO, Jan. 4 (AWN) - Victims of the chlorine attack were treated at a field hospital in Tesmar.",
     "Chemical weapon"),
    ("TELMA, June 2 (AWN) - Fighting broke out between the army and the Kivu Front near Orvane.", "Armed clash"),
    ("ORVANE, Afghanistan (Oct. 3, 2011) - Fighting erupted between insurgents and the police in the district.",
     "Armed clash"),
    ("VASKO, July 7 (AWN) - Gunmen shot dead four farmers in their fields near Tesmar.", "Attack"),
])
def test_the_lead_after_a_dateline_is_typed_as_it_would_be_alone(extract, text: str, sub_type: str) -> None:
    assert sub_type in sub_types(partial(extract, published=None), text)


def test_the_dateline_keeps_its_own_parse_and_the_lead_stays_one_sentence(nlp: Language) -> None:
    doc = nlp("DORVAN, May 9 (AWN) - Gunbattles between the police and a gang continued for a second day.")
    sentences = list(doc.sents)
    assert len(sentences) == 2 and sentences[1].text.startswith("Gunbattles")
    assert doc[sentences[1].start].tag_ == "NNS"  # a noun of the lead, not a name read after the dateline


@pytest.mark.parametrize("dateline", ["Orvane, March 12: ", "New Velsa, Mar 4 (AWN) ", "Kelso, Sept 3 - "])
@pytest.mark.parametrize("sentence", [
    "Rival gangs of youths fought with iron rods in a Tesmar slum, leaving four people injured.",
    "A rocket fired at the airport was intercepted by the air defence system, the army said.",
    "A mob lynched a man accused of stealing a goat, police said.",
])
def test_a_lead_behind_an_agency_dateline_is_typed_as_the_sentence_alone(extract, dateline: str,
                                                                          sentence: str) -> None:
    # the place in title case, its day, and the agency or a colon (as agencies of South Asia write them)
    # end a sentence of their own, so the lead reads as it does without them
    alone = partial(extract, published=None)
    assert sub_types(alone, dateline + sentence) == sub_types(alone, sentence)


def test_an_agency_dateline_is_a_sentence_of_its_own(nlp: Language) -> None:
    doc = nlp("New Velsa, Mar 4 (AWN) Police on Tuesday detained 20 protesters who blocked the highway.")
    assert [s.text.strip() for s in doc.sents][1].startswith("Police on Tuesday")


@pytest.mark.parametrize("text", [
    "KABUL (Reuters) - Gunmen killed three people at a market on Thursday.",
    "ABUJA (AWN) - Gunmen kidnapped 40 pupils from a school in Kuriga on Thursday.",
    "MOGADISHU (AFP) — Al-Shabaab fighters attacked a military base near the capital.",
])
def test_a_capital_in_an_agency_dateline_is_no_doer_of_the_lead(extract, text: str) -> None:
    # the capital's name stands for its government elsewhere; before its agency at a line's start it is
    # where the report was filed, and the lead's act is done by the lead's own subject
    events = [e for e in extract(text, published=None).events if e.acled_sub_event_type]
    assert events and not any(a.endswith("_gov") for e in events for a in e.actors)


def test_a_name_in_capitals_with_brackets_in_running_text_is_no_dateline(nlp: Language) -> None:
    doc = nlp("Officials of the ECOWAS (Economic Community of West African States) met in Accra on Monday.")
    assert len(list(doc.sents)) == 1
