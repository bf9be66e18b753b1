"""ACLED's protest family read by what a crowd gathers for (issue 13): people gathering "in solidarity
with" someone hold a protest; a gathering for a team or a wedding is none. Sentences written for these
tests (made-up places)."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types

PEACEFUL = "Peaceful protest"


@pytest.mark.parametrize("text", [
    "Hundreds of people gathered outside the court in Corvel in solidarity with the accused.",
    "Crowds have gathered at the gates of the prison in solidarity with the hunger strikers.",
    "Residents assembled in the main square of Kesh on Monday in solidarity with the striking miners.",
    "Dozens of women gather in Varnow in solidarity with jailed activist",
])
def test_a_crowd_gathering_in_solidarity_protests(extract, text: str) -> None:
    assert PEACEFUL in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Fans gathered at the stadium in Lisk in support of their team.",
    "Family members gathered at the church in Dalsk for the wedding.",
])
def test_a_gathering_for_a_team_or_a_wedding_is_no_protest(extract, text: str) -> None:
    assert sub_types(extract, text) == []
