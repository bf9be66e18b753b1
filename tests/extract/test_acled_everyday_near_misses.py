"""Reports that read like violence but that ACLED does not code (issue 13): pests that destroy crops,
a celebrity held for a traffic offence, fans on a pitch. Near-misses written for these tests; the
political arrest and the riot beside them stay coded."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types


@pytest.mark.parametrize("text", [
    "Locusts destroyed crops across thousands of hectares in the south.",
    "Swarms of locusts have destroyed maize fields across the northern districts of Kello.",
    "The actor was arrested for drunk driving in Lisbon, police said.",
    "The singer was detained for speeding on the motorway outside Dorn.",
    "Fans invaded the pitch to celebrate the title.",
])
def test_everyday_harm_is_not_coded(extract, text: str) -> None:
    assert sub_types(extract, text) == []


@pytest.mark.parametrize("text, sub_type", [
    ("Police arrested the opposition leader Dario Menk at his home in Velo on Thursday.", "Arrests"),
    ("Thousands of protesters invaded the parliament building in Hask and smashed furniture.",
     "Violent demonstration"),
    ("Militiamen destroyed crops and burned granaries in the villages around Sarn.", "Looting/property destruction"),
])
def test_the_same_acts_by_forces_or_against_politics_are_coded(extract, text: str, sub_type: str) -> None:
    assert sub_type in sub_types(extract, text)
