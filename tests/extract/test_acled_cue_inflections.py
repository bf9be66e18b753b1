"""A cue phrase of the ACLED typing matches in every tense and number the text writes it in
(word_lists.with_phrase_lemmas): "safely detonated" in the list also reads "safely detonate" and
"safely detonates", "controlled explosion" also "controlled explosions", since a phrase is matched
against the lemmas of the words too. Before, a list written in the past missed the present of
headlines and the plural. Sentences written for these tests."""

from __future__ import annotations

from functools import partial

import pytest
from extract_helpers import sub_types

from accordwatch.extract.word_lists import with_phrase_lemmas


def test_a_phrase_is_also_listed_in_its_lemmas_and_single_words_stay_as_written() -> None:
    listed = with_phrase_lemmas(["safely detonated", "shot down", "controlled explosions", "defused"])
    assert {"safely detonate", "shoot down", "control explosion"} <= listed
    assert "defuse" not in listed  # a single word is matched by its lemma already


@pytest.mark.parametrize("text", [
    "Police carried out controlled explosions on two bags left at the station.",
    "Army engineers safely detonate a device found beside the road to Kelso.",
    "Engineers safely detonate two shells found in a school yard in Velsa",
    "Sappers are safely detonating the mortar bombs dug up on the farm.",
])
def test_arms_made_safe_in_any_tense_are_disrupted_weapons_use_only(extract, text: str) -> None:
    assert set(sub_types(partial(extract, published=None), text)) == {"Disrupted weapons use"}
