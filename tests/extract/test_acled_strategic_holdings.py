"""ACLED's strategic developments read by classes of language: bases established (the lexicon's class
of bases for "establish", as for "set up"), holders of goods that are arms only when what they hold is
arms or is not told, the words of a party's name that tell no accord, a withdrawal told beside another
side taking the place, and names that a force takes control of or leaves, read as places whatever the
parse labels them. Sentences written for these tests, in several shapes each (voice, tense, reported
speech, headlines, made-up names and places)."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types

BASE = "Headquarters or base established"
DISRUPTED = "Disrupted weapons use"
AGREEMENT = "Agreement"
TRANSFER = "Non-violent transfer of territory"
GOVERNMENT_REGAINS = "Government regains territory"
NON_STATE_TAKES = "Non-state actor overtakes territory"


@pytest.mark.parametrize("text", [
    "The army has established its fourth observation point in Tarvel province.",
    "Velsian forces established a new military point near the village of Korla, north of the city.",
    "A new outpost was established by government troops on the ridge above Marsk, residents said.",
    "Militia establishes headquarters in former school",
    "The rebels said they had established a command centre in the hills east of Darsa.",
])
def test_a_base_established_is_one_set_up(extract, text: str) -> None:
    assert BASE in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Troops discovered a cache of rifles and grenades in a farmhouse near Orlen.",
    "A stash containing mortar rounds was found by police under a bridge in Velm.",
    "Soldiers uncovered an arms cache in the mountains, the army said.",
    "Two caches were seized by the army near the border.",
])
def test_a_cache_of_arms_or_of_untold_contents_is_arms(extract, text: str) -> None:
    assert DISRUPTED in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "A cache of ancient coins was found near Korvasi.",
    "Divers discovered a hoard of gold coins off the coast of Belmora.",
    "Police found a stash of stolen jewellery in a flat in Dunmere.",
    "A cache containing old letters and photographs was uncovered in the attic of the mansion.",
    "Customs officers seized a consignment of counterfeit watches at Orlen port.",
])
def test_a_cache_of_other_goods_is_no_disrupted_weapons_use(extract, text: str) -> None:
    assert DISRUPTED not in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "The forces of the Government of National Concord withdrew overnight.",
    "Fighters of the Peace and Unity Front withdrew from their positions on Monday.",
    "Troops loyal to the Government of National Accord withdrew overnight, residents said.",
    "Units of the Government of National Accord pulled back, a spokesman said.",
])
def test_the_words_of_a_partys_name_tell_no_agreement(extract, text: str) -> None:
    assert AGREEMENT not in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Government troops withdrew, and the rebels then entered the town without fighting.",
    "After the rebels withdrew, soldiers entered Tamsin unopposed on Friday.",
    "The militia pulled out overnight and army units took over the town without resistance, residents said.",
    "Forces of the Government of National Concord withdrew, and the militia took control of the village without "
    "a fight.",
    "After government troops pulled out, the rebels took over Merinsk without resistance.",
])
def test_a_withdrawal_told_beside_another_side_taking_the_place_is_a_transfer(extract, text: str) -> None:
    assert TRANSFER in sub_types(extract, text)


@pytest.mark.parametrize(("wanted", "text"), [
    (GOVERNMENT_REGAINS, "The army seized control of Darsa from the rebels."),
    (GOVERNMENT_REGAINS, "Security forces regained control of Kesh on Friday."),
    (GOVERNMENT_REGAINS, "Government troops took control of Umm Tarek after two days of fighting, officials said."),
    (GOVERNMENT_REGAINS, "Soldiers have regained control of Abu Kessa, the defence ministry announced."),
    (NON_STATE_TAKES, "The rebels seized control of Darsa from the army."),
    (NON_STATE_TAKES, "Militants took control of Umm Tarek after two days of fighting."),
    (NON_STATE_TAKES, "Insurgents gain control of Abu Kessa"),
    (TRANSFER, "Government forces withdrew from Ostra, leaving it to the Kurdish militia."),
    (TRANSFER, "Troops withdrew from Kesh and handed it over to the local police."),
])
def test_a_name_a_force_takes_control_of_or_leaves_is_a_place(extract, wanted: str, text: str) -> None:
    assert wanted in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Investors took control of Velmar Holdings last year.",
    "The party withdrew from the Unity Alliance after the vote.",
])
def test_a_name_others_take_control_of_or_leave_is_no_territory(extract, text: str) -> None:
    subs = sub_types(extract, text)
    assert not {GOVERNMENT_REGAINS, NON_STATE_TAKES, TRANSFER} & set(subs)


@pytest.mark.parametrize("text", [
    "The army deployed troops to Kesh and set up checkpoints around the town.",
    "Syrian army units deployed in the town of Kesh and set up checkpoints.",
    "Militants stormed the village and set up a base in the school, residents said.",
    "Troops arrived on Tuesday, cleared the road and set up a new outpost at the junction.",
])
def test_a_conjunct_told_with_a_past_verb_is_done_whatever_its_tag(extract, text: str) -> None:
    assert BASE in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "The army plans to deploy troops to Kesh and set up checkpoints around the town.",
    "Turkey will send troops and set up a base in the region, the minister said.",
    "The rebels threatened to move into the town and set up a base.",
    "Velsian forces are expected to cross the river and set up new positions next week.",
])
def test_a_conjunct_of_an_act_to_come_is_to_come(extract, text: str) -> None:
    assert BASE not in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Dozens of gunmen handed themselves over to the authorities in Velm.",
    "The militia commander handed himself over to government forces on Monday, officials said.",
    "Forty insurgents gave themselves up to the army in the Korla district.",
    "Rebels hand themselves in to police in Kesh",
    "The militants released the kidnapped engineers after a ransom was paid.",
    "Dawn Front fighters have freed two abducted teachers, their school said.",
    "The rebels said they had set free the kidnapped priest.",
])
def test_fighters_giving_themselves_up_and_captives_freed_by_a_side_are_agreements(extract, text: str) -> None:
    assert AGREEMENT in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "The suspect handed himself over to police after the robbery.",
    "Police said they had freed a kidnapped businessman in a raid on a house in Velm.",
    "The kidnappers released the girl after her family paid a ransom.",
])
def test_criminals_giving_themselves_up_and_rescues_are_no_agreements(extract, text: str) -> None:
    assert AGREEMENT not in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "The coalition said it had destroyed an explosive-laden boat before it could hit the ship.",
    "Troops intercepted a bomb-rigged car on the road to Velm.",
    "An explosives-packed truck was destroyed by the army before it reached the checkpoint.",
    "Police safely detonated a suspicious bag left outside the embassy.",
    "Bomb disposal experts carried out a controlled explosion on an abandoned suitcase at Orlen station.",
    "Sappers safely detonated a parcel found near the courthouse in Kesh.",
])
def test_a_thing_laden_with_arms_or_made_safe_is_arms_disrupted(extract, text: str) -> None:
    assert DISRUPTED in sub_types(extract, text)


def test_a_bag_opened_is_no_arms(extract) -> None:
    assert DISRUPTED not in sub_types(extract, "Police opened a suspicious bag left outside the embassy and found "
                                                "clothes.")


@pytest.mark.parametrize(("wanted", "text"), [
    (GOVERNMENT_REGAINS, "Government forces pushed into the town of Velm on Monday."),
    (GOVERNMENT_REGAINS, "Army troops advanced into the rebel-held district of Korla, officials said."),
    (GOVERNMENT_REGAINS, "Federal soldiers moved into the village of Marsk after the militants fled."),
    (NON_STATE_TAKES, "Rebel fighters pushed into the town of Velm on Monday."),
    (NON_STATE_TAKES, "Insurgents advanced into the district of Korla, officials said."),
])
def test_forces_moving_into_a_place_are_its_doers_not_a_headlines_undergoers(extract, wanted: str,
                                                                              text: str) -> None:
    subs = sub_types(extract, text)
    assert wanted in subs and ({GOVERNMENT_REGAINS, NON_STATE_TAKES} - {wanted}).isdisjoint(subs)


@pytest.mark.parametrize("text", [
    "The army and the rebels began a ceasefire on Sunday.",
    "The two warring sides observed a truce during the holiday, residents said.",
    "Rebels declare ceasefire in Kesh",
    "Government forces and the militia started a three-day truce to allow aid convoys in.",
])
def test_a_truce_a_light_verb_stages_is_an_agreement(extract, text: str) -> None:
    assert AGREEMENT in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "The president called for a ceasefire in the region.",
    "Analysts doubt the truce will hold.",
    "The rebels rejected the ceasefire proposal.",
])
def test_a_truce_asked_for_doubted_or_rejected_is_none(extract, text: str) -> None:
    assert AGREEMENT not in sub_types(extract, text)
