"""One document's extraction: entities, times, counts, events, claims, then contested accounts."""

from __future__ import annotations

from spacy.tokens import Doc

from accordwatch.extract.claims import build_claims
from accordwatch.extract.context import Context
from accordwatch.extract.criticism import accusations_in_claims
from accordwatch.extract.entities import link_entities
from accordwatch.extract.events import accusation_of_someone, build_events
from accordwatch.extract.quantities import extract_quantities
from accordwatch.extract.times import extract_times
from accordwatch.kb import KnowledgeBase
from accordwatch.model import Actor, Claim, Document, Event, Extraction


def extract_document(doc: Doc, document: Document, kb: KnowledgeBase, known_people: dict[str, Actor],
                     fuzzy_threshold: float = 90.0) -> Extraction:
    """Everything DOC (the parse of DOCUMENT's stored text) says, as records with offsets."""
    context = Context(doc, document, kb)
    link_entities(context, known_people, fuzzy_threshold)
    times = extract_times(context)
    quantities = [q for q in extract_quantities(context) if not document.is_boilerplate(q.start, q.end)]
    events = build_events(context)
    claims = build_claims(context, events)
    events += accusations_in_claims(context, events, claims)
    kept = [e for e in events if e.actors or e.category in {"ASSAULT", "COERCE"} or accusation_of_someone(e)]
    if len(kept) < len(events):  # counted releases nobody was found to have made
        ids = {e.id for e in kept}
        events = kept
        for claim in claims:
            claim.events = [i for i in claim.events if i in ids]
    sentence_starts = [sentence.start_char for sentence in context.news_sentences()]
    mark_contested(events, claims, sentence_starts)
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


def _competing(a: Event, b: Event, sentence_starts: list[int]) -> bool:
    """Two accounts of one incident told back to back ("27 militants were killed, the ministry said.
    The militants, however, said civilians were bombarded"): neighbouring sentences, no date or
    place that sets them apart, told by different parties or one as an allegation."""
    try:
        distance = abs(sentence_starts.index(a.evidence.sentence_start)
                       - sentence_starts.index(b.evidence.sentence_start))
    except ValueError:
        return False
    told_apart = set(a.reported_by) != set(b.reported_by) or a.modality != b.modality
    dates_agree = a.date is None or b.date is None or a.date.overlaps(b.date)
    places_agree = a.place is None or b.place is None or a.place == b.place
    return distance == 1 and told_apart and dates_agree and places_agree


def mark_contested(events: list[Event], claims: list[Claim], sentence_starts: list[int] | None = None) -> None:
    """An event is contested when a claim denies or disputes it, or another account of the same
    place and day names other perpetrators or tells it as an allegation."""
    violent = [e for e in events if e.category == "ASSAULT" and e.modality in {"asserted", "alleged"}]
    for i, a in enumerate(violent):
        for b in violent[i + 1:]:
            if sentence_starts and _competing(a, b, sentence_starts):
                a.contested = b.contested = True
                for first, second in ((a, b), (b, a)):  # the other account's day and place are this one's
                    first.date = first.date or second.date
                    first.place = first.place or second.place
    by_id = {e.id: e for e in events}
    for claim in claims:
        if claim.stance in {"deny", "dispute"}:
            for event_id in claim.events:
                if event_id in by_id:
                    by_id[event_id].contested = True
    violent = [e for e in events if e.category == "ASSAULT" and e.modality in {"asserted", "alleged"}]
    for i, a in enumerate(violent):
        for b in violent[i + 1:]:
            same_incident = a.place is not None and a.place == b.place and a.date is not None \
                and b.date is not None and a.date.overlaps(b.date)
            if same_incident and (set(a.actors) != set(b.actors) or a.modality != b.modality):
                a.contested = b.contested = True
    rejected = {(e.actors[0], r) for e in events if e.category == "REJECT" and e.actors for r in e.recipients}
    for event in events:
        if event.category == "ACCUSE" and any((r, a) in rejected for r in event.recipients for a in event.actors):
            event.contested = True  # the accused rejected the accusation
