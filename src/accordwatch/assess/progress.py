"""Assessment: events linked to provisions (each link with its reason), counted once, and a status
as of a date.

Counting rules (DESIGN.md: progress counts events, not articles):
- only events reported on or before the as-of date, told as fact (asserted), not background;
- two reports of one act (same category and parties, overlapping dates, same count) are one;
- a running total ("1,000 released so far") and increments reconcile: progress is the larger of
  the sum of distinct increments and the highest total; where reports of one act disagree on the
  count, the lowest (most conservative) figure is used and the spread is kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from sys import intern

from accordwatch.agreements import Agreement, Provision, deadline_of
from accordwatch.agreements.schema import EventPattern
from accordwatch.assess.kept import Keeper, LinkedEvent
from accordwatch.assess.ledger import PAST_TARGET, Curve, Observation, Point, estimate
from accordwatch.model import Actor, Claim, Event

COUNT_FIELD = {"prisoners": "prisoners", "dead": "dead", "injured": "injured", "size": "size",
               "arrested": "arrested"}


@dataclass(slots=True)
class Link:
    event: Event | LinkedEvent  # as the assessment keeps it (kept.py)
    reason: str
    alleged: bool = False  # a breach one side alleges (an accusation, an act told by its accuser), not established


@dataclass(slots=True)
class BreachTally:
    """Alleged (and established) breaches of one provision by one party in one month, with both sides."""

    party: str
    month: str
    alleged: int = 0
    established: int = 0
    events: list[str] = field(default_factory=list)
    answered_by: list[str] = field(default_factory=list)  # denials and rejections of them (event or claim ids)

    def to_json(self) -> dict:
        return {"party": self.party, "month": self.month, "alleged": self.alleged, "established": self.established,
                "events": self.events, "denied_or_disputed_by": self.answered_by}


@dataclass(slots=True)
class ProvisionStatus:
    provision: Provision
    status: str
    reported_done: int
    target: int | None
    deadline: date | None
    days_late: int | None
    disputed: bool
    as_of: date
    links: list[Link] = field(default_factory=list)
    curve: Curve = field(default_factory=Curve)
    spread: tuple[int, int] | None = None  # the band (lowest-highest supported) when it is not one figure
    breaches: list[Link] = field(default_factory=list)
    not_counted: list[Link] = field(default_factory=list)  # linked, but not progress (why in the reason)
    breach_tallies: list[BreachTally] = field(default_factory=list)

    @property
    def point(self) -> Point | None:
        return self.curve.at(self.as_of)

    def to_json(self) -> dict:
        return {
            "id": self.provision.id, "text": self.provision.text, "target": self.target,
            "reported_done": self.reported_done, "status": self.status, "disputed": self.disputed,
            "deadline": self.deadline.isoformat() if self.deadline else None, "days_late": self.days_late,
            "as_of": self.as_of.isoformat(), "spread": list(self.spread) if self.spread else None,
            "events": [link.event.id for link in self.links],
            "links": [{"event": link.event.id, "reason": link.reason} for link in self.links + self.breaches],
            "breaches": [link.event.id for link in self.breaches],
            "alleged_breaches": [t.to_json() for t in self.breach_tallies],
            "band": list(self.point.band) if self.point else None,
            "sources": _sources(self.point.sources) if self.point else [],
            "disagreements": self.point.disagreements if self.point else [],
            "timeline": [{"date": p.day.isoformat(), "value": p.value, "low": p.value, "high": p.high,
                          "by_total": p.by_total, "sources": _sources(p.sources),
                          "disagreements": p.disagreements} for p in self.curve.points],
            "outliers": [{"event": o.observation.event.id, "doc_id": o.observation.doc_id,
                          "value": o.observation.low, "reason": o.reason} for o in self.curve.outliers],
            "not_counted": [{"event": link.event.id, "reason": link.reason} for link in self.not_counted],
        }


def _sources(observations: list[Observation]) -> list[dict]:
    return [{"event": o.event.id, "doc_id": o.doc_id, "day": o.day.isoformat(), "value": o.low,
             "total": o.total, "sentence": o.event.evidence.sentence or o.event.evidence.text,
             "start": o.event.evidence.start, "end": o.event.evidence.end,
             **({"reviewed": o.event.review["action"]} if o.event.review else {})} for o in observations]


@dataclass(slots=True)
class Assessment:
    agreement: Agreement
    as_of: date
    provisions: list[ProvisionStatus]
    triggers: dict[str, date]


class ActorIndex:
    """Who belongs to whom: a person to their organisation, a ministry to its government."""

    def __init__(self, actors: dict[str, Actor], divided: set[str] | None = None) -> None:
        self.actors = actors
        # states whose people are on both sides (a civil war's: "Yemeni detainees" are nobody's in
        # particular): they do not stand for their government
        self.divided = divided or set()

    def lineage(self, actor_id: str) -> set[str]:
        out, current = set(), actor_id
        for _ in range(5):
            if current in out:
                break
            out.add(current)
            actor = self.actors.get(current)
            if actor is None or not actor.affiliation:
                break
            current = actor.affiliation
        return out

    def matches(self, actor_ids: list[str], wanted: set[str]) -> bool:
        """Whether any of ACTOR_IDS is (or belongs to) one of WANTED; a state ("Saudi Arabia freed",
        "16 Saudis") stands for its own government and forces."""
        if any(self.lineage(a) & wanted for a in actor_ids):
            return True
        states = {a for a in actor_ids if (actor := self.actors.get(a)) is not None and actor.kind == "state"
                  and actor.id not in self.divided}
        return bool(states) and any(self.lineage(w) & states for w in wanted)


def _expand(agreement: Agreement, names: list[str]) -> set[str]:
    return {agreement.party_actor(n) for n in names}


def _facilitators(agreement: Agreement) -> set[str]:
    """Parties that carry an agreement out for others (a mediator flying detainees) but release nobody."""
    return {p.actor for p in agreement.parties if p.role in {"witness", "guarantor"}}


def _sides(agreement: Agreement, pattern: EventPattern) -> tuple[set[str], set[str]]:
    return _expand(agreement, pattern.actors), _expand(agreement, pattern.recipients)


def event_matches(agreement: Agreement, pattern: EventPattern, event: Event, index: ActorIndex) -> str | None:
    """Why EVENT counts toward PATTERN, or None when it does not."""
    if event.category != pattern.category:
        return None
    if pattern.mode and event.mode != pattern.mode:
        return None
    actors, recipients = _sides(agreement, pattern)
    doers = [a for a in event.actors if not index.matches([a], _facilitators(agreement))]
    implied_by = ""
    if pattern.all_actors:
        if not all(index.matches(event.actors, {a}) for a in actors):
            return None
    elif actors and not index.matches(doers, actors):
        # in an exchange, the side holding the other side's people is the one that frees them: a release
        # that names no party as its doer but whose freed people are the beneficiary's is the obligated side's
        if doers:  # someone else did it (a third state, a person of no known side): not this side's act
            return None
        if not (recipients and event.recipients and index.matches(event.recipients, recipients)):
            return None
        implied_by = " (by the obligated side: the freed are the beneficiary's people)"
    if actors and recipients and not pattern.all_actors and index.matches(doers, recipients) \
            and index.matches(doers, actors):
        return None  # both sides together ("the two sides swapped 320"): the figure is neither side's
    implied = pattern.recipients_implied and not event.recipients
    if recipients and not implied and not index.matches(event.recipients, recipients):
        return None
    if recipients and event.recipients and actors and index.matches(event.recipients, actors) \
            and not index.matches(event.recipients, recipients):
        return None
    if pattern.not_about and re.search(r"\b(" + "|".join(map(re.escape, pattern.not_about)) + r")\b",
                                       event.evidence.sentence or event.evidence.text, re.I):
        return None  # "talks on the release of prisoners" are not the negotiations the clause means
    who = ", ".join(event.actors) or "no named party"
    to = f" to {', '.join(event.recipients)}" if event.recipients else " (recipients implied by the provision)"
    return f"{event.category}/{event.mode or '-'} by {who}{to}{implied_by} matches the provision's counted events"


def _counted(event: Event, as_of: date, published: date | None) -> bool:
    if published is not None and published > as_of:
        return False
    if event.date is not None and event.date.first > as_of:
        return False
    return event.modality == "asserted" and not event.negated


def _value(event: Event, field_name: str) -> int | None:
    if field_name == "events":
        return 1
    return getattr(event, COUNT_FIELD.get(field_name, field_name), None)


def observation_of(event: Event, field_name: str, published: date | None,
                   story: str | None = None) -> Observation | None:
    """EVENT as an observation of the provision's curve, or None when it gives no usable count (a vague
    word such as "hundreds" is a lower bound for tallies, not a figure to build a ledger on)."""
    value = _value(event, field_name)
    if value is None or COUNT_FIELD.get(field_name, field_name) in event.vague_counts:
        return None
    if event.date is not None:
        day = event.date.last if published is None else min(event.date.last, max(event.date.first, published))
    elif published is not None:
        day = published
    else:
        return None  # neither the text nor the report gives a day: nothing to place on the curve
    since = event.date.first if event.date is not None and event.date.first < day else None
    return Observation(event, day, value, value, event.cumulative, adds_to=event.adds_to,
                       dated_by_report=event.date is None or event.date_basis == "publication",
                       since=None if event.cumulative else since, story=story)


def _cap(provision: Provision) -> int | None:
    """The most a count can reach: an exact or "up to" target (a list of names); "at least" has none."""
    target = provision.target
    if target is None or target.kind not in {"exact", "up_to"}:
        return None
    return target.value


@dataclass(slots=True)
class _Linked:
    """What one provision keeps of the events read so far: its links with their observations, its
    breaches, and the matches that are no progress (nothing of the events that match nothing)."""

    links: list[Link] = field(default_factory=list)
    observations: list[Observation] = field(default_factory=list)
    breaches: list[Link] = field(default_factory=list)
    not_counted: list[Link] = field(default_factory=list)


def _link(agreement: Agreement, provision: Provision, event: Event, index: ActorIndex, as_of: date,
          published: date | None, story: str | None, linked: _Linked, keeper: Keeper) -> None:
    """EVENT (of a report published by AS_OF) linked to PROVISION as progress, no progress or a breach."""
    if provision.counts is not None and (reason := event_matches(agreement, provision.counts, event, index)):
        why_not = _not_progress(event, as_of)
        if why_not is None:
            obs = observation_of(event, provision.counts.field, published, story)
            if obs is not None:
                obs = replace(obs, event=keeper.keep(event, sentence=True))
                linked.observations.append(obs)
            linked.links.append(Link(obs.event if obs else keeper.keep(event), intern(reason)))
        else:
            linked.not_counted.append(Link(keeper.keep(event), intern(f"{reason}; not counted: {why_not}")))
    if provision.kind == "violation" and (event.date is None or event.date.first >= agreement.signed):
        breach = breach_of(agreement, provision, event, index)
        if breach is not None:
            linked.breaches.append(replace(breach, event=keeper.keep(breach.event), reason=intern(breach.reason)))


def _provision_status(agreement: Agreement, provision: Provision, linked: _Linked, index: ActorIndex,
                      as_of: date, fired: dict[str, date]) -> ProvisionStatus:
    deadline = deadline_of(agreement, provision, fired)
    links, breaches = linked.links, linked.breaches
    curve = estimate(linked.observations, _cap(provision),
                     provision.target.past_target if provision.target else PAST_TARGET)
    point = curve.at(as_of)
    done = point.value if point else 0
    spread = point.band if point and point.high != point.value else None
    target = provision.target.value if provision.target else None
    disputed = any(link.event.contested for link in links + breaches) or bool(point and point.disagreements)
    status = _status(provision, done, target, deadline, as_of, fired, breaches)
    days_late = (as_of - deadline).days if deadline and as_of > deadline and status not in {"done"} else None
    return ProvisionStatus(provision, status, done, target, deadline, days_late, disputed, as_of, links, curve,
                           spread, breaches, linked.not_counted, breach_tallies(agreement, breaches, index))


class AgreementTally:
    """The assessment of an agreement as of a day, built a batch of events at a time (in the store's
    order): each event is held against the triggers and provisions as it is read and kept only where
    it links, so memory holds what the provisions show, not every event of their categories."""

    def __init__(self, agreement: Agreement, actors: dict[str, Actor], as_of: date) -> None:
        self.agreement, self.as_of = agreement, as_of
        self.index = ActorIndex(actors, _divided_states(agreement, actors))
        self.fired: dict[str, date] = {}
        self.linked = [_Linked() for _ in agreement.provisions]
        self.keeper = Keeper()

    def add(self, events: Iterable[Event], published: dict[str, date | None],
            stories: dict[str, str] | None = None) -> None:
        """EVENTS with their documents' PUBLISHED days and STORIES (the first document of each
        document's story: documents of one story are one source)."""
        stories = stories or {}
        for event in events:
            if not _counted_report(event, self.as_of, published):
                continue  # reported after the as-of day: nothing yet
            day = published.get(event.doc_id)
            self._fire(event, day)
            for provision, linked in zip(self.agreement.provisions, self.linked, strict=True):
                _link(self.agreement, provision, event, self.index, self.as_of, day, stories.get(event.doc_id),
                      linked, self.keeper)

    def _fire(self, event: Event, published: date | None) -> None:
        if event.historical or not _counted(event, self.as_of, published):
            return
        # an undated report fired the trigger no later than the day it was published
        day = event.date.first if event.date is not None else published
        if day is None:
            return
        for trigger in self.agreement.triggers:
            if (trigger.id not in self.fired or day < self.fired[trigger.id]) \
                    and event_matches(self.agreement, trigger.fired_by, event, self.index):
                self.fired[trigger.id] = day

    def assessment(self) -> Assessment:
        fired = {t.id: self.fired[t.id] for t in self.agreement.triggers if t.id in self.fired}
        statuses = [_provision_status(self.agreement, p, linked, self.index, self.as_of, fired)
                    for p, linked in zip(self.agreement.provisions, self.linked, strict=True)]
        return Assessment(self.agreement, self.as_of, statuses, fired)


