"""Who reports an act is no part of it (issue 13): the people an attribution names ("according to local
officials", "according to his lawyer") are the act's sources, not whom it was done to, its doers nor
what met it. Read as objects they made a town taken into people abducted ("Rebels captured the town,
according to residents") and a thief's arrest into one of notable people ("officials"); they are left
out of the words the typing reads (events/acled_parse.py: attribution). Sentences written for these
tests, the attribution before and after the act."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types


@pytest.mark.parametrize(("text", "sub_type"), [
    ("Rebels captured the town of Orvane on Sunday, according to residents.", "Non-state actor overtakes territory"),
    ("According to local officials, militants seized control of Kelso overnight.",
     "Non-state actor overtakes territory"),
    ("Security forces detained the opposition leader in Vasko, according to his lawyer.", "Arrests"),
    ("Gunmen killed nine villagers in Tesmar, according to the district governor.", "Attack"),
    ("According to witnesses, gunmen abducted four engineers near Marsola.", "Abduction/forced disappearance"),
])
def test_an_act_with_its_source_named_is_typed_as_the_act_alone(extract, text: str, sub_type: str) -> None:
    assert sub_types(extract, text) == [sub_type]


@pytest.mark.parametrize("text", [
    "Police arrested a man suspected of stealing motorbikes in Vasko, according to local officials.",
    "The burglar handed himself over to police in Orvane on Friday, according to the mayor's office.",
    "The hosts captured the trophy after extra time, according to the league's statement.",
])
def test_the_officials_a_source_names_make_no_act_of_their_own(extract, text: str) -> None:
    assert sub_types(extract, text) == []
