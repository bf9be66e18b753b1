"""An act told in a report that someone is examining is not yet told as done (issue 13): "investigating
reports that soldiers had looted homes" gives no ACLED event; the same act reported by witnesses, or
said by investigators, does. Sentences written for these tests (made-up places)."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types


@pytest.mark.parametrize("text", [
    "The government said it was investigating reports that soldiers had looted homes.",
    "Rights groups are examining accounts that police shot protesters in Belk.",
    "Investigators are probing claims that the army shelled a hospital in Ruvo.",
    "Reports that rebels had seized the airport were being checked by the ministry.",
    "The commission is reviewing testimony that guards beat prisoners at the Tarn jail.",
])
def test_an_act_in_a_report_under_examination_is_not_coded(extract, text: str) -> None:
    assert sub_types(extract, text) == []


@pytest.mark.parametrize("text, sub_type", [
    ("Residents reported that soldiers had looted homes in the village of Garo.", "Looting/property destruction"),
    ("Investigators said soldiers had looted homes in the village of Garo.", "Looting/property destruction"),
    ("A report by the monitor said troops and rebels clashed near Ulvo on Friday.", "Armed clash"),
])
def test_an_act_reported_or_said_is_coded(extract, text: str, sub_type: str) -> None:
    assert sub_type in sub_types(extract, text)
