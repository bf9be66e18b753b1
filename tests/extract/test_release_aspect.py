"""Running totals of releases: "so far", "to date", "a total of", the perfect with no day of its own,
"having freed", tallies told through a tally noun ("the number freed reached"), and the tally a stopped
process leaves ("paused the releases after freeing 1,000"). A total is read as the count so far on the
report's day, not as one more act; a dated act is its own size. (Sentences written for these tests.)"""

from __future__ import annotations

import pytest
from extract_helpers import asserted_release, asserted_releases, describe

PUBLISHED = "2020-04-12"  # the fixture's report day (a Sunday)


@pytest.mark.parametrize("text", [
    "The Afghan government has so far released 2,300 Taliban prisoners, officials said.",
    "So far, the Afghan government has freed 2,300 Taliban prisoners.",
    "Until now the Afghan government has released 2,300 Taliban prisoners.",
    "To date, the Afghan government has freed 2,300 Taliban inmates, a government spokesman said.",
    "The Afghan government has freed 2,300 Taliban prisoners to date.",
    "The Afghan government has released a total of 2,300 Taliban prisoners.",
    "Since early March, the Afghan government has freed 2,300 Taliban prisoners.",
    "So far this month, the Afghan government has released 2,300 Taliban prisoners.",
    "A Taliban spokesman said on Monday that the Afghan authorities had so far released 2,300 Taliban prisoners.",
], ids=["so-far-mid", "so-far-first", "until-now", "to-date-first", "to-date-last", "a-total-of", "since",
        "so-far-this-month", "reported-pluperfect"])
def test_a_total_marked_anywhere_is_the_tally_so_far(extract, text):
    event = asserted_release(extract(text))
    assert (event.prisoners, event.cumulative, event.adds_to) == (2300, True, False)
    assert event.actors == ["afg_gov"]
    assert "taliban" in event.recipients
    assert str(event.date) == PUBLISHED


def test_a_total_of_in_the_passive_is_the_tally(extract):
    event = asserted_release(extract("A total of 870 Houthi prisoners have been released by the Saudi-led coalition."))
    assert (event.prisoners, event.cumulative) == (870, True)
    assert event.actors == ["saudi_led_coalition"]
    assert event.recipients == ["houthis"]


@pytest.mark.parametrize("text", [
    "The Afghan government has released 1,200 Taliban prisoners, officials said Friday.",
    "Officials said on Friday that the Afghan government has freed 1,200 Taliban prisoners.",
    "The Houthis have released 1,200 detainees, the ICRC said.",
    "The Houthis said they had released 1,200 detainees, the ICRC said Tuesday.",
], ids=["perfect-said-friday", "said-friday-first", "perfect-icrc", "reported-pluperfect"])
def test_the_perfect_with_no_day_of_its_own_is_the_tally(extract, text):
    """The day given for the saying is not the release's day: the tally stands on the report's day."""
    event = asserted_release(extract(text))
    assert (event.prisoners, event.cumulative) == (1200, True)
    assert str(event.date) == PUBLISHED


def test_having_freed_is_the_tally_before_the_next_step(extract):
    result = extract("Having freed 900 Taliban prisoners, the Afghan government said it would release "
                     "the rest next month.")
    event = asserted_release(result)
    assert (event.prisoners, event.cumulative, event.actors) == (900, True, ["afg_gov"])
    assert any(e.category == "AGREE" and e.modality == "planned" for e in result.events), describe(result)


@pytest.mark.parametrize(("text", "day"), [
    ("The Afghan government released 150 Taliban prisoners on Thursday.", "2020-04-09"),
    ("On Thursday, 150 Taliban prisoners were freed by the Afghan government.", "2020-04-09"),
    ("The Houthis freed 150 Saudi detainees in Sanaa on Saturday, the ICRC said.", "2020-04-11"),
], ids=["past-dated", "passive-dated", "reported-dated"])
def test_a_dated_release_is_its_own_size_not_a_total(extract, text, day):
    event = asserted_release(extract(text))
    assert (event.prisoners, event.cumulative) == (150, False)
    assert str(event.date) == day


@pytest.mark.parametrize("text", [
    "The Afghan government released another 200 Taliban prisoners on Wednesday.",
    "The Afghan government also freed 200 Taliban prisoners on Wednesday.",
    "On Wednesday a further 200 Taliban prisoners were released by the Afghan government.",
], ids=["another", "also", "a-further-passive"])
def test_more_of_the_same_adds_to_the_count(extract, text):
    event = asserted_release(extract(text))
    assert (event.prisoners, event.adds_to, event.cumulative) == (200, True, False)


