"""A correction takes back what a report said: the acts it retells are not told as done."""

from __future__ import annotations

import pytest
from extract_helpers import events_of


@pytest.mark.parametrize("text", [
    "Correction: An earlier version of this article said the Taliban had freed 700 soldiers on Monday.",
    "The original version of this report incorrectly stated that the Taliban released 300 soldiers.",
    "We wrongly reported on Tuesday that the Taliban had freed 120 soldiers in Kunduz.",
])
def test_a_release_retold_by_a_correction_is_not_asserted(extract, text):
    releases = events_of(extract(text), "RETREAT")
    assert releases and all(e.modality != "asserted" for e in releases)


def test_the_corrected_figure_in_a_sentence_of_its_own_stands(extract):
    result = extract("An earlier version of this article said the Taliban had freed 700 soldiers. "
                     "The Taliban freed 70 soldiers on Monday, officials said.")
    asserted = [e for e in events_of(result, "RETREAT") if e.modality == "asserted"]
    assert [e.prisoners for e in asserted] == [70]
