"""Core verbs of each PLOVER category (extract/data/event_words.yaml core_verbs): plain synonyms the
lexicon's own verbs did not list code too, in any tense or voice, and those that need an object code
only with it."""

from __future__ import annotations

import pytest
from extract_helpers import describe


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The Taliban consented to a week-long pause in the fighting.", "AGREE"),
        ("The Taliban and the Afghan government convened in Doha on Monday.", "CONSULT"),
        ("The Afghan government convened a meeting of tribal elders on Monday.", "CONSULT"),
        ("The United Nations lauded the Afghan government for its restraint.", "SUPPORT"),
        ("The Afghan government finally relented after weeks of pressure.", "CONCEDE"),
        ("The Taliban backed down after the talks in Doha.", "CONCEDE"),
        ("Russia has supplied weapons to the Afghan government.", "AID"),
        ("The Taliban fighters retreated from the district centre on Sunday.", "RETREAT"),
        ("The Afghan government is repatriating refugees from Pakistan.", "RETREAT"),
        ("The Taliban implored the United Nations to lift the travel ban.", "REQUEST"),
        ("The United Nations rebuked the Taliban over the closure of schools.", "ACCUSE"),
        ("The Taliban were castigated by the United Nations for the attack.", "ACCUSE"),
        ("The Afghan government repudiates the Taliban's version of events.", "REJECT"),
        ("The Taliban have disavowed the statement of their spokesman.", "REJECT"),
        ("The Afghan government severed ties with Pakistan on Tuesday.", "SANCTION"),
        ("Russia has recalled its ambassador from Kabul.", "SANCTION"),
        ("The Taliban amassed fighters and troops outside Kunduz.", "MOBILIZE"),
        ("The Afghan government incarcerated dozens of Taliban members.", "COERCE"),
        ("The Taliban cracked down on journalists in Kabul.", "COERCE"),
        ("The Taliban murdered two police officers in Ghazni on Sunday.", "ASSAULT"),
        ("Two aid workers were slain by the Taliban in Kandahar.", "ASSAULT"),
        ("The Taliban besieged the provincial capital for three days.", "ASSAULT"),
        ("The Taliban torched three schools in Logar.", "COERCE"),
        ("The Afghan government balked at the Taliban's demands.", "REJECT"),
        ("The Afghan government has rescinded the curfew in Kabul.", "CONCEDE"),
        ("The Taliban returned the bodies of two soldiers to the Afghan government.", "RETREAT"),
        ("The United Nations is probing the killing of three aid workers.", "ACCUSE"),
        ("Pakistan withheld aid from the Afghan government in March.", "SANCTION"),
        ("The Taliban sheltered hundreds of refugees after the floods.", "AID"),
        ("The Afghan government is fortifying its bases around Kandahar.", "MOBILIZE"),
    ],
    ids=["consented", "convened-in", "convened", "lauded", "relented", "backed-down", "supplied-weapons",
         "retreated", "is-repatriating", "implored", "rebuked", "were-castigated", "repudiates", "have-disavowed",
         "severed-ties", "recalled-ambassador", "amassed-troops", "incarcerated", "cracked-down", "murdered",
         "were-slain", "besieged", "torched", "balked-at", "rescinded",
         "returned-bodies", "is-probing", "withheld-aid", "sheltered", "is-fortifying"],
)
def test_core_verb_codes_its_category(extract, text, category):
    result = extract(text)
    assert category in {e.category for e in result.events}, describe(result)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The minister recalled his childhood in Herat.", "SANCTION"),
        ("The ministry supplied no figures for the month.", "AID"),
        ("Traders amassed a fortune during the war.", "MOBILIZE"),
        ("The Afghan government severed the cable by mistake.", "SANCTION"),
        ("The Taliban delegation returned to Doha on Monday.", "RETREAT"),
        ("The ministry revoked the licence of a radio station.", "CONCEDE"),
    ],
    ids=["recalled-a-memory", "supplied-figures", "amassed-a-fortune", "severed-a-cable", "returned-to",
         "revoked-a-licence"],
)
def test_core_verb_with_its_object_only(extract, text, category):
    result = extract(text)
    assert category not in {e.category for e in result.events}, describe(result)


@pytest.mark.parametrize(("text", "category"), [
    ("Turkey severed every contact with the group.", "SANCTION"),  # the list writes "contacts"
    ("The Afghan government recalled its envoy from Islamabad.", "SANCTION"),  # "envoys" as well
    ("Pakistan is withholding a payment to the contractors.", "SANCTION"),  # "payments"
], ids=["contact", "envoy", "payment"])
def test_an_object_list_holds_each_noun_in_either_number(extract, text, category):
    result = extract(text)
    assert category in {e.category for e in result.events}, describe(result)