def breach_of(agreement: Agreement, provision: Provision, event: Event, index: ActorIndex) -> Link | None:
    """Why EVENT is a breach (established or alleged) of the violation provision, or None: an act the
    provision forbids, or an accusation that its obligated party broke the agreement."""
    if event.category == "ACCUSE" and event.mode == "violation" and event.modality == "asserted" \
            and index.matches(event.recipients, {agreement.party_actor(provision.obligated)}):
        who = ", ".join(event.actors) or "a source"
        return Link(event, f"alleged breach: {who} accuses {', '.join(event.recipients)} of breaking the agreement",
                    alleged=True)
    if event.modality not in {"asserted", "alleged"}:
        return None
    for pattern in provision.breached_by:
        reason = event_matches(agreement, pattern, event, index)
        if reason is None and event.modality == "alleged" and not event.recipients:
            # "the Taliban said US drones struck": an attack told by its accuser is on the accuser
            reason = event_matches(agreement, pattern, replace(event, recipients=list(event.reported_by)), index)
        if reason:
            alleged = event.modality == "alleged"
            return Link(event, f"{'alleged ' if alleged else ''}breach: {reason} ({event.modality})", alleged=alleged)
    return None


def breach_tallies(agreement: Agreement, breaches: list[Link], index: ActorIndex) -> list[BreachTally]:
    """Breaches counted per accused party and month, each with what answers it (a denial, a rejection)."""
    tallies: dict[tuple[str, str], BreachTally] = {}
    for link in sorted(breaches, key=lambda b: (b.event.date.first if b.event.date else date.min, b.event.id)):
        event = link.event
        accused = event.recipients if event.category == "ACCUSE" else event.actors
        party = next((p.id for p in agreement.parties if index.matches(accused, {p.actor})), None) \
            or (accused[0] if accused else "?")
        month = event.date.first.strftime("%Y-%m") if event.date else "undated"
        tally = tallies.setdefault((party, month), BreachTally(party, month))
        if link.alleged:
            tally.alleged += 1
        else:
            tally.established += 1
        tally.events.append(event.id)
        tally.answered_by += [i for i in event.contested_with if i not in tally.answered_by]
    return list(tallies.values())


