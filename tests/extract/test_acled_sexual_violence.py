"""ACLED's sexual violence read by classes of language: the other words reports use for it (a minor
"defiled", sodomy, indecent assault, groping), a rape that is no act of the event's own (a victim
said to be accused or suspected of one), and act nouns told as instances or as what a report sets down
("cases of rape by soldiers", "documented sexual violence by militias"). Sentences written for these
tests, in several shapes each (voice, tense, reported speech, headline), with near-misses."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types

SEXUAL = "Sexual violence"
ATTACK = "Attack"
MOB = "Mob violence"
ABDUCTION = "Abduction/forced disappearance"


@pytest.mark.parametrize("text", [
    "A schoolgirl was defiled by a soldier at the barracks, police said.",
    "Police said a militiaman defiled a 13-year-old girl in the camp.",
    "Rebels sodomised two boys at their base, aid workers said.",
    "A policeman indecently assaulted a woman held at the station.",
    "Soldiers groped women at the checkpoint, witnesses said.",
    "Girl, 13, defiled by soldier in barracks",
])
def test_other_words_for_sexual_violence_are_sexual_violence(extract, text: str) -> None:
    assert SEXUAL in sub_types(extract, text)


@pytest.mark.parametrize(("wanted", "text"), [
    (ATTACK, "Gunmen killed a man accused of rape in the village."),
    (ATTACK, "Soldiers shot a man who was accused of sexual assault."),
    (ATTACK, "A trader suspected of raping a girl was shot dead by militiamen."),
    (MOB, "Villagers lynched a man suspected of raping a girl."),
])
def test_a_rape_the_victim_is_accused_or_suspected_of_is_not_the_acts_own(extract, wanted: str, text: str) -> None:
    types = sub_types(extract, text)
    assert wanted in types and SEXUAL not in types


@pytest.mark.parametrize("text", [
    "The villagers defiled the shrine of the rival clan, the elders said.",
    "The minister said rape laws would be reformed next year.",
])
def test_near_misses_are_no_sexual_violence(extract, text: str) -> None:
    assert SEXUAL not in sub_types(extract, text)


@pytest.mark.parametrize(("wanted", "text"), [
    (SEXUAL, "Rights groups documented cases of rape by soldiers in the region."),
    (SEXUAL, "Reports of rape by soldiers surfaced from the province this week."),
    (SEXUAL, "Incidents of sexual assault by police officers rose this month, the commission said."),
    (SEXUAL, "The UN documented sexual violence by militias against women in the province."),
    (SEXUAL, "The report detailed rapes and sexual assaults by the security forces."),
    (SEXUAL, "Women said they had survived rape by fighters in the forest."),
    (ABDUCTION, "Residents reported a spate of kidnappings by armed men on the highway."),
])
def test_an_act_noun_told_as_instances_or_set_down_by_a_report_happened(extract, wanted: str, text: str) -> None:
    assert wanted in sub_types(extract, text)


@pytest.mark.parametrize("text", [
    "The police chief said gangs were responsible for the recent wave of kidnappings in the city.",
    "The committee documented the destruction of the old town in the 1990s.",
    "A new law on sexual violence was approved by parliament.",
    "Officials described the attack as a tragedy.",
])
def test_an_act_noun_in_a_report_that_tells_no_act_now_gets_no_type(extract, text: str) -> None:
    assert sub_types(extract, text) == []
