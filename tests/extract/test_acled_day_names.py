"""A month or a day named in a date is no cue word (issue 13): "March 14" tells when, not of a march, so
a mob's killing dated in March stays mob violence, not a protest's riot or force against a protest.
The words of a date the parse labels are left out of the words the ACLED typing matches
(events/acled_parse.py: Words); "march" as a noun or a verb still tells of a protest. Sentences
written for these tests, with the date before, inside and after the clause, and behind a dateline; read
with no publication day (an act weeks before the day a report is published is its background, typed
by no ACLED sub-type)."""

from __future__ import annotations

from functools import partial

import pytest
from extract_helpers import sub_types


@pytest.mark.parametrize("text", [
    "On March 14, villagers beat a suspected cattle thief to death in Orvane.",
    "A crowd lynched a man accused of blasphemy in Tesmar on Monday, March 6, police said.",
    "KELSO, March 30 (AWN) - An angry crowd stoned a truck driver to death after a crash.",
    "Residents set fire to the home of a suspected kidnapper in Vasko on 2 March.",
])
def test_a_mob_killing_dated_in_march_is_mob_violence(extract, text: str) -> None:
    assert sub_types(partial(extract, published=None), text) == ["Mob violence"]


@pytest.mark.parametrize("text", [
    "Nurses joined a march through Orvane on March 5 to demand their unpaid wages.",
    "On May 1, thousands marched through Tesmar to demand a higher minimum wage.",
])
def test_a_march_dated_in_march_or_may_is_still_a_protest(extract, text: str) -> None:
    assert "Peaceful protest" in sub_types(partial(extract, published=None), text)


@pytest.mark.parametrize("text", [
    "The elections in Tesmar are expected in March or May.",
    "MARCH 8 is International Women's Day.",
])
def test_a_month_alone_tells_of_no_event(extract, text: str) -> None:
    assert sub_types(partial(extract, published=None), text) == []
