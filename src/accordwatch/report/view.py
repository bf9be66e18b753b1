"""The data both reports show, built once: provisions, contested accounts, events and claims."""

from __future__ import annotations

from dataclasses import dataclass, field

from accordwatch.assess import Assessment
from accordwatch.model import Actor, Claim, Document, Event, Place

STANCE_SIDES = {"deny", "dispute", "accuse"}


@dataclass(slots=True)
class Contest:
    """An item told two ways: one account (an event) against the other (events or claims of other
    sentences and other sources), each with its sentence."""

    about: str
    events: list[Event]
    sides: list[Claim] = field(default_factory=list)
    other_events: list[Event] = field(default_factory=list)


@dataclass(slots=True)
class Names:
    """How a report names actors and places: their names, or their ids when unknown."""

    actors: dict[str, Actor]
    places: dict[str, Place] = field(default_factory=dict)

    def name(self, actor_id: str | None) -> str:
        if actor_id is None:
            return "?"
        actor = self.actors.get(actor_id)
        return actor.name if actor else actor_id

    def place(self, place_id: str | None) -> str:
        if place_id is None:
            return ""
        place = self.places.get(place_id)
        return f"{place.name} ({place.kind})" if place else place_id

    def names(self, actor_ids: list[str]) -> str:
        return ", ".join(self.name(a) for a in actor_ids) or "-"


@dataclass(slots=True)
class ReportView(Names):
    """Everything a page shows at once (the web app holds the loaded store)."""

    assessment: Assessment | None = None
    documents: list[Document] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    contests: list[Contest] = field(default_factory=list)


def contests_of(events: list[Event], claims: list[Claim]) -> list[Contest]:
    """One contest per pair of accounts (the extraction names each account's other side)."""
    by_id: dict[str, Event | Claim] = {e.id: e for e in events}
    by_id.update({c.id: c for c in claims})
    contests: list[Contest] = []
    shown: set[frozenset[str]] = set()
    for event in events:
        if not event.contested:
            continue
        others = [by_id[i] for i in event.contested_with if i in by_id]
        pairs = {frozenset({event.id, o.id}) for o in others}
        if pairs and pairs <= shown:
            continue
        shown |= pairs
        sides = [o for o in others if isinstance(o, Claim)]
        other_events = [o for o in others if isinstance(o, Event)]
        about = "denied" if any(c.stance == "deny" for c in sides) else (
            "disputed" if any(c.stance == "dispute" for c in sides) else "competing accounts")
        contests.append(Contest(about, [event], sides, other_events))
    return contests


def build_view(assessment: Assessment | None, documents: list[Document], events: list[Event],
               claims: list[Claim], actors: dict[str, Actor], places: dict[str, Place] | None = None) -> ReportView:
    return ReportView(actors, places or {}, assessment, documents, events, claims, contests_of(events, claims))