@pytest.mark.parametrize(("text", "value", "actor"), [
    ("The number of Taliban prisoners freed by the Afghan government reached 2,000 on Saturday.", 2000, "afg_gov"),
    ("The number of prisoners released by the Afghan government has now reached 1,500.", 1500, "afg_gov"),
    ("The latest release brings to 1,800 the number of Taliban prisoners freed by the Afghan government.", 1800,
     "afg_gov"),
    ("The total number of detainees released by the Houthis now stands at 600.", 600, "houthis"),
    ("The tally of Houthi prisoners freed by the Saudi-led coalition climbed to 900 on Monday.", 900,
     "saudi_led_coalition"),
], ids=["number-reached-dated", "has-reached", "brings-to", "stands-at", "tally-climbed"])
def test_a_tally_noun_gives_the_running_total(extract, text, value, actor):
    event = asserted_release(extract(text))
    assert (event.prisoners, event.cumulative, event.actors) == (value, True, [actor])


def test_a_tally_told_for_a_day_stands_on_that_day(extract):
    event = asserted_release(extract("The number of Taliban prisoners freed by the Afghan government "
                                     "reached 2,000 on Saturday."))
    assert str(event.date) == "2020-04-11"


def test_an_act_bringing_the_total_keeps_its_own_size_and_gives_the_total(extract):
    result = extract("The Afghan government freed 100 Taliban prisoners, bringing the total to 1,100.")
    releases = asserted_releases(result)
    assert sorted((e.prisoners, e.cumulative) for e in releases) == [(100, False), (1100, True)], describe(result)


@pytest.mark.parametrize(("text", "value", "actor"), [
    ("The Afghan government paused the releases after freeing 1,000 Taliban prisoners.", 1000, "afg_gov"),
    ("The Afghan government suspended the prisoner releases on Tuesday after freeing about 1,100 of them.", 1100,
     "afg_gov"),
    ("The Houthis halted the handover on Tuesday after 400 Saudi detainees had been freed.", 400, "houthis"),
], ids=["paused-after-freeing", "suspended-about", "halted-passive"])
def test_a_stopped_process_leaves_the_tally_so_far(extract, text, value, actor):
    releases = asserted_releases(result := extract(text))
    assert len(releases) == 1, describe(result)
    assert (releases[0].prisoners, releases[0].cumulative, releases[0].actors) == (value, True, [actor])


def test_after_freeing_under_a_process_not_stopped_is_an_act(extract):
    event = asserted_release(extract("The Afghan government held a ceremony after freeing 100 Taliban "
                                     "prisoners on Monday."))
    assert (event.prisoners, event.cumulative) == (100, False)


@pytest.mark.parametrize("text", [
    "The total cost of the reconstruction reached $5 million.",
    "The number of displaced people reached 20,000 last month.",
    "The death toll reached 12 on Monday.",
    "The number of attacks on checkpoints rose to 40 last week.",
    "The government paused the talks after meeting the envoy three times.",
    "The total of Taliban fighters killed so far stands at 300.",
], ids=["cost", "displaced", "death-toll", "attacks", "paused-talks", "killed-tally"])
def test_tallies_of_other_things_are_no_release(extract, text):
    result = extract(text)
    assert not [e for e in result.events if e.category in {"RETREAT", "CONCEDE"}], describe(result)


@pytest.mark.parametrize(("text", "ours", "theirs"), [
    ("The Afghan government has freed 4,000 Taliban prisoners and the Taliban 800 government soldiers.", 4000, 800),
    ("The Afghan government freed 300 Taliban prisoners on Monday, and the Taliban 50 soldiers.", 300, 50),
    ("So far the Afghan government has released 2,000 Taliban inmates and the Taliban more than 400 soldiers.",
     2000, 401),
])
def test_a_gapped_clause_is_the_other_partys_act_never_added_to_this_one(extract, text, ours, theirs):
    releases = {tuple(e.actors): e.prisoners for e in asserted_releases(extract(text))}
    assert releases == {("afg_gov",): ours, ("taliban",): theirs}, describe(extract(text))


def test_two_groups_freed_by_one_party_still_add_up(extract):
    result = extract("The Afghan government freed 100 Taliban prisoners and 20 Haqqani fighters on Monday.")
    assert asserted_release(result).prisoners == 120


@pytest.mark.parametrize(("text", "count"), [
    ("Kabul has released more than 4,000 Taliban prisoners out of 5,000.", 4001),
    ("The Afghan government has released 4,000 of the 5,000 Taliban prisoners, officials said.", 4000),
    ("The Taliban released 86 Afghan soldiers on Tuesday, bringing the number freed by the group to 500.", 86),
])
def test_the_whole_a_part_is_told_out_of_and_a_total_told_with_an_act_are_not_added_to_it(extract, text, count):
    acts = [e for e in asserted_releases(extract(text)) if not e.cumulative or "out of" in text or "of the" in text]
    assert [e.prisoners for e in acts] == [count], describe(extract(text))
    assert not any(e.adds_to for e in acts)
