"""One document's extraction: entities, times, counts, events, claims, then contested accounts."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc

from accordwatch.extract.claims import build_claims
from accordwatch.extract.context import Context
from accordwatch.extract.criticism import accusations_in_claims
from accordwatch.extract.entities import Lookups, link_entities
from accordwatch.extract.events import accusation_of_someone, build_events
from accordwatch.extract.quantities import extract_quantities
from accordwatch.extract.times import extract_times
from accordwatch.extract.word_lists import word_list
from accordwatch.kb import KnowledgeBase
from accordwatch.model import Actor, Claim, Document, Event, Extraction


def extract_document(doc: Doc, document: Document, kb: KnowledgeBase, known_people: dict[str, Actor],
                     fuzzy_threshold: float = 90.0, lookups: Lookups | None = None) -> Extraction:
    """Everything DOC (the parse of DOCUMENT's stored text) says, as records with offsets (LOOKUPS, if
    given, gets every question asked of KNOWN_PEOPLE)."""
    context = Context(doc, document, kb)
    link_entities(context, known_people, fuzzy_threshold, lookups)
    times = extract_times(context)
    quantities = [q for q in extract_quantities(context) if not document.is_boilerplate(q.start, q.end)]
    events = build_events(context)
    claims = build_claims(context, events)
    events += accusations_in_claims(context, events, claims)
    # a counted release whose freed people are named may get its doer from the agreement's sides
    kept = [e for e in events if e.actors or e.category in {"ASSAULT", "COERCE"} or accusation_of_someone(e)
            or (e.category == "RETREAT" and e.recipients and e.prisoners is not None) or e.acled_sub_event_type]
    if len(kept) < len(events):  # counted releases nobody was found to have made
        ids = {e.id for e in kept}
        events = kept
        for claim in claims:
            claim.events = [i for i in claim.events if i in ids]
    sentence_starts = [sentence.start_char for sentence in context.news_sentences()]
    mark_contested(events, claims, sentence_starts, lambda actor: _root(context, actor))
    for actor in context.new_actors.values():
        known_people[actor.id] = actor
    return Extraction(
        doc_id=document.id,
        actors=list(context.new_actors.values()),
        mentions=[m for m in context.mentions if not document.is_boilerplate(m.start, m.end)],
        times=times,
        quantities=quantities,
        events=events,
        claims=claims,
    )


def _root(context: Context, actor_id: str) -> str:
    """The side an actor is of: its organisation's organisation, up to the top ("usa_mil" -> "usa")."""
    current = context.org(actor_id) or actor_id
    for _ in range(5):
        actor = context.actor(current)
        if actor is None or not actor.affiliation or actor.affiliation == current:
            break
        current = actor.affiliation
    return current


def _sentence(item: Event | Claim) -> int:
    return item.evidence.sentence_start


def _sources(event: Event) -> set[str]:
    return set(event.reported_by)


def _competing(a: Event, b: Event, sentence_starts: list[int]) -> bool:
    """Two accounts of one incident told back to back ("27 militants were killed, the ministry said.
    The militants, however, said civilians were bombarded"): neighbouring sentences, no date or
    place that sets them apart, told by different sources."""
    try:
        distance = abs(sentence_starts.index(a.evidence.sentence_start)
                       - sentence_starts.index(b.evidence.sentence_start))
    except ValueError:
        return False
    dates_agree = a.date is None or b.date is None or a.date.overlaps(b.date)
    places_agree = a.place is None or b.place is None or a.place == b.place
    return distance == 1 and _sources(a) != _sources(b) and dates_agree and places_agree


CONCEDING = re.compile(r"^\W*(" + "|".join(map(re.escape, word_list("event_words", "conceding_openers"))) + r")\b",
                       re.I)


def _conceded(event: Event) -> bool:
    """The act is told in a concessive clause of the writer's, which the claim then disputes."""
    return bool(CONCEDING.match(event.evidence.text))


def _contest(a: Event, b: Event | Claim) -> None:
    """A and B tell one thing in conflict: both are marked, each naming the other."""
    a.contested = True
    if b.id not in a.contested_with:
        a.contested_with.append(b.id)
    if isinstance(b, Event):
        b.contested = True
        if a.id not in b.contested_with:
            b.contested_with.append(a.id)


