"""Acts ACLED does not code though their words are a conflict's: a wild animal's attack, a firm's office or
deal, and an act that is what a work is about. A unit of a force called a company and armed sides beside a
firm keep their reading. Our own sentences."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types

NOT_CODED = [
    "A crocodile attacked and killed a fisherman on the shores of the lake, local officials said.",
    "Two elephants trampled a farmer to death near the park on Sunday.",
    "A leopard has attacked three children in a village near the reserve",
    "Kenyan fintech firm opens new headquarters in Nairobi",
    "The mining company set up a new base in the province last year.",
    "Two oil companies signed an agreement on the pipeline.",
    "The author published a book on the bombing of the embassy.",
]

STILL_CODED = [
    ("Agreement", "An entire company of the Tarsel Brigade surrendered to government forces at the front."),
    ("Headquarters or base established", "The militia set up a new base near the mine owned by the company."),
    ("Headquarters or base established", "The rebels opened a new headquarters in the town."),
]


@pytest.mark.parametrize("text", NOT_CODED)
def test_animals_firms_and_works_make_no_acled_event(extract, text: str) -> None:
    assert sub_types(extract, text) == []


@pytest.mark.parametrize(("expected", "text"), STILL_CODED)
def test_a_unit_called_a_company_and_a_side_beside_a_firm_are_still_coded(extract, expected: str, text: str) -> None:
    assert expected in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "A man stabbed his neighbour to death after a quarrel over a parking space, police said.",
    "A drunk driver killed three pedestrians when he lost control of his car in Nairobi.",
    "Woman hacks husband to death in family dispute",
])
def test_one_private_persons_violence_is_no_political_violence(extract, text: str) -> None:
    assert sub_types(extract, text) == []


@pytest.mark.parametrize(("expected", "text"), [
    ("Attack", "An armed man shot dead a village chief."),
    ("Suicide bomb", "A man blew himself up near the entrance of the ministry."),
    ("Grenade", "A man threw a grenade into the crowded bar, killing two."),
    ("Abduction/forced disappearance", "Aid worker kidnapped in northern Mali"),
])
def test_a_person_armed_or_with_the_means_of_war_is_still_coded(extract, expected: str, text: str) -> None:
    assert expected in sub_types(extract, text)
