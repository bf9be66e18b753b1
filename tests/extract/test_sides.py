"""Whose release it is: the side that frees, never the side that tells it. A party reporting that
detainees were freed is not thereby the one that freed them."""

from __future__ import annotations

import pytest
from extract_helpers import describe, events_of


@pytest.mark.parametrize("text", [
    "Taliban officials said 86 detainees were freed on Tuesday.",
    "According to Taliban sources, 86 prisoners were released from Bagram on Tuesday.",
    "86 detainees have been set free, a Taliban spokesman told reporters on Tuesday.",
])
def test_a_release_told_by_a_party_is_not_that_partys_release(extract, text):
    releases = [e for e in events_of(extract(text), "RETREAT") if e.mode == "release"]
    assert not any("taliban" in e.actors for e in releases), describe(extract(text))


@pytest.mark.parametrize(("text", "doer"), [
    ("The Taliban said the Afghan government had freed 86 of their fighters on Tuesday.", "afg_gov"),
    ("A Taliban spokesman said 86 Taliban prisoners were freed by the Afghan government on Tuesday.", "afg_gov"),
    ("The Afghan government said the Taliban released 20 soldiers in Kandahar on Sunday.", "taliban"),
])
def test_the_doer_named_in_what_a_party_says_is_the_doer(extract, text, doer):
    releases = [e for e in events_of(extract(text), "RETREAT") if e.mode == "release"]
    assert releases and all(e.actors == [doer] for e in releases), describe(extract(text))


def test_prisoners_named_as_the_other_sides_freed_by_the_reporting_party_are_its_release(extract):
    result = extract("4,000 Taliban prisoners have been freed so far, the Afghan government said on Monday.")
    [release] = [e for e in events_of(result, "RETREAT") if e.mode == "release"]
    assert release.actors == ["afg_gov"] and release.cumulative
