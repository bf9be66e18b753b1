"""British and American spellings are typed alike (issue 13): a cue list that holds one spelling of a
word holds the other ("neutralised"/"neutralized", "vandalised"/"vandalized", "World Food
Programme"/"Program"), so an outlet's spelling does not decide the type. Sentences written for these
tests, in both spellings, active and passive."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types


@pytest.mark.parametrize("text", [
    "Army engineers neutralised a roadside bomb on the Kelso road on Monday.",
    "Army engineers neutralized a roadside bomb on the Kelso road on Monday.",
    "A landmine was neutralised by de-mining teams near Orvane, the police said.",
])
def test_a_bomb_made_safe_in_either_spelling_is_disrupted_weapons_use(extract, text: str) -> None:
    assert "Disrupted weapons use" in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Protesters vandalised the offices of the electoral board in Tesmar.",
    "Protesters vandalized the offices of the electoral board in Tesmar.",
    "The offices of the ruling party were vandalised by demonstrators in Orvane.",
])
def test_offices_vandalised_by_protesters_in_either_spelling_are_a_violent_demonstration(extract, text: str) -> None:
    assert "Violent demonstration" in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "The World Food Program has set up a distribution point in Vasko.",
    "The World Food Programme has set up a distribution point in Vasko.",
])
def test_an_aid_agency_setting_up_in_either_spelling_establishes_no_base(extract, text: str) -> None:
    assert sub_types(extract, text) == []
