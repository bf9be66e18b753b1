"""A strike by people at work over a grievance the parse makes the verb's object ("teachers strike over
pay": "over" read as a particle, "pay" as what is struck) is a stoppage of work, a peaceful protest.
Sentences written for these tests, in several shapes each (headlines, tense, reported speech)."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types

PEACEFUL = "Peaceful protest"


@pytest.mark.parametrize("text", [
    "Teachers strike over pay in Dorvina",
    "Nurses in Kalvo struck over unpaid salaries on Monday.",
    "Bus drivers will not work today; drivers strike over fuel costs, the union said.",
    "Miners at the Belkor pit have been striking for higher pay since Friday.",
])
def test_workers_striking_over_a_grievance_protest(extract, text: str) -> None:
    assert sub_types(extract, text) == [PEACEFUL]