def _not_progress(event: Event, as_of: date) -> str | None:
    """Why a matching event is no progress: a term, plan or allegation, background, outside the deal."""
    if event.modality != "asserted":
        return f"told as {event.modality}, not as done"
    if event.negated:
        return "told as not done"
    if event.historical:
        return "background: told as history"
    if event.outside_agreement:
        return "told as outside the agreement"
    if event.date is not None and event.date.first > as_of:
        return "dated after the as-of day"
    return None


def _counted_report(event: Event, as_of: date, published: dict[str, date | None]) -> bool:
    day = published.get(event.doc_id)
    return day is None or day <= as_of


def _status(provision: Provision, done: int, target: int | None, deadline: date | None, as_of: date,
            fired: dict[str, date], breaches: list[Link]) -> str:
    if provision.kind == "violation":
        if any(not b.alleged for b in breaches):
            return "violated"
        # only allegations: kept as far as established facts go; `disputed` carries the allegations
        return "on_track" if breaches else "no_reports"
    if provision.starts and provision.starts not in fired:
        return "not_started"
    level = provision.target is not None and provision.target.kind == "level"
    # a level ("down to 8,600 troops") is not reached by counting withdrawals: it stays in progress
    if not level and ((target is not None and done >= target) or (provision.kind == "action" and done > 0)):
        return "done"
    if done == 0:
        if provision.deadline is not None and deadline is None:
            return "not_started"  # its clock has not started: the trigger has not fired
        return "no_reports"
    if deadline is not None and as_of > deadline:
        return "behind"
    return "on_track"


