"""Helpers for the extraction tests: find what a user would look for in an Extraction."""

from __future__ import annotations

from accordwatch.kb import KnowledgeBase
from accordwatch.model import Actor, Claim, Event, Extraction, Mention, Quantity, TimeExpr


def events_of(extraction: Extraction, category: str) -> list[Event]:
    return [e for e in extraction.events if e.category == category]


def event_of(extraction: Extraction, category: str) -> Event:
    """The one event of CATEGORY; fails with what was found otherwise."""
    found = events_of(extraction, category)
    assert len(found) == 1, f"expected one {category} event, got {describe(extraction)}"
    return found[0]


def describe(extraction: Extraction) -> list[str]:
    """A compact view of the events, for assertion messages."""
    return [f"{e.category}/{e.mode} {e.modality} actors={e.actors} recipients={e.recipients} "
            f"prisoners={e.prisoners} cumulative={e.cumulative} adds_to={e.adds_to} outside={e.outside_agreement} "
            f"place={e.place} date={e.date} pred={e.predicate!r}" for e in extraction.events]


def actor_names(extraction: Extraction, kb: KnowledgeBase) -> dict[str, str]:
    """Actor id -> name, for the knowledge base's actors and those first met in the document."""
    names = {actor_id: actor.name for actor_id, actor in kb.actors.items()}
    names.update({actor.id: actor.name for actor in extraction.actors})
    return names


def new_actor(extraction: Extraction, name_part: str) -> Actor:
    found = [a for a in extraction.actors if name_part in a.name]
    assert len(found) == 1, f"expected one new actor named like {name_part!r}, got {extraction.actors}"
    return found[0]


def mention_at(extraction: Extraction, text: str, needle: str, occurrence: int = 0) -> Mention:
    """The mention that starts at the OCCURRENCE-th (0-based) place NEEDLE appears in TEXT."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    found = [m for m in extraction.mentions if m.start == start]
    assert found, f"no mention at {needle!r} ({start}); mentions: {[(m.text, m.start) for m in extraction.mentions]}"
    return found[0]


def times_with(extraction: Extraction, text: str) -> list[TimeExpr]:
    return [t for t in extraction.times if t.text.lower() == text.lower()]


def time_of(extraction: Extraction, text: str) -> TimeExpr:
    found = times_with(extraction, text)
    assert len(found) == 1, f"expected one time {text!r}, got {[(t.text, str(t.value)) for t in extraction.times]}"
    return found[0]


def quantities_of(extraction: Extraction, unit: str) -> list[Quantity]:
    return [q for q in extraction.quantities if q.unit == unit]


def claims_by(extraction: Extraction, speaker: str) -> list[Claim]:
    return [c for c in extraction.claims if c.speaker == speaker]


def claim_by(extraction: Extraction, speaker: str) -> Claim:
    found = claims_by(extraction, speaker)
    assert len(found) == 1, f"expected one claim by {speaker}, got {[(c.speaker, c.quote) for c in extraction.claims]}"
    return found[0]


def asserted_releases(extraction: Extraction) -> list[Event]:
    """The releases told as done (one side's or both sides' in a swap)."""
    return [e for e in extraction.events if e.category == "RETREAT" and e.mode in {"release", "exchange"}
            and e.modality == "asserted"]


def asserted_release(extraction: Extraction) -> Event:
    """The one release told as done; fails with what was found otherwise."""
    found = asserted_releases(extraction)
    assert len(found) == 1, f"expected one asserted release, got {describe(extraction)}"
    return found[0]


def sub_types(extract, text: str) -> list[str]:
    """The ACLED sub-event types of the events extract (the fixture) finds in TEXT, in their order."""
    return [e.acled_sub_event_type for e in extract(text).events if e.acled_sub_event_type]
