"""Claims: who said it (quotes, indirect speech, "according to"), through which channel, when, with
what stance, and which events it tells."""

from __future__ import annotations

import pytest
from extract_helpers import claim_by, event_of, events_of


def test_direct_quote_with_speaker_after(extract):
    result = extract("“The talks will resume next week in Doha,” the Taliban spokesman said.")
    claim = claim_by(result, "taliban")
    assert claim.quote == "The talks will resume next week in Doha"
    assert claim.stance == "assert"


def test_direct_quote_with_named_speaker_after(extract):
    result = extract("“We will not leave the negotiating table,” Taliban spokesman Zabiullah Mujahid said.")
    assert [c.speaker for c in result.claims] == ["zabihullah_mujahid"]
    assert result.claims[0].quote == "We will not leave the negotiating table"


def test_indirect_speech_links_the_event_told(extract):
    result = extract("The Afghan defence ministry said that Taliban fighters attacked a checkpoint "
                     "in Baghlan province.")
    claim = claim_by(result, "afg_mil")
    attack = event_of(result, "ASSAULT")
    assert attack.actors == ["taliban"]
    assert claim.events == [attack.id]
    assert attack.reported_by == ["afg_mil"]


def test_according_to_makes_a_claim(extract):
    result = extract("According to the Afghan interior ministry, police detained three suspects in Herat on Monday.")
    claim = claim_by(result, "afg_police")
    arrest = event_of(result, "COERCE")
    assert arrest.arrested == 3
    assert claim.events == [arrest.id]
    assert "afg_police" in arrest.reported_by


def test_told_an_outlet_makes_the_outlet_the_channel(extract):
    result = extract("Zabiullah Mujahid told Reuters that the group would attend the talks.")
    claim = claim_by(result, "zabihullah_mujahid")
    assert claim.channel == "reuters"
    assert all(c.speaker != "reuters" for c in result.claims)  # Reuters was told, it did not say


@pytest.mark.parametrize(
    "text",
    [
        "In a tweet, Taliban spokesman Zabiullah Mujahid said the group had freed 20 soldiers.",
        "Zabiullah Mujahid tweeted that the Taliban had freed 20 soldiers.",
    ],
    ids=["in-a-tweet", "tweeted"],
)
def test_tweet_is_the_channel(extract, text):
    result = extract(text)
    claim = claim_by(result, "zabihullah_mujahid")
    assert claim.channel == "tweet"
    release = event_of(result, "RETREAT")
    assert release.id in claim.events
    assert release.reported_by == ["zabihullah_mujahid"]


def test_told_reporters_is_the_reporters_channel(extract):
    result = extract("Taliban spokesman Zabiullah Mujahid told reporters the group had freed 20 soldiers.")
    assert claim_by(result, "zabihullah_mujahid").channel == "reporters"


def test_plain_said_has_no_channel(extract):
    result = extract("Taliban spokesman Zabiullah Mujahid said the group had freed 20 soldiers.")
    assert claim_by(result, "zabihullah_mujahid").channel is None


def test_baseless_is_a_denial_that_contests_the_event(extract):
    result = extract("The army said Taliban fighters attacked a checkpoint in Logar province on Friday. "
                     "A Taliban spokesman said the claim was baseless.")
    attack = event_of(result, "ASSAULT")
    assert claim_by(result, "afg_mil").stance == "accuse"
    denial = claim_by(result, "taliban")
    assert denial.stance == "deny"
    assert attack.id in denial.events
    assert attack.contested


def test_denied_is_a_denial_that_contests_the_event(extract):
    result = extract("The Afghan government said the Taliban attacked a school in Logar province. "
                     "The Taliban denied the attack.")
    attack = event_of(result, "ASSAULT")
    denial = claim_by(result, "taliban")
    assert denial.stance == "deny"
    assert attack.id in denial.events
    assert attack.contested


def test_uncontested_report_is_not_contested(extract):
    result = extract("The army said Taliban fighters attacked a checkpoint in Logar province on Friday.")
    assert not event_of(result, "ASSAULT").contested


def test_own_negated_attack_in_a_quote_is_a_denial(extract):
    result = extract("“Our fighters did not attack the convoy,” the Taliban spokesman said.")
    assert claim_by(result, "taliban").stance == "deny"


def test_concessive_account_is_a_dispute(extract):
    result = extract("Though the Afghan government freed 100 prisoners on Thursday, "
                     "the Taliban said they were not on their list.")
    release = event_of(result, "RETREAT")
    claim = claim_by(result, "taliban")
    assert claim.stance == "dispute"
    assert release.id in claim.events
    assert release.contested


def test_concessive_account_about_the_government_is_a_dispute(extract):
    result = extract("Although the government set free 150 detainees, "
                     "the Taliban said the men were not on their list.")
    assert claim_by(result, "taliban").stance == "dispute"


def test_said_on_monday_dates_the_claim(extract):
    result = extract("The Taliban said on Monday that their fighters had captured a district in Faryab.",
                     published="2020-04-12")
    assert str(claim_by(result, "taliban").date) == "2020-04-06"


def test_said_on_monday_follows_the_publication_date(extract):
    result = extract("The Taliban said on Monday that their fighters had captured a district in Faryab.",
                     published="2020-05-20")
    assert str(claim_by(result, "taliban").date) == "2020-05-18"


def test_own_outlet_byline_is_not_a_claim(extract):
    text = "The Taliban attacked a checkpoint in Ghazni province, Reuters reported."
    own = extract(text, outlet="Reuters")
    assert own.claims == []
    assert event_of(own, "ASSAULT").reported_by == []
    # another outlet's article citing Reuters does make it a source
    other = extract(text, outlet="Al Jazeera")
    assert [c.speaker for c in other.claims] == ["reuters"]
    assert event_of(other, "ASSAULT").reported_by == ["reuters"]


def test_a_judgement_of_the_other_sides_conduct_is_an_accusation(extract):
    result = extract("The FARC pulled its negotiators out of the Havana talks on Monday. "
                     "\"Leaving the table now shows a lack of commitment to peace,\" Colombian government negotiator "
                     "Humberto de la Calle said.")
    accusation = event_of(result, "ACCUSE")
    assert (accusation.mode, accusation.actors, accusation.recipients) == ("disapprove", ["col_gov"], ["farc"])
    claim = next(c for c in result.claims if "lack of commitment" in c.quote)
    assert accusation.id in claim.events


def test_disputing_what_the_other_side_says_it_did_alleges_a_wrong(extract):
    result = extract("Though the Colombian government freed 300 ELN prisoners on Friday, ELN commander Pablo Beltran "
                     "said on Saturday that the government had released \"the wrong prisoners\".")
    accusation = event_of(result, "ACCUSE")
    assert (accusation.mode, accusation.actors, accusation.recipients) == ("allege", ["eln"], ["col_gov"])


def test_a_newspaper_passing_judgement_accuses_no_one(extract):
    result = extract("The rebels walked out of the talks on Monday. The move was irresponsible, "
                     "the New York Times said in an editorial.")
    assert not events_of(result, "ACCUSE"), [e.category for e in result.events]
