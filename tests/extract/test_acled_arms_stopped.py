"""Arms stopped before use, told with verbs the parse reads loosely: drones or missiles shot down when a
count comes between the verb and its 'down' ("shot down 22 of the 30 drones": the parser makes 'down' an
adverb), a vehicle impounded with the arms it carries ("impounded a lorry carrying 40 rifles"); and
corporal punishment by armed men or vigilantes ("flogged two men") is violence against civilians. Our own
sentences."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types

DISRUPTED = "Disrupted weapons use"


@pytest.mark.parametrize("text", [
    "Ukrainian forces shot down 22 of the 30 drones launched overnight, the air force said.",
    "Air defences shot down most of the missiles.",
    "Customs officers impounded a lorry carrying 40 rifles at the border post.",
    "A truck carrying explosives was impounded at the checkpoint, police said.",
])
def test_arms_stopped_before_use_are_disrupted_weapons_use(extract, text: str) -> None:
    found = sub_types(extract, text)
    assert DISRUPTED in found and "Air/drone strike" not in found


def test_motorcycles_impounded_are_no_arms(extract) -> None:
    assert DISRUPTED not in sub_types(extract, "Police impounded 30 motorcycles used by robbers.")


@pytest.mark.parametrize(("expected", "text"), [
    ("Attack", "Al-Shabaab militants publicly flogged two men in Jilib."),
    ("Mob violence", "Vigilantes paraded and flogged two women accused of witchcraft in the village square."),
])
def test_flogging_is_violence_against_civilians(extract, expected: str, text: str) -> None:
    assert expected in sub_types(extract, text)
