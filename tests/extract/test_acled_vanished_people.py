"""People taken who are not seen again: a forced disappearance, whoever took them, told in the taking's
clause, a clause joined to it, one on the people taken, or the vanishing the taking explains. The state's
detention of a notable figure stays an arrest, as ACLED's coders code it; a vanishing told of someone else,
a standing ("are still detained"), or a person lost at sea is none. Our own sentences."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types

VANISHED = "Abduction/forced disappearance"


@pytest.mark.parametrize("text", [
    "Three farmers remain missing after soldiers rounded them up at a checkpoint.",
    "Police detained two students, whose whereabouts are still unknown, during a night raid.",
    "Two shopkeepers have disappeared since security agents took them from a cafe on Monday.",
    "Militants seized four traders on the road and are still holding them at an unknown location.",
    "A cattle trader was taken away by men in uniform last week and has not been seen since, his brother said.",
])
def test_people_taken_and_not_seen_again_have_disappeared(extract, text: str) -> None:
    assert VANISHED in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Agents arrested the poet and took him to an unknown location.",
    "Soldiers arrested a local councillor on Monday; his whereabouts remain unknown, his lawyer said.",
    "A Sudanese writer and two activists were arrested on Monday, and some are still detained at unknown locations.",
])
def test_the_state_detaining_a_notable_figure_is_an_arrest(extract, text: str) -> None:
    assert sub_types(extract, text) == ["Arrests"]


@pytest.mark.parametrize("text", [
    "Police arrested three men suspected of kidnapping a girl who went missing last week.",
    "Police arrested a man over the disappearance of his business partner.",
    "The search continues for a fisherman who went missing at sea.",
    "A hiker has been missing since Sunday, rescue teams said.",
])
def test_a_vanishing_of_someone_else_or_by_accident_is_none(extract, text: str) -> None:
    assert VANISHED not in sub_types(extract, text)
