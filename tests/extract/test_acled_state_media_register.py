"""ACLED classes from fresh sentences in the register of state news agencies and tabloid headlines: an armed
side's positions, dens or hideouts destroyed tell a fight (from the air when aircraft do it), where homes
destroyed are property and arms destroyed are arms taken out of use; losses or casualties inflicted on the
other side tell a fight, where a tax or a storm inflicting losses tells none; protesters dragged or hauled
away by police are removed, the parser's adverb "away" read as the verb's particle for verbs of leading off
only ("walked away from the talks" keeps its own sense); a place rocketed is shelled, where prices rocket; a
village razed or burned is property destroyed; fire opened on a checkpoint opens no base; a truck laden with
explosives holds them, pistols and revolvers are arms, and a police or army post is a place taken, not a job's
post. Sentences written
for these tests, with made-up places, in several shapes (passive, headline, reported)."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types


@pytest.mark.parametrize("text, sub_type", [
    ("Army units inflicted heavy losses on terrorist groups in the countryside of Kesra.", "Armed clash"),
    ("Government forces inflicted heavy casualties on the rebels in fighting near Delsa.", "Armed clash"),
    ("Troops destroyed three rebel positions on the ridge, the army said.", "Armed clash"),
    ("The air force destroyed terrorist dens and fortifications in the Kesra countryside in a series of strikes.",
     "Air/drone strike"),
    ("Warplanes destroyed militant hideouts and tunnels near the border.", "Air/drone strike"),
    ("Militiamen destroyed dozens of homes in the village.", "Looting/property destruction"),
    ("Police destroyed a cache of weapons found in the forest.", "Disrupted weapons use"),
])
def test_what_was_destroyed_or_inflicted_tells_the_act(extract, text: str, sub_type: str) -> None:
    assert sub_type in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "The new tax inflicted heavy losses on small traders.",
    "The storm inflicted heavy losses on farmers.",
    "The team destroyed their rivals 5-0 in the final.",
])
def test_losses_of_the_economy_or_the_weather_are_not_coded(extract, text: str) -> None:
    assert sub_types(extract, text) == []


@pytest.mark.parametrize("text", [
    "Police dragged off dozens of protesters who had chained themselves to the gates.",
    "Police dragged away the protesters.",
    "Officers hauled away the demonstrators blocking the bridge.",
])
def test_protesters_dragged_away_are_removed(extract, text: str) -> None:
    assert "Protest with intervention" in sub_types(extract, text)


@pytest.mark.parametrize("text, sub_type", [
    ("Rebels rocketed the army base overnight, wounding five soldiers.", "Shelling/artillery/missile attack"),
    ("Militants rocketed the airport, damaging a runway.", "Shelling/artillery/missile attack"),
    ("The militia razed the village of Kofa after its residents fled.", "Looting/property destruction"),
    ("Soldiers burned three villages in the district, a rights group said.", "Looting/property destruction"),
    ("Gunmen opened fire on a police checkpoint, wounding two officers.", "Armed clash"),
    ("The rebels opened a new base near the checkpoint at Delsa.", "Headquarters or base established"),
])
def test_rockets_razed_villages_and_fire_opened_on_a_base(extract, text: str, sub_type: str) -> None:
    assert sub_type in sub_types(extract, text)


def test_fire_opened_on_a_base_opens_no_base(extract) -> None:
    assert "Headquarters or base established" not in sub_types(
        extract, "Gunmen opened fire on a police checkpoint, wounding two officers.")


@pytest.mark.parametrize("text", [
    "Food prices rocketed after the harvest failed.",
    "The band rocketed to fame with their first album.",
])
def test_things_that_rocket_fire_nothing(extract, text: str) -> None:
    assert sub_types(extract, text) == []


@pytest.mark.parametrize("text, sub_type", [
    ("Troops intercepted a truck laden with explosives at a checkpoint outside Delsa.", "Disrupted weapons use"),
    ("Police busted an illegal arms factory and seized 40 country-made pistols.", "Disrupted weapons use"),
    ("Soldiers recovered two revolvers and a shotgun from the hideout.", "Disrupted weapons use"),
    ("Militants overran three police posts and hoisted their flag over the district centre.",
     "Non-state actor overtakes territory"),
    ("The insurgents captured two army posts near the border.", "Non-state actor overtakes territory"),
])
def test_arms_by_their_kinds_loads_and_posts_of_forces(extract, text: str, sub_type: str) -> None:
    assert sub_type in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "The general took the post of army chief last year.",
    "Police seized a truck laden with stolen timber.",
    "The ship was laden with grain for the port.",
])
def test_a_job_post_and_other_loads_are_not_coded(extract, text: str) -> None:
    assert sub_types(extract, text) == []
