"""A finite verb by its tag that the parse makes a subject or an object is a noun the tagger misread
("the workers protest set for today", "protest" a subject, tagged as a verb): it is read as the noun,
so it is an event only where a noun of its kind would be one (told as happened: "drew thousands"), not
as a protest told as done (events/predicates.py: _noun_tagged_a_verb). Sentences written for these
tests, with and without a sentence before them (the tagger's reading moves with its context)."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types


@pytest.mark.parametrize("text", [
    "Police said the workers protest set for today in Vasko had been called off.",
    "The region has seen months of unrest. The pensioners rally planned for Sunday in Sarn was postponed.",
])
def test_a_protest_noun_misread_as_a_verb_and_called_off_is_no_protest(extract, text: str) -> None:
    assert sub_types(extract, text) == []


def test_a_protest_noun_misread_as_a_verb_and_told_as_happened_is_a_protest(extract) -> None:
    assert sub_types(extract, "The pensioners rally in Tesmar drew thousands on Sunday.") == ["Peaceful protest"]
