"""The lexicon's objects of two words ("command centre", "observation post", "command post") are read
from the object noun with its compounds, whatever the verb (issue 13: "moved its command centre to" was
no event, for the verb's list names the base in two words). Sentences written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types

HQ = "Headquarters or base established"


@pytest.mark.parametrize("text", [
    "The group set up a command centre in Rusk, residents said.",
    "The armed group moved its command centre to the village of Rusk.",
    "Militia fighters have installed a command post on the roof of the school in Ebbe.",
    "A new observation post was set up by the rebels on the ridge above Kalt.",
])
def test_a_base_named_in_two_words_is_set_up_or_moved(extract, text: str) -> None:
    assert HQ in sub_types(extract, text)


def test_a_command_centre_visited_is_no_base_set_up(extract) -> None:
    assert sub_types(extract, "The minister visited the command centre of the flood relief operation in Rusk.") == []
