"""ACLED classes from fresh sentences of protest forms worldwide: people boycotting their own classes, courts
or work protest, where a boycott of talks or of goods is a sanction; people chaining, gluing or handcuffing
themselves to a place protest, not children locked in a room; protesters occupying a building hold a sit-in,
where rebels occupying a town take it. Sentences written for these tests, with made-up places, in several
shapes (reflexive, purpose clause, overnight occupation)."""

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
