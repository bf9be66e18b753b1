"""What else than forces is withdrawn (issue 13): a company or a party that withdraws an offer, a bid,
its support or a lawsuit steps back from a deal, no force leaves a place, so ACLED codes nothing;
forces that withdraw are still a move of forces. Sentences written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types


@pytest.mark.parametrize("text", [
    "Dalvan Motors said it withdrew its offer to buy the rival firm.",
    "The bid for the port contract was withdrawn by Orsen Shipping on Monday.",
    "Trelco Holdings has withdrawn its application for a mining licence.",
    "The Valdor Bank withdrew its lawsuit against the ministry, its lawyers said.",
    "The Kesh Farmers Party said it had withdrawn its support for the budget.",
])
def test_an_offer_a_bid_or_support_withdrawn_is_no_acled_event(extract, text: str) -> None:
    assert sub_types(extract, text) == []


@pytest.mark.parametrize(("text", "sub_type"), [
    ("Government troops withdrew from the town of Kesh without a fight, and the rebels entered it.",
     "Non-violent transfer of territory"),
])
def test_forces_that_withdraw_still_move(extract, text: str, sub_type: str) -> None:
    assert sub_type in sub_types(extract, text)
