"""Properties that must hold whatever the input's order or form (hypothesis): the ledger gives the same
curve for any order of its observations, never falls and stays within its target; a count reads the
same however it is written; a date reads the same in each of its usual forms."""

from __future__ import annotations

from datetime import date, timedelta

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from accordwatch.assess.ledger import PAST_TARGET, Observation, estimate
from accordwatch.extract.quantities import number_value
from accordwatch.extract.times import parse_absolute
from accordwatch.model import Event, Evidence

START = date(2022, 3, 1)
TOKENIZER = spacy.blank("en")

observation = st.builds(
    lambda n, doc, day, low, total, adds, by_report: (n, doc, day, low, total, adds, by_report),
    st.integers(0, 3), st.sampled_from(["a", "b", "c", "d"]), st.integers(0, 12), st.integers(1, 400),
    st.booleans(), st.booleans(), st.booleans())


def _observations(rows: list[tuple]) -> list[Observation]:
    out = []
    for number, (n, doc, day, low, total, adds, by_report) in enumerate(rows):
        event = Event(id=f"{doc}:e{number}-{n}", doc_id=doc, category="RETREAT",
                      evidence=Evidence(doc, 0, 1, "x", f"{doc} {number}", 0))
        out.append(Observation(event, START + timedelta(days=day), low, low, total, adds_to=adds,
                               dated_by_report=by_report))
    return out


def _shape(curve) -> list:
    return [(p.day, p.value, p.high, sorted(o.event.id for o in p.sources), p.disagreements) for p in curve.points] + [
        sorted((o.observation.event.id, o.reason) for o in curve.outliers)]


@settings(max_examples=150, deadline=None)
@given(st.lists(observation, max_size=14), st.one_of(st.none(), st.integers(50, 2000)), st.randoms())
def test_the_ledger_is_the_same_for_any_order_of_its_observations(rows, cap, rng):
    observations = _observations(rows)
    shuffled = observations[:]
    rng.shuffle(shuffled)
    assert _shape(estimate(shuffled, cap)) == _shape(estimate(observations, cap))


@settings(max_examples=150, deadline=None)
@given(st.lists(observation, max_size=14), st.one_of(st.none(), st.integers(50, 2000)))
def test_the_ledger_never_falls_and_stays_within_its_target(rows, cap):
    curve = estimate(_observations(rows), cap)
    values = [p.value for p in curve.points]
    assert values == sorted(values)
    assert all(p.value <= p.high for p in curve.points)
    if cap is not None:
        assert all(p.value <= int(cap * (1 + PAST_TARGET)) for p in curve.points)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 999_999))
def test_a_count_reads_the_same_with_or_without_thousands_separators(value):
    plain = number_value(list(TOKENIZER(str(value))))
    grouped = number_value(list(TOKENIZER(f"{value:,}")))
    assert plain == grouped == value


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)))
def test_a_full_date_reads_the_same_in_each_usual_form(day):
    month = day.strftime("%B")
    forms = [f"{month} {day.day}, {day.year}", f"{day.day} {month} {day.year}", f"{month[:3]}. {day.day}, {day.year}",
             f"{day.day} {month[:3]} {day.year}"]
    if month == "May":
        forms = forms[:2]  # "May." is not an abbreviation
    anchor = date(2031, 1, 1)
    assert {parse_absolute(form, anchor) for form in forms} == {day}
