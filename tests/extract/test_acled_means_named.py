"""A chemical weapon named by its agent ("shells loaded with mustard agent", "munitions filled with
chloropicrin", "a phosgene attack") and a suicide bomb told as worn ("the explosives strapped to his body")
are typed by the means, as the words 'chemical' and 'suicide' make them. Our own sentences."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types

CHEMICAL = [
    "Russian forces dropped munitions filled with chloropicrin on Ukrainian trenches.",
    "Militants fired mortar shells loaded with mustard agent at army positions south of Kirkuk, officials said.",
    "Government helicopters dropped barrels of phosgene on the town, according to a monitoring group.",
    "Troops fire rockets carrying sarin at rebel-held suburb",
]

SUICIDE = [
    "The assailant walked into the mosque before setting off the explosives strapped to his body.",
    "A woman detonated explosives strapped to her body at the checkpoint, police said.",
    "An attacker wearing an explosives-laden vest blew up a bus in Quetta.",
]


@pytest.mark.parametrize("text", CHEMICAL)
def test_a_chemical_agent_named_is_a_chemical_weapon(extract, text: str) -> None:
    assert "Chemical weapon" in sub_types(extract, text)


@pytest.mark.parametrize("text", SUICIDE)
def test_a_bomb_told_as_worn_is_a_suicide_bomb(extract, text: str) -> None:
    found = sub_types(extract, text)
    assert "Suicide bomb" in found and "Remote explosive/landmine/IED" not in found
