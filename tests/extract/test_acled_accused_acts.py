"""What the target of an act is accused or suspected of is another act: its means are not this one's ("struck
camps it accused of using sarin" is an air strike, not a chemical weapon; "a leader suspected of
backing a suicide bombing was killed in an airstrike" is an air strike). Our own sentences."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types


@pytest.mark.parametrize(("expected", "wrong", "text"), [
    ("Air/drone strike", "Chemical weapon",
     "The air force struck rebel camps it accused of using sarin against villagers last week."),
    ("Air/drone strike", "Chemical weapon",
     "Warplanes bombed insurgent camps that the ministry blamed for a mustard gas attack on the market town."),
    ("Air/drone strike", "Suicide bomb",
     "A militant leader suspected of planning the suicide bombing of the embassy was killed in an airstrike."),
    ("Air/drone strike", "Remote explosive/landmine/IED",
     "Warplanes struck militants suspected of planting roadside bombs near the highway."),
])
def test_the_means_of_an_act_the_target_is_accused_of_are_not_this_acts(extract, expected, wrong, text) -> None:
    found = sub_types(extract, text)
    assert expected in found and wrong not in found


def test_a_chemical_means_told_of_the_act_itself_still_types_it(extract) -> None:
    assert "Chemical weapon" in sub_types(extract, "Government helicopters dropped chlorine on the town, killing six.")
