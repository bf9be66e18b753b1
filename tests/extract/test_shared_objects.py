"""A verb with no object of its own shares the object of the verb joined right after it
(acled_parse.shared_objects): in "a crowd stoned and burned a preacher" the preacher was stoned too, so
the stoning is a crowd's violence against a person (mob violence), not a riot's throwing at nobody.
Sentences written for these tests."""

from __future__ import annotations

from functools import partial

import pytest
from extract_helpers import sub_types
from spacy.language import Language

from accordwatch.extract.events.acled_parse import shared_objects


@pytest.mark.parametrize(("text", "verb", "shared"), [
    ("A furious crowd stoned and burned a preacher in Kelso.", "stoned", ["preacher"]),
    ("Villagers beat and robbed two traders on the road.", "beat", ["traders"]),
    ("Residents gathered and prayed for the victims.", "gathered", []),  # no object to share
    ("Soldiers fired and the crowd fled the square.", "fired", []),  # the other verb has its own subject
    ("Gunmen shot a guard and burned the school.", "shot", []),  # an object of its own
])
def test_the_object_of_the_verb_joined_after_is_shared(nlp: Language, text: str, verb: str,
                                                       shared: list[str]) -> None:
    token = next(t for t in nlp(text) if t.text == verb)
    assert [t.text for t in shared_objects(token)] == shared


def test_a_crowd_stoning_and_burning_a_person_is_mob_violence(extract) -> None:
    text = "A furious crowd stoned and burned a preacher accused of insulting the prophet in Kelso, police said."
    types = sub_types(partial(extract, published=None), text)
    assert "Mob violence" in types and "Violent demonstration" not in types
