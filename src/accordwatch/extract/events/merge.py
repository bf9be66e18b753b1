"""Two tellings of one act in a document become one event; one predicate over two places shares its
targets between them.
"""

from __future__ import annotations

from collections.abc import Callable

from accordwatch.extract.events.acled import precedes, two_sided
from accordwatch.extract.events.common import COUNT_FIELDS, VIOLENT
from accordwatch.model import DateValue, Event


def _share_between_places(events: list[Event]) -> None:
    """One predicate over two provinces became two events: what was told of its target holds for both."""
    by_predicate: dict[tuple[int, str], list[Event]] = {}
    for event in events:
        by_predicate.setdefault((event.evidence.start, event.category), []).append(event)
    for siblings in by_predicate.values():
        if len(siblings) > 1:
            shared = list(dict.fromkeys(r for e in siblings for r in e.recipients))
            for event in siblings:
                event.recipients = shared


def _compatible_dates(a: DateValue | None, b: DateValue | None) -> bool:
    return a is None or b is None or a.overlaps(b)


def _same_act(a: Event, b: Event, org: Callable[[str], str | None],
              within: Callable[[str, str], bool] = lambda x, y: x == y,
              kind: Callable[[str], str] = lambda x: "") -> bool:
    """Whether B, told after A in one document, tells the same act."""
    if a.category != b.category or a.modality != b.modality or a.historical != b.historical or b.adds_to \
            or a.cumulative != b.cumulative \
            or (a.summary != b.summary and a.evidence.sentence_start != b.evidence.sentence_start
                and not b.names_known_people):  # a raid told after a round-up is one of its raids
        return False
    if not a.actors or not b.actors:
        # "An Afghan force detained several insurgents ... the assault force detained three": the
        # actorless retelling is the same act when nothing contradicts it ("insurgents" may be the
        # armed group named in the other telling)
        recipients_agree = not a.recipients or not b.recipients or bool(set(a.recipients) & set(b.recipients)) \
            or (a.category in VIOLENT and {"insurgents"} in ({*a.recipients}, {*b.recipients})
                and all(kind(r) == "armed_group" for r in a.recipients + b.recipients))
        # only acts a definite noun can point back to ("the attack", "the meeting was held")
        same_place = a.place is None or b.place is None or within(a.place, b.place) or within(b.place, a.place)
        same_sentence = a.evidence.sentence_start == b.evidence.sentence_start
        actorless = b if not b.actors else a
        told = a if actorless is b else b
        if a.category in VIOLENT and set(told.actors) & set(actorless.recipients):
            return False  # "insurgents fired on the force ... killing several insurgents": the reply
        return a.category in VIOLENT | {"CONSULT"} and same_place and recipients_agree \
            and (same_sentence or actorless.refers_back or b.names_known_people or _same_count(a, b)) \
            and _compatible_dates(a.date, b.date) \
            and _compatible_counts(a, b, part=(actorless, told) if actorless.refers_back else None)
    # a spokesman's act and his organisation's are one party's
    if not {org(x) for x in a.actors} & {org(x) for x in b.actors}:
        return False
    if a.recipients and b.recipients and not {org(x) for x in a.recipients} & {org(x) for x in b.recipients}:
        return False
    if a.place and b.place and not (within(a.place, b.place) or within(b.place, a.place)):
        return False
    same_sentence = a.evidence.sentence_start == b.evidence.sentence_start
    if not same_sentence and a.category == "ASSAULT" and (a.date is None or b.date is None) \
            and not _same_count(a, b):
        return False  # two attacks told in two sentences are one only when their day or toll agrees
    for field in ("dead", "injured", "size", "prisoners", "arrested"):
        x, y = getattr(a, field), getattr(b, field)
        if x is not None and y is not None and x != y and not same_sentence and not b.refers_back:
            return False
    return _compatible_dates(a.date, b.date)


def _same_count(a: Event, b: Event) -> bool:
    """Both tell the same figure of the same kind ("detained several suspects ... several suspects
    were detained"): the same fact told twice."""
    return any(getattr(a, f) is not None and getattr(a, f) == getattr(b, f)
               for f in ("dead", "injured", "size", "arrested", "prisoners"))


