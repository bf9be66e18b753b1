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
