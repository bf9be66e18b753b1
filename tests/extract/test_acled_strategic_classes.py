"""ACLED's strategic developments and territory changes read by classes of language rather than by the
words of a few reports: places handed on or given up, places retaken by forces the text names only by
their noun, armed sides driven off a place, wins at the polls and arrests told with the words of a
capture. Sentences written for these tests, in several shapes each (voice, tense, reported speech,
headlines, made-up names and places)."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types

GOVERNMENT_REGAINS = "Government regains territory"
NON_STATE_TAKES = "Non-state actor overtakes territory"
TRANSFER = "Non-violent transfer of territory"
TERRITORY = {GOVERNMENT_REGAINS, NON_STATE_TAKES, TRANSFER}


@pytest.mark.parametrize("text", [
    "The separatists ceded the checkpoint to the army as part of the truce.",
    "Under the accord, the militia relinquished the hilltop to federal troops.",
    "The French contingent transferred the camp to the national army on Monday.",
    "Rebels retreated from the town and handed it over to a local council.",
    "The insurgents abandoned the village before dawn, and soldiers entered it without resistance.",
    "Troops moved into the district after the armed group pulled out under a deal brokered by elders.",
])
def test_a_place_given_up_or_handed_on_is_a_transfer(extract, text: str) -> None:
    assert TRANSFER in sub_types(extract, text)


@pytest.mark.parametrize(("wanted", "text"), [
    (GOVERNMENT_REGAINS, "Federal forces reclaimed the airport from the rebels, the government announced."),
    (GOVERNMENT_REGAINS, "The bridge was recaptured by pro-government forces, a spokesman said."),
    (GOVERNMENT_REGAINS, "Commandos retook the hilltop outpost overnight."),
    (GOVERNMENT_REGAINS, "The national army recovered the town of Merosa from the rebels."),
    (GOVERNMENT_REGAINS, "Army units drove the militants from the hill villages, a spokesman said."),
    (GOVERNMENT_REGAINS, "Soldiers chased the bandits out of the district on Friday."),
])
def test_places_retaken_by_forces_named_by_their_noun(extract, wanted: str, text: str) -> None:
    subs = sub_types(extract, text)
    assert wanted in subs and NON_STATE_TAKES not in subs


@pytest.mark.parametrize("text", [
    "The party regained control of the city council in the election.",
    "The ruling party took back the district in Sunday's vote.",
    "Opposition candidates captured the capital's seats in a landslide.",
    "The governor of the province was taken into custody by the anti-corruption unit.",
    "The mayor of the town was taken into detention on Monday.",
    "The driver chased the thieves down the road.",
    "She drove the children to the town.",
    "Police recovered the stolen jewellery in the city.",
])
def test_polls_arrests_and_errands_are_no_territory_taken(extract, text: str) -> None:
    assert not TERRITORY & set(sub_types(extract, text))