def _compatible_counts(a: Event, b: Event, part: tuple[Event, Event] | None = None) -> bool:
    """No count contradicts the other. With PART = (retelling, told), a definite retelling may tell
    fewer or more of the same people ("captured a leader ... the force detained the leader and an
    associate"): the larger figure stands (see merge_events)."""
    if part is not None:
        return True
    for field in ("dead", "injured", "size", "prisoners", "arrested"):
        x, y = getattr(a, field), getattr(b, field)
        if x is not None and y is not None and x != y and field not in a.vague_counts + b.vague_counts:
            return False
    return True


def merge_events(events: list[Event], org: Callable[[str], str | None] = lambda x: x,
                 within: Callable[[str, str], bool] = lambda x, y: x == y,
                 kind: Callable[[str], str] = lambda x: "") -> list[Event]:
    """Two predicates telling one act in a document become one event (the first keeps the evidence;
    the more precise place of the two is kept: a district over its province)."""
    kept: list[Event] = []
    for event in events:
        # the nearest earlier telling: "...declined to free 300. ... would not free the 12 officers.
        # 'They stay in jail,' he said" speaks of the 12
        candidates = [k for k in reversed(kept) if _same_act(k, event, org, within, kind)]
        # ...unless an earlier one tells the same figure: "killed numerous insurgents. A patrol on a
        # clearance operation ... killing numerous insurgents" retells the first, not the operation
        # ...or, for a told toll, the telling that has a toll of that kind (not a bare "targeted")
        counted = [k for k in candidates if any(getattr(k, f) is not None and getattr(event, f) is not None
                                                for f in COUNT_FIELDS.values())]
        target = next((k for k in candidates if _same_count(k, event)),
                      counted[0] if counted else candidates[0] if candidates else None)
        if target is None:
            kept.append(event)
            continue
        target.more_evidence.append(event.evidence)
        target.more_evidence += event.more_evidence
        target.actors = list(dict.fromkeys(target.actors + event.actors))
        target.recipients = list(dict.fromkeys(r for r in target.recipients + event.recipients
                                               if r not in target.actors))
        retelling = (not event.actors and event.refers_back) or event.names_known_people
        # "arrested a dealer and detained several suspects": two counts of one act in one sentence add up
        joined = target.evidence.sentence_start == event.evidence.sentence_start \
            and not set(target.count_starts) & set(event.count_starts)
        for field in ("dead", "injured", "size", "prisoners", "arrested"):
            told, again = getattr(target, field), getattr(event, field)
            if joined and told is not None and again is not None:
                setattr(target, field, told + again)
                target.vague_counts += [f for f in event.vague_counts if f == field]
            elif told == 1 and again is not None and again > 1 and not event.names_known_people \
                    and field not in target.vague_counts and field in {"arrested", "dead"}:
                # "captured a leader ... the force also detained multiple insurgents": people named
                # anew are not the one already told
                setattr(target, field, told + again)
                target.vague_counts += [f for f in event.vague_counts if f == field]
            elif retelling and told is not None and again is not None and again > told:
                setattr(target, field, again)  # the retelling names more of the same people
            elif told is None or (field in target.vague_counts and field not in event.vague_counts
                                  and again is not None and again >= told):
                # an exact figure for a vague one ("several suspects ... detained three"); a smaller
                # one tells part of them ("a facilitator and several associates ... the facilitator")
                setattr(target, field, getattr(event, field))
                if field in target.vague_counts and field not in event.vague_counts:
                    target.vague_counts.remove(field)
        target.count_starts += event.count_starts
        if target.place and event.place and target.place != event.place and within(event.place, target.place):
            target.place = event.place
        if precedes(event.acled_sub_event_type, target.acled_sub_event_type) and not two_sided(target):
            # one act told twice ("were injured when a mob attacked"): the sub-type ACLED puts first (a
            # fight of two sides stays one whatever its toll: "clashed, killing several people")
            target.acled_event_type, target.acled_sub_event_type = event.acled_event_type, event.acled_sub_event_type
        for field in ("date", "place", "mode", "acled_event_type", "acled_sub_event_type"):
            if getattr(target, field) is None:
                setattr(target, field, getattr(event, field))
    return kept
