"""Contested accounts: only between two different accounts whose sources differ and whose content
conflicts; nothing is contested with itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import event_of

from accordwatch import pipeline
from accordwatch.report.view import contests_of
from accordwatch.settings import load_settings
from accordwatch.store import open_store
from accordwatch.store.records import load_records

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("text", [
    # a spokesman's own account, with its reasons: one source, one telling
    "A spokesman for the coalition said on Twitter that its strike had hit gunmen who were attacking "
    "an army post in Kunar province.",
    "The strike hit gunmen who were attacking a police post in Zabul, the coalition's spokesman said, "
    "and he rejected talk of civilian deaths.",
    # a denial whose only content is the act denied: nobody else tells it as done
    "The Taliban denied that their fighters had attacked the convoy in Logar province on Monday.",
])
def test_one_source_telling_one_thing_is_not_contested(extract, text):
    result = extract(text)
    assert not [e for e in result.events if e.contested], [(e.category, e.contested_with) for e in result.events]


@pytest.mark.parametrize("text", [
    "The army said Taliban fighters attacked a checkpoint in Logar province on Friday. "
    "A Taliban spokesman said the report was false.",
    "Taliban fighters stormed a police post in Ghazni late on Tuesday, the interior ministry said. "
    "The Taliban denied the attack.",
])
def test_an_act_against_its_denial_in_another_sentence_is_contested_with_both_sides_named(extract, text):
    result = extract(text)
    attack = event_of(result, "ASSAULT")
    assert attack.contested
    denial_ids = {c.id for c in result.claims if c.stance in {"deny", "dispute"}}
    assert denial_ids & set(attack.contested_with)


def test_the_demo_report_has_no_contest_whose_two_sides_are_one_sentence_of_one_source(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'demo.db'}")
    pipeline.ingest(store, [ROOT / "examples" / "afghanistan-2020"])
    pipeline.extract(store, load_settings())
    with store.session() as session:
        records = load_records(session)
    store.close()
    for contest in contests_of(records.events, records.claims):
        [event] = contest.events
        for other in [*contest.sides, *contest.other_events]:
            same_sentence = other.evidence.sentence_start == event.evidence.sentence_start
            same_source = getattr(other, "speaker", None) in event.reported_by and set(
                getattr(other, "reported_by", [other.speaker])) <= set(event.reported_by)
            assert not (same_sentence and same_source), (event.evidence.sentence, other.evidence.sentence)