def _same_thing(a: Event, b: Event) -> bool:
    """B could be the account A denies: the same kind of act, by or against the same parties."""
    if a.category != b.category and "ACCUSE" not in {a.category, b.category}:
        return False
    return bool(set(a.actors) & set(b.actors) or set(a.recipients) & set(b.recipients))


def mark_contested(events: list[Event], claims: list[Claim], sentence_starts: list[int] | None = None,
                   org: Callable[[str], str | None] = lambda actor: actor) -> None:
    """Contested accounts, only ever between two different sentences whose sources differ and whose
    content conflicts: an act against its denial or dispute, one incident with two perpetrators (or
    told once as fact and once as an allegation), an accusation against its rejection. Nothing is
    contested with itself."""
    for event in events:
        event.contested, event.contested_with = False, []
    violent = [e for e in events if e.category == "ASSAULT" and e.modality in {"asserted", "alleged"}]
    for i, a in enumerate(violent):
        for b in violent[i + 1:]:
            if sentence_starts and _competing(a, b, sentence_starts):
                _contest(a, b)
                for first, second in ((a, b), (b, a)):  # the other account's day and place are this one's
                    first.date = first.date or second.date
                    first.place = first.place or second.place
    by_id = {e.id: e for e in events}
    telling: dict[str, set[str | None]] = {}  # who tells each event as done (not who denies it)
    for claim in claims:
        if claim.stance not in {"deny", "dispute"}:
            for event_id in claim.events:
                telling.setdefault(event_id, set()).add(claim.speaker)
    for claim in claims:
        if claim.stance not in {"deny", "dispute"}:
            continue
        for event in (by_id[i] for i in claim.events if i in by_id):
            tellers = telling.get(event.id) or set(event.reported_by) - {claim.speaker}
            told_elsewhere = _sentence(event) != _sentence(claim) and bool(tellers) and claim.speaker not in tellers
            # "Though the government freed 100, the Taliban said ...": the concession is the writer's own
            told_elsewhere = told_elsewhere or (claim.stance == "dispute" and _conceded(event))
            if told_elsewhere:
                _contest(event, claim)
                continue
            # the denial's own content ("the Taliban denied attacking the post"): contested only when
            # another sentence, from another source, tells the act as done
            for other in events:
                if other is not event and _sentence(other) != _sentence(claim) and other.modality == "asserted" \
                        and claim.speaker not in (telling.get(other.id) or set(other.reported_by)) \
                        and _same_thing(event, other):
                    _contest(other, event)
                    _contest(other, claim)
    for i, a in enumerate(violent):
        for b in violent[i + 1:]:
            same_incident = a.place is not None and a.place == b.place and a.date is not None \
                and b.date is not None and a.date.overlaps(b.date)
            told_apart = _sentence(a) != _sentence(b) and _sources(a) != _sources(b)
            if same_incident and told_apart and (set(a.actors) != set(b.actors) or a.modality != b.modality):
                _contest(a, b)
    def side(actor: str) -> str:
        return org(actor) or actor

    rejections = [e for e in events if e.category == "REJECT" and e.actors]
    for event in events:
        if event.category != "ACCUSE":
            continue
        for rejection in rejections:
            if _sentence(rejection) != _sentence(event) and any(
                    side(r) == side(rejection.actors[0]) and side(a) in {side(x) for x in rejection.recipients}
                    for r in event.recipients for a in event.actors):
                _contest(event, rejection)  # the accused rejected the accusation
    # an act told as done (or alleged) against the same act told as not done, by another side
    denied = [e for e in events if e.modality == "denied" or (e.negated and e.category in {"ASSAULT", "COERCE"})]
    for refusal in denied:
        for told in events:
            if told.modality in {"asserted", "alleged"} and told.category == refusal.category \
                    and _sentence(told) != _sentence(refusal) \
                    and {side(a) for a in told.actors} & {side(a) for a in refusal.actors} \
                    and _sources(told) != _sources(refusal):
                _contest(told, refusal)
