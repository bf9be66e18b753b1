"""Time expressions resolved against the publication date (2020-04-12 is a Sunday unless said)."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import event_of, time_of, times_with


@pytest.mark.parametrize(
    ("published", "expression", "expected"),
    [
        ("2020-04-12", "on Monday", "2020-04-06"),
        ("2020-04-12", "last Friday", "2020-04-10"),
        ("2020-04-15", "on Monday", "2020-04-13"),  # a Wednesday: the Monday of the same week
        ("2020-04-15", "last Friday", "2020-04-10"),
    ],
)
def test_weekday_is_the_last_such_day_before_publication(extract, published, expression, expected):
    result = extract(f"Rebels raided a village in Arauca {expression}.", published=published)
    assert str(time_of(result, expression).value) == expected
    assert str(event_of(result, "ASSAULT").date) == expected


def test_yesterday_with_explicit_date_is_one_day(extract):
    text = "Gunmen stormed a police station yesterday, April 11, in Kunduz."
    result = extract(text)
    expression = time_of(result, "yesterday, April 11")
    assert str(expression.value) == "2020-04-11"
    assert text[expression.start:expression.end] == "yesterday, April 11"
    assert len(result.times) == 1


def test_last_week_is_a_range(extract):
    result = extract("The ELN kidnapped two engineers last week.", published="2020-04-15")
    value = time_of(result, "last week").value
    assert value.granularity == "range"
    assert (value.first, value.last) == (date(2020, 4, 6), date(2020, 4, 12))
    assert event_of(result, "COERCE").date == value


def test_a_week_earlier_is_a_range_before_the_last_date_told(extract):
    result = extract("Fighting erupted in Mopti on March 30. A week earlier, rebels had seized the town.")
    value = time_of(result, "A week earlier").value
    assert value.granularity == "range"
    assert value.first <= date(2020, 3, 23) <= value.last  # around March 23, not a week before April 12
    assert value.last < date(2020, 3, 30)


def test_last_month(extract):
    value = time_of(extract("Aid deliveries to Hodeidah stopped last month."), "last month").value
    assert value.granularity == "month"
    assert str(value) == "2020-03"


def test_last_month_in_january_is_last_years_december(extract):
    value = time_of(extract("Aid deliveries to Hodeidah stopped last month.", published="2021-01-08"),
                    "last month").value
    assert str(value) == "2020-12"


def test_late_2001_is_that_year(extract):
    # a part of a unit is given as the unit (TimeML's convention: "late" is a modifier, and where the
    # end of a year begins is the writer's guess); it still covers the right days
    value = time_of(extract("The movement was driven from power in late 2001."), "late 2001").value
    assert str(value) == "2001"


def test_february_29_without_year_takes_the_publication_year(extract):
    result = extract("The deal was signed on February 29 in Doha.")
    assert str(time_of(result, "February 29").value) == "2020-02-29"


def test_day_month_year(extract):
    result = extract("The agreement was signed on 10 March 2020 in Bogota.", published="2021-06-01")
    assert str(time_of(result, "10 March 2020").value) == "2020-03-10"


def test_two_weekdays_are_a_range(extract):
    result = extract("Protesters marched in Bamako last Wednesday and Thursday.")
    value = time_of(result, "last Wednesday and Thursday").value
    assert value.granularity == "range"
    assert (value.first, value.last) == (date(2020, 4, 8), date(2020, 4, 9))
    assert event_of(result, "PROTEST").date == value


def test_unknown_publication_date_leaves_relative_times_unresolved(extract):
    result = extract("Rebels attacked an army base on Monday. The truce was agreed on 10 March 2020.",
                     published=None)
    assert time_of(result, "on Monday").value is None  # not guessed
    assert str(time_of(result, "10 March 2020").value) == "2020-03-10"  # an absolute date still is
    assert event_of(result, "ASSAULT").date is None


def test_with_no_publication_day_a_date_without_year_is_in_the_year_the_report_names(extract):
    result = extract("Release 2014-03-CA-021\nTroops detained two smugglers in Zabul on March 9. "
                     "Police said the raid came a day after a bomb attack.", published=None)
    assert str(event_of(result, "COERCE").date) == "2014-03-09"


def test_same_expression_twice_is_one_time_fact(extract):
    result = extract("Rebels attacked an army base on Monday. The army said it repelled the attack on Monday.")
    found = times_with(result, "on Monday")
    assert len(found) == 1
    assert str(found[0].value) == "2020-04-06"


@pytest.mark.parametrize(
    ("expression", "expected"),
    [("last night", "2020-04-11"), ("overnight", "2020-04-11"),
     ("over the past two nights", {"from": "2020-04-10", "to": "2020-04-11"})],
)
def test_a_night_is_dated_by_the_day_it_began(extract, expression, expected):
    result = extract(f"Commandos detained four bomb makers near Gardez {expression}.")
    assert time_of(result, expression).value.to_json() == expected
    assert event_of(result, "COERCE").date.to_json() == expected


def test_a_night_yet_to_come_is_the_report_day(extract):
    result = extract("The army will hold its checkpoints in Gardez overnight, a spokesman said.")
    assert str(time_of(result, "overnight").value) == "2020-04-12"


def test_an_undated_act_takes_the_report_day_and_says_so(extract):
    result = extract("Police arrested three men carrying rockets in Logar province.")
    event = event_of(result, "COERCE")
    assert str(event.date) == "2020-04-12"
    assert event.date_basis == "publication"


def test_a_stated_day_is_marked_as_from_the_text(extract):
    event = event_of(extract("Police arrested three men carrying rockets in Logar province on Friday."), "COERCE")
    assert (str(event.date), event.date_basis) == ("2020-04-10", "text")


def test_plans_and_background_get_no_report_day(extract):
    result = extract("The Afghan government will release 200 Taliban prisoners, a spokesman said.")
    planned = [e for e in result.events if e.modality == "planned"]
    assert planned and all(e.date is None for e in planned)


# --- a date written without its year: the nearest one in the direction the verb points

@pytest.mark.parametrize(
    ("published", "sentence", "expression", "expected"),
    [
        # told as to come: the next such day, even across the new year
        ("2019-11-20", "The bank will pay the dividend on Jan. 5 to holders of record.", "Jan. 5", "2020-01-05"),
        ("2019-11-20", "The dividend is payable Jan. 5, the board said.", "Jan. 5", "2020-01-05"),
        ("2019-10-03", "The new rules, effective March 1, cover every mine in the province.", "March 1",
         "2020-03-01"),
        ("2020-02-10", "Talks with the rebels are expected to resume in August in Geneva.", "August", "2020-08"),
        ("2019-11-20", "The company agreed to buy the lender in January.", "January", "2020-01"),
        # told as done: the last such day before the report
        ("2020-02-10", "The ministry said it had closed the camp in December.", "December", "2019-12"),
        ("2020-02-10", "Troops left the valley on Nov. 28, a spokesman said.", "Nov. 28", "2019-11-28"),
        ("2020-06-02", "Voters in the capital rejected the charter in May.", "May", "2020-05"),
    ],
)
def test_date_without_year_follows_the_tense(extract, published, sentence, expression, expected):
    assert str(time_of(extract(sentence, published=published), expression).value) == expected


@pytest.mark.parametrize(
    ("sentence", "expression", "expected"),
    [
        ("The mediators scheduled a new round of talks Thursday.", "Thursday", "2020-04-16"),
        ("Both delegations plan to meet again on Tuesday in Oslo.", "on Tuesday", "2020-04-14"),
        ("The envoy said he would fly to Kabul Wednesday.", "Wednesday", "2020-04-15"),
        ("The envoy flew to Kabul on Wednesday.", "on Wednesday", "2020-04-08"),
        ("Monitors who failed to reach the town Friday blamed the rain.", "Friday", "2020-04-10"),
    ],
)
def test_weekday_follows_the_verb_it_hangs_on(extract, sentence, expression, expected):
    assert str(time_of(extract(sentence), expression).value) == expected


# --- the dateline: a time, and the day the report was filed

def test_dateline_day_is_a_time_and_anchors_the_report(extract):
    text = ("\n\nNAIROBI, April 10 (Reuters) --\n\nThe two factions signed a truce on Thursday. "
            "Fighting resumed yesterday in the north.")
    result = extract(text, published="2020-04-11")
    assert str(time_of(result, "April 10").value) == "2020-04-10"
    assert str(time_of(result, "on Thursday").value) == "2020-04-09"
    assert str(time_of(result, "yesterday").value) == "2020-04-09"  # the day before it was filed


def test_dateline_long_before_publication_does_not_move_the_anchor(extract):
    text = "\n\nNAIROBI, March 2 (Reuters) --\n\nFighting resumed yesterday in the north."
    result = extract(text, published="2020-04-11")
    assert str(time_of(result, "yesterday").value) == "2020-04-10"


# --- a lone year or month counts where the parse reads it as a date, not as a count

@pytest.mark.parametrize(
    ("sentence", "expression", "expected"),
    [
        ("The 1994 accord gave the region its own parliament.", "1994", "1994"),
        ("Analysts cut their forecasts for 2021 after the vote.", "2021", "2021"),
        ("Exports fell sharply in fiscal 2018, the ministry said.", "2018", "2018"),
        ("Revenue for October was the lowest in a decade.", "October", "2019-10"),
        ("Police are still investigating the October killing of a judge.", "October", "2019-10"),
    ],
)
def test_lone_year_or_month_read_as_a_date(extract, sentence, expression, expected):
    assert str(time_of(extract(sentence), expression).value) == expected


@pytest.mark.parametrize(
    "sentence",
    ["About 2000 soldiers crossed the river at dawn.", "The rebels may sign the deal if the army withdraws.",
     "Thousands march through the capital every year."],
)
def test_counts_and_verbs_are_not_times(extract, sentence):
    assert extract(sentence).times == []


def test_a_year_naming_a_past_act_does_not_date_the_new_one(extract):
    result = extract("Police arrested a man on Friday over the 2012 bombing of a bus station.")
    assert str(event_of(result, "COERCE").date) == "2020-04-10"


# --- a month named with last, this or next

@pytest.mark.parametrize(
    ("published", "expression", "expected"),
    [
        ("2020-04-12", "last November", "2019-11"),
        ("2020-04-12", "last April", "2019-04"),  # this April is not over: the last one is a year back
        ("2020-04-12", "last February", "2020-02"),
        ("2020-04-12", "next March", "2021-03"),
        ("2020-04-12", "this September", "2020-09"),
    ],
)
def test_month_with_last_this_next(extract, published, expression, expected):
    result = extract(f"The council met the donors {expression} in Geneva.", published=published)
    assert str(time_of(result, expression).value) == expected


# --- years read aloud (broadcast transcripts)

@pytest.mark.parametrize(
    ("sentence", "expression", "expected"),
    [
        ("In nineteen ninety-one the mine was closed.", "nineteen ninety-one", "1991"),
        ("The verdict was overturned in nineteen eighty-eight.", "nineteen eighty-eight", "1988"),
        ("Few expected the peace to last until two thousand.", "two thousand", "2000"),
    ],
)
def test_spelled_year(extract, sentence, expression, expected):
    assert str(time_of(extract(sentence), expression).value) == expected


# --- a part of a unit, and counts of units back, are given as the unit

@pytest.mark.parametrize(
    ("sentence", "expression", "expected"),
    [
        ("Results are due in mid-November, the firm said.", "mid-November", "2020-11"),
        ("The ceasefire collapsed in early March.", "early March", "2020-03"),
        ("The border stayed shut until the end of 2018.", "end of 2018", "2018"),
        ("Food prices in the camps rose steadily until mid-2019, the agency said.", "mid-2019", "2019"),
        ("The militia disarmed two years ago.", "two years ago", "2018"),
        ("The militia disarmed a year ago.", "a year ago", "2019"),
        ("The militia disarmed five months ago.", "five months ago", "2019-11"),
    ],
)
def test_part_of_a_unit_and_units_ago(extract, sentence, expression, expected):
    assert str(time_of(extract(sentence), expression).value) == expected


@pytest.mark.parametrize(
    ("expression", "first", "last"),
    [("this week", date(2020, 4, 13), date(2020, 4, 19)), ("this month", date(2020, 4, 1), date(2020, 4, 30)),
     ("earlier this week", date(2020, 4, 13), date(2020, 4, 15))],
)
def test_this_week_is_the_whole_week(extract, expression, first, last):
    result = extract(f"Both sides have traded accusations {expression}.", published="2020-04-15")
    value = time_of(result, expression).value
    assert (value.first, value.last) == (first, last)


# --- the part of a day belongs to the day word

@pytest.mark.parametrize(
    ("sentence", "expression", "expected"),
    [
        ("The president spoke Wednesday night on state television.", "Wednesday night", "2020-04-08"),
        ("Later yesterday the army reopened the road.", "Later yesterday", "2020-04-11"),
        ("Shelling resumed yesterday morning near the airport.", "yesterday morning", "2020-04-11"),
    ],
)
def test_day_with_its_part(extract, sentence, expression, expected):
    assert str(time_of(extract(sentence), expression).value) == expected


def test_month_at_the_end_of_a_sentence_keeps_its_tense(extract):
    result = extract("The company said it expects to publish its results in November.", published="2019-10-20")
    expression = time_of(result, "November")
    assert str(expression.value) == "2019-11"
    assert not expression.text.endswith(".")
