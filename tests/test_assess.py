"""Assessment: hand-made events held against a small agreement of our own; statuses as of a date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from accordwatch.agreements import Agreement, load_agreement
from accordwatch.assess import ProvisionStatus, assess_agreement
from accordwatch.model import MODALITIES, Actor, DateValue, Event, Evidence

AGREEMENT = """\
id: faryab-swap
title: Faryab prisoner exchange understanding
signed: 2021-05-10
parties:
  - {id: council, actor: faryab_council}
  - {id: militia, actor: north_militia}
triggers:
  - id: talks_open
    description: Direct talks between the council and the militia open
    fired_by: {category: CONSULT, actors: [council, militia], all_actors: true}
provisions:
  - id: council_release
    text: The council frees 300 militia fighters by 9 June 2021
    obligated: council
    beneficiary: militia
    counts: {category: RETREAT, mode: release, actors: [council], recipients: [militia], field: prisoners}
    target: {value: 300, kind: up_to, unit: prisoners}
    deadline: {date: 2021-06-09}
  - id: militia_release
    text: The militia frees 50 hostages within 14 days after talks open
    obligated: militia
    counts: {category: RETREAT, mode: release, actors: [militia], field: prisoners}
    target: {value: 50}
    deadline: {days_after: 14, after: talks_open}
  - id: ceasefire
    text: The militia makes no attacks on council forces
    kind: violation
    obligated: militia
    breached_by:
      - {category: ASSAULT, actors: [militia], recipients: [council]}
