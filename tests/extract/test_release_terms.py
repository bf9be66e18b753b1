"""Terms, obligations, schedules and plans are not releases: "is to free", "were to be traded", "is due
to be exchanged", "is supposed to free", "is obliged to release", "is expected to release", "has to
free", "the deal provides for / includes the release of", "the release should have begun". A swap is
both sides' (mode exchange), and "let N go" is a release. (Sentences written for these tests.)"""

from __future__ import annotations

import pytest
from extract_helpers import asserted_release, asserted_releases, describe


def _concession(result):
    """The one undertaking told (PLOVER codes a release promised, scheduled or owed as AGREE)."""
    found = [e for e in result.events if e.category == "AGREE" and e.mode in {"release", "exchange"}]
    assert len(found) == 1, describe(result)
    return found[0]


@pytest.mark.parametrize(("text", "actor", "count"), [
    ("Under the deal, the Afghan government is to free 5,000 Taliban prisoners.", "afg_gov", 5000),
    ("The Afghan government is to release 400 Taliban prisoners next week.", "afg_gov", 400),
    ("The Afghan government is supposed to free 1,500 Taliban prisoners before talks begin.", "afg_gov", 1500),
    ("The Taliban are obliged to release 1,000 Afghan government prisoners under the accord.", "taliban", 1000),
    ("The Afghan government is expected to release 600 Taliban prisoners this week, officials said.",
     "afg_gov", 600),
    ("The Afghan government has to free 5,000 Taliban inmates before the talks can start, the Taliban said.",
     "afg_gov", 5000),
    ("The Afghan government was required to release 5,000 Taliban prisoners by March 10.", "afg_gov", 5000),
    ("The Afghan government was meant to free 1,500 Taliban prisoners last week.", "afg_gov", 1500),
    ("The Afghan government is due to free 1,500 Taliban prisoners on Tuesday.", "afg_gov", 1500),
    ("The Taliban were scheduled to release 100 Afghan soldiers on Friday.", "taliban", 100),
    ("The Afghan government is bound to free 5,000 Taliban prisoners under the deal.", "afg_gov", 5000),
    ("The Taliban said the Afghan government was obliged to release 5,000 Taliban prisoners.", "afg_gov", 5000),
], ids=["is-to", "is-to-next-week", "supposed", "obliged", "expected", "has-to", "was-required", "was-meant",
        "is-due", "were-scheduled", "bound", "reported-obliged"])
def test_an_obligation_or_schedule_is_a_planned_concession(extract, text, actor, count):
    result = extract(text)
    assert not asserted_releases(result), describe(result)
    event = _concession(result)
    assert (event.mode, event.modality, event.actors, event.prisoners) == ("release", "planned", [actor], count)


@pytest.mark.parametrize("text", [
    "5,000 Taliban prisoners are to be released by the Afghan government.",
    "About 900 prisoners were to be traded between the Houthis and the Saudi-led coalition.",
    "Some 1,000 detainees are due to be exchanged by the Houthis and the Yemeni government.",
    "According to the deal, 700 Houthi prisoners are set to be freed by the Saudi-led coalition.",
    "The deal provides for the release of 5,000 Taliban prisoners by the Afghan government.",
    "The agreement includes the release of 1,000 Afghan government prisoners by the Taliban.",
    "The accord calls for the release of 5,000 Taliban prisoners by the Afghan government.",
    "The plan envisages the release of 2,000 detainees by the Houthis and the Yemeni government.",
    "The release of the Taliban prisoners by the Afghan government should have begun on March 10.",
    "Under the agreement, 5,000 Taliban prisoners will be freed by the Afghan government.",
    "Under the terms, the Houthis need to free 300 Saudi prisoners.",
], ids=["passive-is-to", "were-to-be-traded", "due-to-be-exchanged", "set-to-be-freed", "provides-for",
        "includes", "calls-for", "envisages", "should-have-begun", "will-be-freed", "need-to"])
def test_a_term_of_the_deal_is_no_release(extract, text):
    result = extract(text)
    assert not asserted_releases(result), describe(result)
    assert all(e.modality != "asserted" for e in result.events if e.category == "CONCEDE"), describe(result)


