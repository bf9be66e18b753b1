"""The text the model reads (ingest/boilerplate.py: model_text, through the tokenizer of
nlp/pipeline.py): hard-wrapped text (mail, PDF and wire copy, broken at a width inside sentences) and
words joined by no-break or thin spaces (web pages) are parsed as the sentences they hold, a break that
only wraps a sentence and a space of another kind being a plain space there, so "have / downed tools" is
read as "have downed tools", not as two pieces either side of a token of its own. The text is the same
length, so every offset points into the text as stored, its breaks and spaces kept. Sentences written
for these tests, broken or joined at several places (before the verb, the object, inside a phrase)."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types

from accordwatch.ingest.boilerplate import model_text, unwrapped


@pytest.mark.parametrize(("text", "sub_type"), [
    ("Students of the Tesmar nursing college\nboycotted classes for a second day over fees.", "Peaceful protest"),
    ("Cleaners at the Orvane district hospital have\ndowned tools, demanding their arrears.", "Peaceful protest"),
    ("Supporters of the jailed mayor clashed with police\nin Orvane, throwing petrol\nbombs.",
     "Violent demonstration"),
    ("Soldiers reached Kelso and entered without\nfighting, the army said.", "Non-violent transfer of territory"),
])
def test_a_hard_wrapped_sentence_is_typed_as_the_sentence_it_is(extract, text: str, sub_type: str) -> None:
    assert sub_type in sub_types(extract, text)


def test_only_the_breaks_inside_a_sentence_become_spaces() -> None:
    text = ("Police Detain Marchers In Velsa\n"          # a headline, then its story: kept
            "Police detained 40 marchers in the centre\n"  # a wrap: a space
            "of Velsa on Monday.\n\n"                      # a paragraph: kept
            "The march had been\nbanned.")
    assert unwrapped(text) == ("Police Detain Marchers In Velsa\nPolice detained 40 marchers in the centre of Velsa"
                               " on Monday.\n\nThe march had been banned.")
    assert len(unwrapped(text)) == len(text)


def test_the_evidence_of_a_wrapped_sentence_is_the_stored_text_with_its_breaks(extract) -> None:
    text = "Cleaners at the Orvane district hospital have\ndowned tools, demanding their arrears."
    event = next(e for e in extract(text).events if e.acled_sub_event_type == "Peaceful protest")
    assert "have\ndowned" in event.evidence.sentence
    assert text[event.evidence.start:event.evidence.end] == event.evidence.text


@pytest.mark.parametrize(("text", "sub_type"), [
    ("The militia pulled out\u00a0of\u00a0Kelso overnight and the army moved in unopposed.",
     "Non-violent transfer of territory"),
    ("A cessation\u00a0of\u00a0hostilities between the two clans took effect at dawn, elders said.", "Agreement"),
    ("Gunmen killed 12\u202fvillagers in Tesmar\tdistrict on Sunday.", "Attack"),
])
def test_words_joined_by_other_spaces_are_typed_as_with_plain_ones(extract, text: str, sub_type: str) -> None:
    assert sub_type in sub_types(extract, text)


def test_the_model_reads_other_spaces_as_plain_ones_at_the_same_offsets() -> None:
    text = "Gunmen killed 12\u00a0villagers\u2009in\tTesmar."
    assert model_text(text) == "Gunmen killed 12 villagers in Tesmar."
    assert len(model_text(text)) == len(text)


@pytest.mark.parametrize(("text", "sub_type"), [
    ("Government troops said on Sunday that they had recaptured\nMarsola and two villages on the road to\nthe border.",
     "Government regains territory"),
    ("Fighters loyal to the local commander abandoned Dorvan\nHill, and the militia of the valley moved in on\n"
     "Friday.", "Non-violent transfer of territory"),
])
def test_a_sentence_wrapped_before_a_name_runs_on(extract, text: str, sub_type: str) -> None:
    assert sub_type in sub_types(extract, text)


def test_a_break_is_judged_by_the_width_where_a_capital_follows_a_content_word() -> None:
    wrapped = ("Army engineers said on Monday that they had cleared the mines from\nMarsola and the villages "
               "around it, and that the road\nto the border was open.")
    assert unwrapped(wrapped) == wrapped.replace("\n", " ")  # "Marsola" would not have fitted on the line
    headline = ("Army engineers clear the road to Marsola\nArmy engineers said on Monday that they had cleared "
                "the mines\nfrom the road to the border, which was open again.")
    # the headline's next word would have fitted on its line: a line of its own
    assert unwrapped(headline) == headline.replace("mines\nfrom", "mines from")