"""
COUNCIL, MILITIA = "faryab_council", "north_militia"
DEADLINE = date(2021, 6, 9)


@pytest.fixture
def agreement(tmp_path: Path) -> Agreement:
    path = tmp_path / "faryab-swap.yaml"
    path.write_text(AGREEMENT, encoding="utf-8")
    return load_agreement(path)


def event(doc_id: str, number: int, category: str, day: date | DateValue | None, *, actors: list[str],
          recipients: list[str] | None = None, mode: str | None = None, **fields) -> Event:
    sentence = f"Report {doc_id}: officials described the {category.lower()} in Maimana."
    when = DateValue.day(day) if isinstance(day, date) else day
    return Event(id=f"{doc_id}-e{number}", doc_id=doc_id, category=category, mode=mode,
                 evidence=Evidence(doc_id, 0, 6, sentence[:6], sentence, 0), actors=actors,
                 recipients=recipients or [], date=when, **fields)


def release(doc_id: str, day: date | DateValue | None, prisoners: int, number: int = 1, **fields) -> Event:
    """The council frees PRISONERS militia fighters on DAY, as told by DOC_ID."""
    return event(doc_id, number, "RETREAT", day, actors=[COUNCIL], recipients=[MILITIA], mode="release",
                 prisoners=prisoners, **fields)


def assess(agreement: Agreement, events: list[Event], as_of: date, provision: str = "council_release",
           published: dict[str, date | None] | None = None, actors: dict[str, Actor] | None = None,
           ) -> ProvisionStatus:
    result = assess_agreement(agreement, events, [], actors or {}, as_of, published or {})
    return next(s for s in result.provisions if s.provision.id == provision)


# ------------------------------------------------------------------------------ status by progress and date


def test_nothing_reported(agreement):
    status = assess(agreement, [], date(2021, 5, 20))
    assert (status.status, status.reported_done, status.target) == ("no_reports", 0, 300)
    assert status.deadline == DEADLINE
    assert status.days_late is None
    assert status.links == []


def test_partial_progress_before_the_deadline_is_on_track(agreement):
    status = assess(agreement, [release("a", date(2021, 5, 15), 120)], date(2021, 5, 20))
    assert (status.status, status.reported_done, status.days_late) == ("on_track", 120, None)
    assert [link.event.id for link in status.links] == ["a-e1"]


def test_partial_progress_after_the_deadline_is_behind(agreement):
    status = assess(agreement, [release("a", date(2021, 5, 15), 120)], date(2021, 6, 19))
    assert (status.status, status.reported_done) == ("behind", 120)
    assert status.days_late == 10


def test_target_reached_is_done_and_not_late(agreement):
    events = [release("a", date(2021, 5, 15), 200), release("b", date(2021, 6, 20), 100)]
    assert assess(agreement, events, date(2021, 6, 1)).status == "on_track"
    status = assess(agreement, events, date(2021, 6, 25))
    assert (status.status, status.reported_done, status.days_late) == ("done", 300, None)


# ------------------------------------------------------------------------------ counting once


def test_two_reports_of_one_release_count_once(agreement):
    events = [release("wire", date(2021, 5, 15), 120), release("daily", date(2021, 5, 15), 120)]
    status = assess(agreement, events, date(2021, 5, 20))
    assert status.reported_done == 120
    assert sorted(o.doc_id for o in status.point.sources) == ["daily", "wire"]
    assert status.spread is None


def test_same_count_on_different_days_is_two_releases(agreement):
    events = [release("wire", date(2021, 5, 15), 120), release("daily", date(2021, 5, 16), 120)]
    status = assess(agreement, events, date(2021, 5, 20))
    assert status.reported_done == 240
    assert [(p.day.day, p.value) for p in status.curve.points] == [(15, 120), (16, 240)]


@pytest.mark.parametrize(
    ("total", "expected"),
    [(250, 250),  # the running total knows of more than the increments reported
     (150, 150)],  # the increments add up to more than the total after them: they fill it, never pass it
    ids=["total-wins", "total-caps-the-acts-before-it"],
)
def test_running_total_and_increments_reconcile(agreement, total, expected):
    events = [release("a", date(2021, 5, 12), 100), release("b", date(2021, 5, 13), 100),
              release("c", date(2021, 5, 20), total, cumulative=True)]
    status = assess(agreement, events, date(2021, 5, 21))
    assert status.reported_done == expected
    assert [p.value for p in status.curve.points] == [100, min(200, total), expected]
    assert status.curve.points[-1].by_total


def test_disagreeing_counts_for_one_release_use_the_lowest_and_keep_the_spread(agreement):
    events = [release("government", date(2021, 5, 15), 150), release("militia-site", date(2021, 5, 15), 120)]
    status = assess(agreement, events, date(2021, 5, 20))
    assert status.reported_done == 120
    assert status.spread == (120, 150)
    [point] = status.curve.points
    assert point.band == (120, 150)
    assert status.to_json()["spread"] == [120, 150]
    assert point.disagreements  # said plainly, with both figures and their sources
    assert "120 (militia-site)" in point.disagreements[0] and "150 (government)" in point.disagreements[0]


# ------------------------------------------------------------------------------ what does not count


@pytest.mark.parametrize("modality", [m for m in MODALITIES if m != "asserted"])
def test_events_not_told_as_fact_do_not_count(agreement, modality):
    events = [release("a", date(2021, 5, 15), 300, modality=modality)]
    status = assess(agreement, events, date(2021, 5, 20))
    assert (status.status, status.reported_done, status.links) == ("no_reports", 0, [])


@pytest.mark.parametrize("flag", ["negated", "historical"])
def test_negated_and_background_events_do_not_count(agreement, flag):
    status = assess(agreement, [release("a", date(2021, 5, 15), 300, **{flag: True})], date(2021, 5, 20))
    assert status.reported_done == 0


def test_a_report_published_after_the_as_of_date_does_not_count(agreement):
    events = [release("late-report", date(2021, 5, 15), 120)]
    published = {"late-report": date(2021, 5, 25)}
    assert assess(agreement, events, date(2021, 5, 20), published=published).reported_done == 0
    assert assess(agreement, events, date(2021, 5, 25), published=published).reported_done == 120


def test_an_event_dated_after_the_as_of_date_does_not_count(agreement):
    events = [release("a", date(2021, 5, 22), 120)]
    assert assess(agreement, events, date(2021, 5, 20)).reported_done == 0
    assert assess(agreement, events, date(2021, 5, 22)).reported_done == 120


def test_other_parties_and_other_acts_do_not_count(agreement):
    events = [
        event("a", 1, "RETREAT", date(2021, 5, 15), actors=[MILITIA], recipients=[COUNCIL], mode="release",
              prisoners=40),  # the other side's release
        event("a", 2, "RETREAT", date(2021, 5, 15), actors=[COUNCIL], recipients=[MILITIA], mode="withdraw",
              prisoners=40),  # another kind of retreat
        event("a", 3, "COERCE", date(2021, 5, 15), actors=[COUNCIL], recipients=[MILITIA], prisoners=40),
    ]
    assert assess(agreement, events, date(2021, 5, 20)).reported_done == 0


def test_a_spokesman_acts_for_his_organisation(agreement):
    spokesman = Actor("person_hamid_rahimi", "Hamid Rahimi", "person", affiliation=COUNCIL)
    events = [event("a", 1, "RETREAT", date(2021, 5, 15), actors=[spokesman.id], recipients=[MILITIA],
                    mode="release", prisoners=60)]
    status = assess(agreement, events, date(2021, 5, 20), actors={spokesman.id: spokesman})
    assert status.reported_done == 60
    assert assess(agreement, events, date(2021, 5, 20)).reported_done == 0  # without knowing who he works for


# ------------------------------------------------------------------------------ triggers


def talks(doc_id: str, day: date, actors: list[str], **fields) -> Event:
    return event(doc_id, 9, "CONSULT", day, actors=actors, **fields)


def hostages(doc_id: str, day: date, prisoners: int) -> Event:
    return event(doc_id, 1, "RETREAT", day, actors=[MILITIA], recipients=[COUNCIL], mode="release",
                 prisoners=prisoners)


def test_relative_deadline_is_not_started_until_the_trigger_fires(agreement):
    as_of = date(2021, 6, 20)
    status = assess(agreement, [], as_of, provision="militia_release")
    assert (status.status, status.deadline, status.days_late) == ("not_started", None, None)

    # one side alone, or talks only planned, do not open the talks
    not_yet = [talks("a", date(2021, 6, 1), [MILITIA]),
               talks("b", date(2021, 6, 1), [COUNCIL, MILITIA], modality="planned")]
    assert assess(agreement, not_yet, as_of, provision="militia_release").status == "not_started"

    opened = [talks("c", date(2021, 6, 1), [COUNCIL, MILITIA])]
    status = assess(agreement, opened, as_of, provision="militia_release")
    assert status.deadline == date(2021, 6, 15)
    assert status.status == "no_reports"

    status = assess(agreement, [*opened, hostages("d", date(2021, 6, 10), 20)], as_of, provision="militia_release")
    assert (status.status, status.reported_done, status.days_late) == ("behind", 20, 5)
    result = assess_agreement(agreement, opened, [], {}, as_of, {})
    assert result.triggers == {"talks_open": date(2021, 6, 1)}


# ------------------------------------------------------------------------------ disputes and violations


def test_a_contested_linked_event_makes_the_provision_disputed(agreement):
    plain = [release("a", date(2021, 5, 15), 120)]
    assert assess(agreement, plain, date(2021, 5, 20)).disputed is False
    contested = [release("a", date(2021, 5, 15), 120, contested=True)]
    status = assess(agreement, contested, date(2021, 5, 20))
    assert status.disputed is True
    assert status.reported_done == 120


def attack(doc_id: str, day: date, **fields) -> Event:
    return event(doc_id, 5, "ASSAULT", day, actors=[MILITIA], recipients=[COUNCIL], dead=3, **fields)


def test_an_asserted_breach_violates_the_provision(agreement):
    status = assess(agreement, [attack("a", date(2021, 5, 18))], date(2021, 5, 20), provision="ceasefire")
    assert status.status == "violated"
    assert [link.event.id for link in status.breaches] == ["a-e5"]


def test_an_alleged_breach_is_not_a_violation(agreement):
    events = [attack("a", date(2021, 5, 18), modality="alleged", contested=True)]
    status = assess(agreement, events, date(2021, 5, 20), provision="ceasefire")
    assert status.status != "violated"
    assert [link.event.id for link in status.breaches] == ["a-e5"]
    assert status.disputed is True


def test_no_breach_before_signing_or_from_the_other_side(agreement):
    events = [attack("a", date(2021, 5, 1)),  # before the agreement was signed
              event("b", 1, "ASSAULT", date(2021, 5, 18), actors=[COUNCIL], recipients=[MILITIA])]
    status = assess(agreement, events, date(2021, 5, 20), provision="ceasefire")
    assert status.status == "no_reports"
    assert status.breaches == []


def test_talks_on_another_matter_do_not_open_the_negotiations(agreement, tmp_path):
    path = tmp_path / "topical.yaml"
    path.write_text(AGREEMENT.replace("all_actors: true}", "all_actors: true, not_about: [prisoners]}"),
                    encoding="utf-8")
    topical = load_agreement(path)

    def talks(doc_id: str, day: date, sentence: str) -> Event:
        told = event(doc_id, 1, "CONSULT", day, actors=[COUNCIL, MILITIA])
        told.evidence = Evidence(doc_id, 0, 5, sentence[:5], sentence, 0)
        return told

    swap_talks = talks("d1", date(2021, 5, 20), "The two sides held talks on the exchange of prisoners.")
    political = talks("d2", date(2021, 6, 2), "The two sides opened talks on a political settlement.")
    result = assess_agreement(topical, [swap_talks, political], [], {}, date(2021, 6, 5), {})
    assert result.triggers == {"talks_open": date(2021, 6, 2)}


# ------------------------------------------------------------------------------ whose people a state's name is

CIVIL_WAR = """\
id: kivu-swap
title: Kivu prisoner swap between the Congolese government and the M23 rebels
signed: 2021-05-10
parties:
  - {id: kinshasa, actor: cod_gov}
  - {id: m23, actor: m23_rebels}