@pytest.mark.parametrize("text", [
    "The Afghan government released 400 Taliban prisoners on Monday, as the deal provides.",
    "The Afghan government released 400 Taliban prisoners on Monday under the terms of the accord.",
    "As the agreement requires, the Afghan government freed 400 Taliban prisoners on Monday.",
], ids=["as-the-deal-provides", "under-the-terms", "as-required-first"])
def test_a_release_done_under_the_terms_is_a_release(extract, text):
    event = asserted_release(extract(text))
    assert (event.category, event.mode, event.actors, event.prisoners) == ("RETREAT", "release", ["afg_gov"], 400)
    assert not event.outside_agreement


@pytest.mark.parametrize(("text", "actors", "count"), [
    ("The Houthis and the Yemeni government swapped 800 prisoners on Sunday.", ["houthis", "yem_gov"], 800),
    ("The Houthis and the Saudi-led coalition exchanged 1,056 prisoners over two days.",
     ["houthis", "saudi_led_coalition"], 1056),
    ("About 900 prisoners were exchanged by the Houthis and the Yemeni government on Sunday.",
     ["houthis", "yem_gov"], 900),
    ("The ICRC said the Houthis and the Yemeni government had exchanged 1,000 prisoners.",
     ["houthis", "yem_gov"], 1000),
], ids=["swapped", "exchanged", "passive", "reported"])
def test_a_swap_is_both_sides_release(extract, text, actors, count):
    event = asserted_release(extract(text))
    assert (event.category, event.mode, event.prisoners) == ("RETREAT", "exchange", count)
    assert sorted(event.actors) == sorted(actors)


def test_a_swap_with_the_other_side_named_apart_is_an_exchange(extract):
    event = asserted_release(extract("The Taliban exchanged prisoners with the Afghan government on Saturday."))
    assert event.mode == "exchange"
    assert set(event.actors) | set(event.recipients) == {"taliban", "afg_gov"}


def test_a_swap_to_come_is_a_planned_exchange(extract):
    result = extract("The Houthis and the Yemeni government will swap 900 prisoners next month.")
    assert not asserted_releases(result), describe(result)
    event = _concession(result)
    assert (event.mode, event.modality, event.prisoners) == ("exchange", "planned", 900)


@pytest.mark.parametrize(("text", "category"), [
    ("The Houthis and the Yemeni government exchanged fire near Marib on Sunday.", "ASSAULT"),
    ("The Houthis and the Yemeni government exchanged accusations on Monday.", "ACCUSE"),
    ("The Taliban and the Afghan government exchanged views on the ceasefire on Tuesday.", "CONSULT"),
    ("The Houthis and the Saudi-led coalition swapped accusations of violating the truce.", "ACCUSE"),
], ids=["fire", "accusations", "views", "swapped-accusations"])
def test_exchanging_what_is_not_people_is_no_release(extract, text, category):
    result = extract(text)
    assert not [e for e in result.events if e.category in {"RETREAT", "CONCEDE"}], describe(result)
    assert any(e.category == category for e in result.events), describe(result)


@pytest.mark.parametrize(("text", "actor", "count"), [
    ("The Houthis let 120 detainees go on Saturday.", "houthis", 120),
    ("The Taliban let go 30 Afghan soldiers on Friday.", "taliban", 30),
    ("The Afghan government let 45 Taliban prisoners go after the talks, officials said.", "afg_gov", 45),
], ids=["let-n-go", "let-go-n", "reported"])
def test_letting_people_go_is_a_release(extract, text, actor, count):
    event = asserted_release(extract(text))
    assert (event.mode, event.actors, event.prisoners) == ("release", [actor], count)


@pytest.mark.parametrize("text", [
    "It is the other way round: the plan provided for the army to free 500 prisoners and for the Taliban "
    "to free 80.",
    "The arrangement is for the Afghan government to release 300 Taliban prisoners first.",
])
def test_a_to_infinitive_heading_its_clause_tells_no_release_as_done(extract, text):
    assert not asserted_releases(extract(text)), describe(extract(text))