def _divided_states(agreement: Agreement, actors: dict[str, Actor]) -> set[str]:
    """The states an armed group party of the agreement is of (Afghanistan for the Taliban)."""
    out = set()
    for party in agreement.parties:
        actor = actors.get(party.actor)
        if actor is not None and actor.kind not in {"state", "government", "state_forces", "police"} and actor.country:
            out |= {a.id for a in actors.values() if a.kind == "state" and (a.id.upper() == actor.country
                                                                              or a.country == actor.country)}
    return out


def agreement_categories(agreement: Agreement) -> set[str]:
    """The PLOVER categories of the events the assessment of AGREEMENT can use (so a store is asked for
    those only): its triggers', its provisions' counted and breaching events, and accusations."""
    patterns = [t.fired_by for t in agreement.triggers] + [p.counts for p in agreement.provisions if p.counts]
    patterns += [b for p in agreement.provisions for b in p.breached_by]
    return {pattern.category for pattern in patterns} | {"ACCUSE"}


def assess_agreement(agreement: Agreement, events: list[Event], claims: list[Claim], actors: dict[str, Actor],
                     as_of: date, published: dict[str, date | None],
                     stories: dict[str, str] | None = None) -> Assessment:
    """The assessment of EVENTS held at once (a store is read a batch at a time: AgreementTally)."""
    tally = AgreementTally(agreement, actors, as_of)
    tally.add(events, published, stories)
    return tally.assessment()