provisions:
  - id: rebel_release
    text: The rebels free 100 government soldiers and 20 Rwandan nationals
    obligated: m23
    beneficiary: kinshasa
    counts: {category: RETREAT, mode: release, actors: [m23], recipients: [kinshasa, rwa_gov], field: prisoners}
    target: {value: 120, kind: exact, unit: prisoners}
"""


@pytest.mark.parametrize(("freed", "counted"), [
    ("rwa", 20),  # "20 Rwandans": a foreign state's people are its government's side
    ("cod", 0),   # "Congolese detainees": both sides of a civil war are Congolese, so nobody's side
])
def test_a_states_people_stand_for_its_government_unless_both_sides_are_of_it(tmp_path, freed, counted):
    path = tmp_path / "kivu.yaml"
    path.write_text(CIVIL_WAR, encoding="utf-8")
    agreement = load_agreement(path)
    actors = {
        "m23_rebels": Actor("m23_rebels", "M23", "armed_group", country="COD"),
        "cod": Actor("cod", "Democratic Republic of the Congo", "state", country="COD"),
        "cod_gov": Actor("cod_gov", "Government of the DRC", "government", affiliation="cod", country="COD"),
        "rwa": Actor("rwa", "Rwanda", "state", country="RWA"),
        "rwa_gov": Actor("rwa_gov", "Government of Rwanda", "government", affiliation="rwa", country="RWA"),
    }
    events = [event("a", 1, "RETREAT", date(2021, 5, 15), actors=["m23_rebels"], recipients=[freed],
                    mode="release", prisoners=20)]
    result = assess_agreement(agreement, events, [], actors, date(2021, 5, 20), {})
    assert result.provisions[0].reported_done == counted
