"""ACLED classes from fresh sentences in the register of South Asian newswire, where much protest and
insurgency coverage is written: a crowd baton- or lathi-charged is rushed at by force, where a person
charged is accused; agitators are protesters; an MLA or a corporator is a notable person; an effigy burnt,
hanged or torched is a protest's act, not a riot, unless the crowd does violence beside it; Maoists and
Naxals are an armed side; an encounter between forces and militants is a gunfight; a march "taken out"
is held and a protest "registered" is made; a protest noun told as attended, led or passing off happened; a
notable person remanded or sent to judicial custody is arrested.
Sentences written for these tests, with made-up places and people, in several shapes (passive, participle,
reported)."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types


@pytest.mark.parametrize("text", [
    "Police baton-charged the protesters near the secretariat.",
    "Police lathi-charged the protesters who tried to break through the barricades near the secretariat.",
    "Riot police charged the crowd of demonstrators outside parliament.",
])
def test_a_crowd_charged_is_met_with_force(extract, text: str) -> None:
    assert "Protest with intervention" in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Police charged the protest leader with sedition.",
    "Prosecutors charged three men with murder.",
])
def test_a_person_charged_is_accused(extract, text: str) -> None:
    assert sub_types(extract, text) == []


@pytest.mark.parametrize("text, sub_type", [
    ("Agitators damaged public property and set a government bus ablaze at the Kesra crossing.",
     "Violent demonstration"),
    ("The agitators pelted stones at the police station.", "Violent demonstration"),
    ("Agitators blocked the national highway for four hours.", "Peaceful protest"),
    ("The Crime Branch arrested the former MLA in connection with the land scam.", "Arrests"),
    ("Police detained two sitting legislators of the opposition party.", "Arrests"),
    ("A corporator of the ruling party was arrested on Monday.", "Arrests"),
])
def test_agitators_protest_and_legislators_are_notable(extract, text: str, sub_type: str) -> None:
    assert sub_type in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Party workers led by their district president burnt an effigy of the chief minister near the clock tower.",
    "Opposition workers burnt the effigy of the minister in protest.",
    "An effigy of the prime minister was torched by students outside the university gate.",
    "Angry traders hanged an effigy of the tax commissioner at the market square on Monday.",
])
def test_an_effigy_burnt_is_a_peaceful_protest(extract, text: str) -> None:
    assert sub_types(extract, text) == ["Peaceful protest"]


@pytest.mark.parametrize("text", [
    "Protesters burnt an effigy of the minister and pelted stones at the police.",
    "After burning an effigy of the governor, the protesters torched two police vehicles.",
])
def test_violence_beside_an_effigy_is_a_riot(extract, text: str) -> None:
    assert "Violent demonstration" in sub_types(extract, text)


def test_an_effigy_burnt_at_a_festival_is_no_protest(extract) -> None:
    assert sub_types(extract, "Villagers burnt an effigy of the demon king at the end of the festival.") == []


@pytest.mark.parametrize("text, sub_type", [
    ("Maoists have set up a new camp deep inside the forest, intelligence sources said.",
     "Headquarters or base established"),
    ("Maoists clashed with security forces in the Kesra forest.", "Armed clash"),
    ("Naxals triggered a landmine blast that killed two policemen.", "Remote explosive/landmine/IED"),
    ("An encounter broke out between security forces and militants in the Kesra area on Wednesday morning.",
     "Armed clash"),
    ("Two militants were killed in an encounter with security forces in Delsa.", "Armed clash"),
    ("The encounter, which lasted six hours, left three militants dead.", "Armed clash"),
])
def test_insurgents_by_creed_and_encounters(extract, text: str, sub_type: str) -> None:
    assert sub_type in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "The minister described his encounter with the protesters as cordial.",
    "A chance encounter with a talent scout changed her life.",
    "Tourists reported a close encounter with a leopard near the lodge.",
])
def test_other_encounters_are_not_coded(extract, text: str) -> None:
    assert sub_types(extract, text) == []


@pytest.mark.parametrize("text", [
    "In Kesra, a candle march was taken out by the youth wing in memory of the victims.",
    "Students took out a protest march from the campus to the collectorate.",
    "The traders' body took out a procession against the new market fee.",
    "Members of the trade unions wore black badges to register their protest against the labour codes.",
    "The demonstration passed off peacefully, police said.",
    "The rally was attended by thousands of supporters of the party.",
    "The bandh called by the opposition parties evoked a good response in Kesra.",
    "The march from the university to parliament was led by student leaders.",
    "A torch rally was taken out by the residents' association from the bus stand to the town hall.",
    "Hundreds joined a torchlight procession through the old city against the price rise.",
    "The two-day strike called by the bank employees' union passed off peacefully in the district.",
])
def test_protests_held_in_other_words(extract, text: str) -> None:
    assert "Peaceful protest" in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "He took out a loan to buy a tractor.",
    "The company registered a profit of 20 million.",
    "The rally was called off after the police denied permission.",
    "The strike has been postponed until next month.",
    "The march will be led by the party president.",
])
def test_protests_not_held_are_not_coded(extract, text: str) -> None:
    assert sub_types(extract, text) == []


@pytest.mark.parametrize("text", [
    "The former governor was remanded in custody for 14 days.",
    "The union leader was sent to judicial custody on Monday.",
    "A magistrate remanded the opposition spokesman to prison until his trial.",
    "The court sent the journalist to jail for two weeks.",
])
def test_a_notable_person_held_by_a_court_is_arrested(extract, text: str) -> None:
    assert "Arrests" in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "The ministry sent aid to the flood victims.",
    "The suspected car thief was remanded in custody.",
])
def test_aid_sent_and_a_thief_remanded_are_not_arrests(extract, text: str) -> None:
    assert "Arrests" not in sub_types(extract, text)
