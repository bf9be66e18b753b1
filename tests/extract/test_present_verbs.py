"""A verb in the present that the tagger takes for a noun is read as the model reads the sentence in the
past (nlp/present_verbs.py): "fire", "march", "battle" and "attack" are nouns too, and headlines and the
historical present of some outlets had no act ("Rebels fire mortars" read as one noun phrase). Sentences
written for these tests: headlines and body sentences, a verb in the plural and in the singular, its doer
with a phrase after it ("Police in Dorvan", "Hundreds of dockers"), its source before or after it, and
near-misses whose parse must stay: a verb of their own, a label, a noun that does not agree."""

from __future__ import annotations

from functools import partial

import pytest
from extract_helpers import sub_types
from spacy.language import Language


@pytest.mark.parametrize(("text", "sub_type"), [
    ("Insurgents fire rockets at the airport in Tesmar, officials say", "Shelling/artillery/missile attack"),
    ("Separatists shell the port of Velsa overnight, the navy says.", "Shelling/artillery/missile attack"),
    ("Thousands of nurses march through Kelso to demand back pay", "Peaceful protest"),
    ("Hundreds of dockers in Orvane strike over a pay cut, their union says.", "Peaceful protest"),
    ("Police in Dorvan fire tear gas at students demanding cheaper bus fares", "Protest with intervention"),
    ("Tribal fighters battle the army near the Vasko dam, residents say", "Armed clash"),
    ("Witnesses say militiamen attack a village near Orvane, killing six farmers", "Attack"),
    ("Villagers armed with machetes attack a police post in Telma", "Mob violence"),
])
def test_a_present_verb_read_as_a_noun_is_typed_as_in_the_past(extract, text: str, sub_type: str) -> None:
    assert sub_type in sub_types(partial(extract, published=None), text)


@pytest.mark.parametrize(("text", "sub_type"), [
    ("Former prime minister arrested on corruption charges", "Arrests"),  # the participle is its act
    ("Three killed in Vasko clashes", "Armed clash"),
])
def test_a_headline_passive_keeps_its_act_and_gains_none(extract, text: str, sub_type: str) -> None:
    assert sub_types(partial(extract, published=None), text) == [sub_type]


@pytest.mark.parametrize("text", [
    "The nurses rally planned for Sunday in Kelso was called off",  # a verb of its own: "was called off"
    "The army fire base outside Kunduz",  # "army" does not take "fire": a label
    "Police station torch relay",
    "Farmers in Telma fear the drought, a union official says",  # a verb of no act
])
def test_no_act_is_read_into_a_line_without_one(extract, text: str) -> None:
    assert not sub_types(partial(extract, published=None), text)


def test_the_verb_keeps_its_present_tag_and_its_source_its_clause(nlp: Language) -> None:
    doc = nlp("Insurgents fire rockets at the airport in Tesmar, officials say")
    fire = doc[1]
    assert (fire.pos_, fire.tag_, fire.lemma_) == ("VERB", "VBP", "fire")
    assert [c.text for c in fire.children if c.dep_ == "nsubj"] == ["Insurgents"]
    assert fire.head.text == "say"  # what the officials say, as "fired ..., officials say" reads
    singular = nlp("The militia shells the port of Velsa, the navy says")[2]
    assert (singular.pos_, singular.tag_) == ("VERB", "VBZ")


def test_the_text_and_the_sentences_stay_as_written(nlp: Language) -> None:
    text = "Tribal fighters battle the army near the dam. Two soldiers were wounded."
    doc = nlp(text)
    assert doc.text == text and [s.text.strip() for s in doc.sents] == [
        "Tribal fighters battle the army near the dam.", "Two soldiers were wounded."]
