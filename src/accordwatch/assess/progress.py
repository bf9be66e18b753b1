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
from dataclasses import dataclass, field
from datetime import date

from accordwatch.agreements import Agreement, Provision, deadline_of
from accordwatch.agreements.schema import EventPattern
from accordwatch.model import Actor, Claim, Event

COUNT_FIELD = {"prisoners": "prisoners", "dead": "dead", "injured": "injured", "size": "size",
               "arrested": "arrested"}


@dataclass(slots=True)
class Link:
    event: Event
    reason: str


@dataclass(slots=True)
class Step:
    """One distinct act counted toward a provision, with every report of it."""

    date: date | None
    value: int
    low: int
    high: int
    cumulative: bool
    reports: list[Event] = field(default_factory=list)


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
    steps: list[Step] = field(default_factory=list)
    spread: tuple[int, int] | None = None
    breaches: list[Link] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "id": self.provision.id, "text": self.provision.text, "target": self.target,
            "reported_done": self.reported_done, "status": self.status, "disputed": self.disputed,
            "deadline": self.deadline.isoformat() if self.deadline else None, "days_late": self.days_late,
            "as_of": self.as_of.isoformat(), "spread": list(self.spread) if self.spread else None,
            "events": [link.event.id for link in self.links],
            "links": [{"event": link.event.id, "reason": link.reason} for link in self.links + self.breaches],
            "breaches": [link.event.id for link in self.breaches],
            "timeline": [{"date": s.date.isoformat() if s.date else None, "value": s.value,
                          "low": s.low, "high": s.high, "cumulative": s.cumulative,
                          "events": [e.id for e in s.reports]} for s in self.steps],
        }


@dataclass(slots=True)
class Assessment:
    agreement: Agreement
    as_of: date
    provisions: list[ProvisionStatus]
    triggers: dict[str, date]


class ActorIndex:
    """Who belongs to whom: a person to their organisation, a ministry to its government."""

    def __init__(self, actors: dict[str, Actor]) -> None:
        self.actors = actors

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
        return any(self.lineage(a) & wanted for a in actor_ids)


def _expand(agreement: Agreement, names: list[str]) -> set[str]:
    return {agreement.party_actor(n) for n in names}


def event_matches(agreement: Agreement, pattern: EventPattern, event: Event, index: ActorIndex) -> str | None:
    """Why EVENT counts toward PATTERN, or None when it does not."""
    if event.category != pattern.category:
        return None
    if pattern.mode and event.mode != pattern.mode:
        return None
    actors = _expand(agreement, pattern.actors)
    if pattern.all_actors:
        if not all(index.matches(event.actors, {a}) for a in actors):
            return None
    elif actors and not index.matches(event.actors, actors):
        return None
    recipients = _expand(agreement, pattern.recipients)
    implied = pattern.recipients_implied and not event.recipients
    if recipients and not implied and not index.matches(event.recipients, recipients):
        return None
    if pattern.not_about and re.search(r"\b(" + "|".join(map(re.escape, pattern.not_about)) + r")\b",
                                       event.evidence.sentence or event.evidence.text, re.I):
        return None  # "talks on the release of prisoners" are not the negotiations the clause means
    who = ", ".join(event.actors)
    to = f" to {', '.join(event.recipients)}" if event.recipients else " (recipients implied by the provision)"
    return f"{event.category}/{event.mode or '-'} by {who}{to} matches the provision's counted events"


def _counted(event: Event, as_of: date, published: dict[str, date | None]) -> bool:
    day = published.get(event.doc_id)
    if day is not None and day > as_of:
        return False
    if event.date is not None and event.date.first > as_of:
        return False
    return event.modality == "asserted" and not event.negated


def _value(event: Event, field_name: str) -> int | None:
    if field_name == "events":
        return 1
    return getattr(event, COUNT_FIELD.get(field_name, field_name), None)


def _same_act(step: Step, event: Event, value: int) -> bool:
    if step.cumulative != event.cumulative:
        return False
    first = step.reports[0]
    if event.date is None or first.date is None:
        return event.doc_id != first.doc_id and value == step.value and event.date == first.date
    return first.date.overlaps(event.date) and (value == step.value or event.doc_id != first.doc_id)


def build_steps(events: list[Event], field_name: str) -> list[Step]:
    steps: list[Step] = []
    for event in sorted(events, key=lambda e: (e.date.first if e.date else date.max, e.id)):
        value = _value(event, field_name)
        if value is None:
            continue
        step = next((s for s in steps if _same_act(s, event, value)), None)
        if step is None:
            day = event.date.last if event.date else None
            steps.append(Step(day, value, value, value, event.cumulative, [event]))
            continue
        step.reports.append(event)
        step.low, step.high = min(step.low, value), max(step.high, value)
        step.value = step.low  # the most conservative figure where reports of one act differ
    return steps


