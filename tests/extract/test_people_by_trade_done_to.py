"""People the knowledge base names as protesters when they protest (students, workers, farmers, teachers)
are civilians when an act is done to them outside a protest: the recipients a ledger and the ACLED export
show (ACLED's inter code 7, not 6). In a protest, or protesting, they stay protesters. Our own sentences."""

from __future__ import annotations

import pytest
from extract_helpers import describe


@pytest.mark.parametrize("text", [
    "Gunmen killed three farmers on their way to market.",
    "Three teachers were abducted and killed by gunmen, police said.",
    "Bandits have kidnapped 20 students from a school dormitory.",
    "An explosion at the factory gate killed four workers, the army said.",
])
def test_people_by_trade_an_act_is_done_to_are_civilians(extract, text: str) -> None:
    extraction = extract(text)
    recipients = {r for e in extraction.events for r in e.recipients}
    assert "protesters" not in recipients and "civilians" in recipients, describe(extraction)


@pytest.mark.parametrize("text", [
    "Police shot dead two students during a protest against fees.",
    "Soldiers beat striking workers who were blocking the road.",
    "Police fired tear gas at farmers marching on the capital.",
])
def test_people_by_trade_met_in_a_protest_stay_protesters(extract, text: str) -> None:
    extraction = extract(text)
    assert any("protesters" in e.recipients for e in extraction.events), describe(extraction)
