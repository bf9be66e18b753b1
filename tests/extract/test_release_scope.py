"""Releases told as outside the agreement the reports follow ("a unilateral step", "on its own
initiative", "outside the terms of the deal", "That release is not part of the deal" said of the
sentence before) are real acts but no progress on it: Event.outside_agreement. (Sentences written for
these tests.)"""

from __future__ import annotations

import pytest
from extract_helpers import asserted_release, asserted_releases, describe


@pytest.mark.parametrize(("text", "actor"), [
    ("In a unilateral step, the Houthis released 40 Saudi prisoners on Thursday.", "houthis"),
    ("The Houthis unilaterally freed 40 Saudi detainees on Friday.", "houthis"),
    ("The Taliban released 40 Afghan soldiers on their own initiative on Monday.", "taliban"),
    ("The Afghan government freed 40 Taliban prisoners outside the terms of the deal.", "afg_gov"),
    ("The Taliban freed 40 Afghan soldiers on Tuesday, a move outside the Doha agreement.", "taliban"),
    ("The Saudi-led coalition said on Monday it freed 40 Houthi prisoners of its own accord.",
     "saudi_led_coalition"),
    ("Acting unilaterally, the Afghan government let 40 Taliban prisoners go on Sunday.", "afg_gov"),
], ids=["unilateral-step-first", "unilaterally-adverb", "own-initiative", "outside-the-terms",
        "a-move-outside-after", "of-its-own-accord-reported", "acting-unilaterally-let-go"])
def test_a_release_told_as_outside_the_deal_is_marked(extract, text, actor):
    event = asserted_release(extract(text))
    assert (event.category, event.mode, event.prisoners, event.actors) == ("RETREAT", "release", 40, [actor])
    assert event.outside_agreement


@pytest.mark.parametrize("second", [
    "That release is not part of the exchange deal, the ICRC said.",
    "This transfer was not part of the UN-brokered agreement.",
    "The ICRC said the release was not part of the agreement.",
], ids=["that-release", "this-transfer", "reported"])
def test_a_sentence_pointing_back_puts_the_release_before_outside_the_deal(extract, second):
    result = extract(f"The Houthis released 15 Saudi prisoners on Sunday. {second}")
    event = asserted_release(result)
    assert (event.prisoners, event.outside_agreement) == (15, True)


def test_a_pointing_back_sentence_reaches_a_release_told_as_a_move(extract):
    event = asserted_release(extract("Two planes carried 60 Houthi prisoners to Sanaa on Sunday. "
                                     "That transfer is not part of the UN-brokered deal."))
    assert (event.prisoners, event.recipients, event.outside_agreement) == (60, ["houthis"], True)


@pytest.mark.parametrize("text", [
    "The Taliban unilaterally released 20 Afghan soldiers on Monday, and the Afghan government "
    "freed 100 Taliban prisoners on Tuesday under the deal.",
    "The Afghan government freed 100 Taliban prisoners on Tuesday under the deal, while the Taliban "
    "unilaterally released 20 Afghan soldiers.",
], ids=["unilateral-first", "unilateral-second"])
def test_only_the_clause_told_as_outside_is_marked(extract, text):
    result = extract(text)
    marked = {e.actors[0]: e.outside_agreement for e in asserted_releases(result) if e.actors}
    assert marked == {"taliban": True, "afg_gov": False}, describe(result)


@pytest.mark.parametrize("text", [
    "The Houthis released 40 Saudi prisoners on Thursday as part of the agreement.",
    "The Houthis released 40 Saudi prisoners on Thursday. The United Nations said the release was part of "
    "the agreement.",
    "The Houthis released 40 Saudi prisoners on Thursday. A unilateral ceasefire was declared on Friday.",
    "The Houthis released 40 Saudi prisoners on Thursday under the terms of the deal.",
], ids=["as-part-of", "said-part-of", "unilateral-elsewhere", "under-the-terms"])
def test_a_release_under_the_deal_is_not_marked(extract, text):
    result = extract(text)
    event = asserted_release(result)
    assert (event.prisoners, event.outside_agreement) == (40, False), describe(result)


@pytest.mark.parametrize("text", [
    "The deal was signed on its own initiative by Qatar.",
    "The Taliban unilaterally declared a three-day ceasefire for the holiday.",
    "Qatar said it had acted on its own initiative in hosting the talks.",
], ids=["signed-own-initiative", "unilateral-ceasefire", "hosting-own-initiative"])
def test_outside_phrases_mark_no_release_where_none_is_told(extract, text):
    result = extract(text)
    assert not asserted_releases(result), describe(result)
    assert not [e for e in result.events if e.outside_agreement and e.mode in {"release", "exchange"}], \
        describe(result)
