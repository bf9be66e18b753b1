"""ACLED classes from fresh sentences of protest forms worldwide: people boycotting their own classes, courts
or work protest, where a boycott of talks or of goods is a sanction; people chaining, gluing or handcuffing
themselves to a place protest, not children locked in a room; protesters occupying a building hold a sit-in,
where rebels occupying a town take it; an act done "sexually" to someone is sexual violence whatever its verb
("sexually exploited"), as is "outraged the modesty" of South Asian law, not a kind of infection. Sentences
written for these tests, with made-up places, in several shapes (reflexive, purpose clause, overnight
occupation, passive)."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types


@pytest.mark.parametrize("text", [
    "Students boycotted classes for a week over the expulsion of their union leader.",
    "Lawyers in the district boycotted the courts on Monday.",
    "Junior doctors boycotted work to protest against an assault on a colleague.",
    "Activists chained themselves to the gates of the ministry to demand action on climate change.",
    "Two protesters glued themselves to the windows of the bank.",
    "A mother handcuffed herself to the railings outside parliament.",
    "Protesters occupied the lobby of the town hall overnight.",
])
def test_boycotts_bindings_and_occupations_by_people_are_protests(extract, text: str) -> None:
    assert "Peaceful protest" in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "The opposition boycotted the talks with the government.",
    "Consumers boycotted the company's products.",
    "The children locked themselves in the bathroom.",
    "Police locked up the suspects overnight.",
])
def test_other_boycotts_and_locks_are_not_protests(extract, text: str) -> None:
    assert "Peaceful protest" not in sub_types(extract, text)


def test_rebels_occupying_a_town_take_it(extract) -> None:
    assert "Non-state actor overtakes territory" in sub_types(
        extract, "Rebels occupied the town hall and took control of the town.")


@pytest.mark.parametrize("text", [
    "Girls in the camp are being sexually exploited by guards, a rights group said.",
    "Interrogators sexually humiliated the detainees, the report said.",
    "Two women were sexually tortured in the militia's prison.",
    "The soldier allegedly outraged the modesty of a woman at the checkpoint.",
])
def test_an_act_done_sexually_is_sexual_violence_whatever_its_verb(extract, text: str) -> None:
    assert "Sexual violence" in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "Doctors warned about sexually transmitted infections among young people.",
    "The clinic treats sexually active teenagers.",
    "The remarks outraged the opposition.",
])
def test_other_sexual_words_are_not_coded(extract, text: str) -> None:
    assert sub_types(extract, text) == []
