"""ACLED territory with named places: a name an armed side enters, moves into or leaves is a place,
whatever label the parse gives it (it often takes a town's name for a person's or a firm's); a verb
with no place of its own, or a pronoun for it, takes the place of the verb it is joined to; the forces
of anyone ("Varek's forces", "forces loyal to the council") are a force. Sentences written for these
tests, in several shapes each (voice, tense, reported speech, headlines, made-up names and places)."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types

TRANSFER = "Non-violent transfer of territory"
GOVERNMENT_REGAINS = "Government regains territory"
NON_STATE_TAKES = "Non-state actor overtakes territory"


@pytest.mark.parametrize("text", [
    "Rebels entered Marsak without a fight on Tuesday.",
    "The militia moved into Dorvina unopposed after the garrison left.",
    "Fighters of the Sabra Front pushed into Helvast without resistance, residents said.",
    "Police said the soldiers had abandoned Tel Brisa before the insurgents entered it unopposed.",
    "Government forces said they had entered Umm Tarek without firing a shot.",
    "Army enters Vorsk without a fight after militants withdraw",
])
def test_a_named_place_entered_or_left_without_a_fight_is_handed_on(extract, text: str) -> None:
    assert TRANSFER in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Rebel forces advanced on Tarsa and entered without a fight.",
    "The militia reached Kelvane on Friday and entered it without resistance.",
    "Rebels reach Vassin, enter without a fight",
    "Government forces abandoned Umm Tarek, and the insurgents took it over the next day.",
])
def test_a_place_named_once_is_the_joined_verbs_too(extract, text: str) -> None:
    assert TRANSFER in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Forces loyal to General Varek withdrew from Tarsa on Monday.",
    "Varek's forces pulled out of Marsak overnight.",
    "Rebels pull out of Dorvina",
    "The rebels have withdrawn from all their positions in Belkor, under a deal brokered by the elders.",
])
def test_the_forces_of_anyone_leaving_a_named_place_hand_it_on(extract, text: str) -> None:
    assert TRANSFER in sub_types(extract, text)


@pytest.mark.parametrize("text, sub_type", [
    ("The army pushed into Dorvina, driving the militants out.", GOVERNMENT_REGAINS),
    ("Troops moved into Kalvo after the insurgents were routed.", GOVERNMENT_REGAINS),
    ("Insurgents pushed into Helvast on Monday, driving out the soldiers.", NON_STATE_TAKES),
])
def test_a_named_place_pushed_into_by_force_is_taken(extract, text: str, sub_type: str) -> None:
    assert sub_type in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "The foreign minister left Marsak for talks in the capital.",
    "Thousands of tourists entered Dorvina over the holiday weekend.",
    "The company moved into Helvast last year, opening two factories.",
    "The striker left Kalvo United for a rival club in the summer.",
    "The general's family left Tarsa for the coast on Friday.",
    "Veteran soldiers entered Parliament to receive medals from the president.",
    "Three rebels entered Helvast University as students this year.",
])
def test_a_name_entered_or_left_by_no_force_or_a_body_is_no_territory(extract, text: str) -> None:
    assert sub_types(extract, text) == []


@pytest.mark.parametrize("text, sub_type", [
    ("Rebels entered Marsak after heavy fighting with the army.", NON_STATE_TAKES),
    ("The militants said they had entered Dorvina following two days of clashes with soldiers.", NON_STATE_TAKES),
    ("Insurgents enter Kalvo after fierce battle", NON_STATE_TAKES),
    ("Government forces entered the town after a week of fighting with the rebels.", GOVERNMENT_REGAINS),
    ("The army entered Helvast on Sunday after clashes with the militia, a spokesman said.", GOVERNMENT_REGAINS),
    ("Troops enter rebel-held Vorsk after heavy fighting", GOVERNMENT_REGAINS),
])
def test_a_place_entered_after_a_fight_is_taken(extract, text: str, sub_type: str) -> None:
    assert sub_type in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Allied forces pushed forward into Tarsa and Vorsk after days of fighting.",
    "After heavy fighting, the column moved into Dorvina on Sunday.",
    "Coalition troops entered Kelvane following a week of clashes, officials said.",
])
def test_a_place_entered_after_a_fight_by_no_known_non_state_side_is_not_its_taking(extract, text: str) -> None:
    assert NON_STATE_TAKES not in sub_types(extract, text)


@pytest.mark.parametrize("text, sub_type", [
    ("The army liberated Umm Tarek from the militants on Monday.", GOVERNMENT_REGAINS),
    ("Troops seized Vassin from the rebels after a week of fighting.", GOVERNMENT_REGAINS),
    ("Army retakes Ostrel from militants after fierce clashes", GOVERNMENT_REGAINS),
    ("The army drove the militants out of Tarsa after heavy fighting.", GOVERNMENT_REGAINS),
    ("Security forces regained Kalvo following a two-day battle.", GOVERNMENT_REGAINS),
    ("Militants drove soldiers out of Marsak after heavy fighting.", NON_STATE_TAKES),
    ("Rebel forces seized Kalvo after a three-day battle, residents said.", NON_STATE_TAKES),
])
def test_a_name_a_force_takes_from_a_side_or_after_a_fight_is_a_place(extract, text: str, sub_type: str) -> None:
    assert sub_type in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Soldiers captured Musa Kalla after a gunfight near the border, the army said.",
    "Police captured Hassan after clashes in the market.",
    "Police recovered Picasso's painting from the thieves after a chase.",
    "The club took over Kalvo Motors after a long battle in the courts.",
])
def test_a_person_or_a_thing_taken_after_a_fight_is_no_territory(extract, text: str) -> None:
    found = sub_types(extract, text)
    assert GOVERNMENT_REGAINS not in found and NON_STATE_TAKES not in found
