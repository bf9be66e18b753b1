"""An act whose subject is "no ..." did not happen (events/modality.py: _negated): "No shots were fired
during the raid", "no ceasefire has been signed", "no civilians were injured in the operation" were told
as shots fired, a ceasefire signed and civilians hurt, as an object "made no attacks" was not. A count
("no fewer than 40") is no such subject. Sentences written for these tests."""

from __future__ import annotations

from functools import partial

import pytest
from extract_helpers import sub_types


@pytest.mark.parametrize("text", [
    "No shots were fired during the search of the compound, the coalition said.",
    "The rebels said no truce had been signed, calling the government's statement a lie.",
    "According to the district chief, no civilians were wounded in the operation.",
    "No protesters were detained, police said.",
    "No militants attacked the convoy, the governor insisted.",
])
def test_an_act_done_by_or_to_none_is_not_typed(extract, text: str) -> None:
    assert not sub_types(partial(extract, published=None), text)


@pytest.mark.parametrize(("text", "sub_type"), [
    ("Police detained no fewer than 40 protesters outside parliament in Velsa.", "Protest with intervention"),
    ("No one was hurt when a bomb exploded outside the mosque in Kelso.", "Remote explosive/landmine/IED"),
])
def test_a_count_or_a_toll_of_none_keeps_the_act(extract, text: str, sub_type: str) -> None:
    assert sub_type in sub_types(partial(extract, published=None), text)


def test_no_violence_is_told_as_done(extract) -> None:
    events = partial(extract, published=None)("No shots were fired during the search, the army said.").events
    assert not [e for e in events if e.category == "ASSAULT" and not e.negated and e.modality == "asserted"]
