"""ACLED sub-types of headline lines whose verb the small model tags as a noun (issue 13): "Protesters
torch police station" read with "torch" as its verb (nlp/headlines.py), for every verb of the event
lexicon; noun uses of the same words and lines of other shapes stay without an event. Sentences
written for these tests, in several shapes each (lower and title case, captions, made-up places)."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types
from spacy.language import Language


@pytest.mark.parametrize("text", [
    "Police detain student protesters in Dorvan",
    "Police Detain Marchers In Velsa",
    "Police detain demonstrators outside Arvel parliament",
    "Police detain protesters during a rally against fuel prices in Korvath, Marrak, Sunday, May 2, 2021.",
])
def test_a_headline_police_detain_protesters_is_a_protest_met_with_force(extract, text: str) -> None:
    assert "Protest with intervention" in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Protesters torch police station",
    "Rioters Torch Cars In Velsa",
    "Angry demonstrators torch governor's office in Dravik",
    "Demonstrators torch ruling party office in Arvel.",
])
def test_a_headline_protesters_torch_is_a_violent_demonstration(extract, text: str) -> None:
    assert "Violent demonstration" in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Rebel commander surrenders to army",
    "Rebel Commander Surrenders To Army In Korvath",
    "Militia chief surrenders with 40 fighters in Dravik",
    "Two rebel factions sign ceasefire in Korvath",
])
def test_a_headline_surrender_or_signing_is_an_agreement(extract, text: str) -> None:
    assert "Agreement" in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Militants behead farmer in Dravik",
    "Gunmen Behead Village Elder In Velsa",
    "Jihadists behead two herders near Marrak, Saturday.",
])
def test_a_headline_beheading_is_an_attack(extract, text: str) -> None:
    assert "Attack" in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Police detain opposition leader in Korvath",
    "Security forces detain journalist at Velsa airport",
    "Soldiers detain former governor in dawn raid",
])
def test_a_headline_detaining_a_figure_is_an_arrest(extract, text: str) -> None:
    assert "Arrests" in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Police detain order of the day",
    "A torch for the victims",
    "The surrender talks",
    "Arms seizure figures for the year",
    "Soldiers' arrest rate rises",
    "Police Station Opening Hours",
    "Surrender Terms And Conditions",
    "Army Surrender Ceremony In Velsa",
    "Police station fire",
    "Rebel attack helicopters on display",
])
def test_noun_uses_of_the_same_words_are_no_event(extract, text: str) -> None:
    assert sub_types(extract, text) == []


def test_the_verb_of_a_headline_is_read_where_it_is_written(nlp: Language) -> None:
    doc = nlp("Protesters torch police station\nThe torch was lit at noon.")
    torch = doc[1]
    assert (torch.pos_, torch.dep_, torch.lemma_) == ("VERB", "ROOT", "torch")
    assert [c.text for c in torch.children] == ["Protesters", "station"]
    assert doc.text[torch.idx:torch.idx + len(torch)] == "torch"
    assert doc[5].text == "The" and doc[5].is_sent_start  # the lines stay two sentences
    assert next(t for t in doc[5:] if t.lower_ == "torch").pos_ == "NOUN"