def progress_of(steps: list[Step]) -> tuple[int, tuple[int, int] | None]:
    """The ledger: the latest running total reported, plus the acts told after it; where reports of
    that total disagree, the lowest counts and the spread is kept. Without totals, the distinct acts
    add up, and an act told over several days counts only beyond the single days already told."""
    # "having freed 1,005" after "420 so far": an act larger than the whole tally before it is a tally
    running = 0
    for step in sorted((s for s in steps if s.date is not None), key=lambda s: s.date):  # type: ignore[arg-type, return-value]
        if not step.cumulative and running and step.value >= running:
            step.cumulative = True
        if step.cumulative:
            running = max(running, step.low)
    totals = [s for s in steps if s.cumulative and s.date is not None]
    increments = [s for s in steps if not s.cumulative]
    single = [s for s in increments if s.reports[0].date is None or s.reports[0].date.granularity == "day"]
    spans = [s for s in increments if s not in single]
    counted = list(single)
    for step in spans:  # "200 over two days" after "100 on Wednesday" and "100 on Thursday"
        rng = step.reports[0].date
        inside = sum(s.value for s in single if s.date is not None and rng is not None
                     and rng.first <= s.date <= rng.last)
        if step.value > inside:
            counted.append(Step(step.date, step.value - inside, step.low - inside, step.high - inside, False,
                                step.reports))
    if not totals:
        low = sum(s.low for s in counted)
        high = sum(s.high for s in counted)
        return low, ((low, high) if low != high else None)
    # "the Taliban had freed 105 by then" restates the total "105 so far" of the same days
    counted = [s for s in counted if not any(t.date is not None and s.date is not None
                                             and abs((t.date - s.date).days) <= 3 and t.low <= s.value <= t.high
                                             for t in totals)]
    latest_day = max(s.date for s in totals if s.date is not None)
    latest = [s for s in totals if s.date is not None and (latest_day - s.date).days <= 3]
    after = [s for s in counted if s.date is not None and s.date > latest_day]
    low = min(s.low for s in latest) + sum(s.low for s in after)
    high = max(s.high for s in latest) + sum(s.high for s in after)
    # a stale total lower than the distinct acts already told before it cannot undo them
    told_before = sum(s.low for s in counted if s.date is not None and s.date <= latest_day)
    low, high = max(low, told_before), max(high, told_before)
    return low, ((low, high) if low != high else None)


def fired_triggers(agreement: Agreement, events: list[Event], index: ActorIndex, as_of: date,
                   published: dict[str, date | None]) -> dict[str, date]:
    fired: dict[str, date] = {}
    for trigger in agreement.triggers:
        # an undated report fired the trigger no later than the day it was published
        days = [e.date.first if e.date is not None else published.get(e.doc_id) for e in events
                if _counted(e, as_of, published) and not e.historical
                and event_matches(agreement, trigger.fired_by, e, index)]
        days = [d for d in days if d is not None]
        if days:
            fired[trigger.id] = min(days)
    return fired


def assess_provision(agreement: Agreement, provision: Provision, events: list[Event], index: ActorIndex,
                     as_of: date, published: dict[str, date | None], fired: dict[str, date]) -> ProvisionStatus:
    deadline = deadline_of(agreement, provision, fired)
    links: list[Link] = []
    breaches: list[Link] = []
    for event in events:
        if provision.counts is not None:
            reason = event_matches(agreement, provision.counts, event, index)
            if reason and _counted(event, as_of, published) and not event.historical:
                links.append(Link(event, reason))
        for pattern in provision.breached_by:
            reason = event_matches(agreement, pattern, event, index)
            if reason and event.modality in {"asserted", "alleged"} and _counted_report(event, as_of, published) \
                    and (event.date is None or event.date.first >= agreement.signed):
                breaches.append(Link(event, f"breach: {reason} ({event.modality})"))
    field_name = provision.counts.field if provision.counts else "events"
    steps = build_steps([link.event for link in links], field_name)
    done, spread = progress_of(steps)
    target = provision.target.value if provision.target else None
    disputed = any(link.event.contested for link in links + breaches)
    status = _status(provision, done, target, deadline, as_of, fired, breaches)
    days_late = (as_of - deadline).days if deadline and as_of > deadline and status not in {"done"} else None
    return ProvisionStatus(provision, status, done, target, deadline, days_late, disputed, as_of, links, steps,
                           spread, breaches)


def _counted_report(event: Event, as_of: date, published: dict[str, date | None]) -> bool:
    day = published.get(event.doc_id)
    return day is None or day <= as_of


def _status(provision: Provision, done: int, target: int | None, deadline: date | None, as_of: date,
            fired: dict[str, date], breaches: list[Link]) -> str:
    if provision.kind == "violation":
        if any(b.event.modality == "asserted" for b in breaches):
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


def assess_agreement(agreement: Agreement, events: list[Event], claims: list[Claim], actors: dict[str, Actor],
                     as_of: date, published: dict[str, date | None]) -> Assessment:
    index = ActorIndex(actors)
    fired = fired_triggers(agreement, events, index, as_of, published)
    statuses = [assess_provision(agreement, p, events, index, as_of, published, fired)
                for p in agreement.provisions]
    return Assessment(agreement, as_of, statuses, fired)
