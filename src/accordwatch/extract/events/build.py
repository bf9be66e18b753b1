"""Events of a document: each predicate of a news sentence with its sense, roles, modality, day, place
and counts, then the passes over the whole document (rejected party inferred, tellings merged, days by
publication, places by the lead); ACLED typing is events/acled.py.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Span, Token

from accordwatch.extract.context import Context
from accordwatch.extract.events.acled import acled_type, taxonomy
from accordwatch.extract.events.acled_parse import Words, undergone
from accordwatch.extract.events.aspect import (
    ROUNDUP,
    _adds_to,
    _backstory,
    _cumulative,
    _names_known_people,
    _perfect,
    _refers_back,
    _sentence_is_background,
    _summaries_defer_to_details,
)
from accordwatch.extract.events.common import (
    COUNT_FIELDS,
    OBJECTS,
    VIOLENT,
    _has_count,
    _prep_objects,
    _reporting_governors,
    passive_partner,
)
from accordwatch.extract.events.merge import _share_between_places, merge_events
from accordwatch.extract.events.modality import (
    ORDERING,
    _attempted,
    _category,
    _content_carries_event,
    _framed,
    _hypothetical,
    _purpose,
    accusing_verb,
    of_violation,
)
from accordwatch.extract.events.predicates import (
    FALLEN_KEY,
    _nominal,
    _object_words,
    _staging_verb,
    fallen_to,
    match_predicate,
)
from accordwatch.extract.events.roles import (
    CROWD_NOUNS,
    GOVERNMENT_NOUNS,
    NATIONAL_COLLECTIVES,
    _agent,
    _by_a_crowd,
    _lineage,
    _national_collective,
    _people_of,
    _protesting,
    actors_of,
    subject_of,
)
from accordwatch.extract.events.scope import mark_outside_agreement, mark_retracted
from accordwatch.extract.events.senses import (
    INSTRUCTING,
    _bearing_insignia,
    _commitment,
    _gathering,
    _in_protest,
    _instruction,
    _obligation,
    _retaliation,
    _ruled_out,
    _told_to_act,
    _turning_violent,
)
from accordwatch.extract.events.tallies import tally_events, tally_so_far
from accordwatch.extract.events.time_place import _date, _places
from accordwatch.extract.events.tolls import (
    _apply_counts,
    _count_bare_plurals,
    _count_from_antecedent,
    _counts,
    _let_go_objects,
    _total_events,
    gapped_counts,
)
from accordwatch.extract.events.transfers import holders, transfer_events
from accordwatch.extract.lexicon import COOPERATIVE, EVENT_NOUN_MODES, REPORTING
from accordwatch.extract.word_lists import word_set
from accordwatch.model import DateValue, Event

RECIPIENT_PREPS = word_set("event_words", "recipient_preps")
WITH_PREPS = word_set("event_words", "with_preps")


PROTESTERS, CIVILIANS = "protesters", "civilians"  # the knowledge base's generic collectives


def _protest_told(sentence: Span) -> bool:
    """Whether SENTENCE tells a protest or a riot (by its words, as the ACLED typing reads them)."""
    cues = taxonomy().cues
    words = Words(list(sentence))
    return any(words.has(cues[c]) for c in ("protest_words", "protesting", "rioter_nouns"))


# an act dated this many days before the report is background to it
HISTORICAL_DAYS = 10


def build_events(context: Context) -> list[Event]:
    events: list[Event] = []
    anchor = context.document.published
    kinds = {actor_id: (context.actor(actor_id).kind if context.actor(actor_id) else "")
             for actor_id in set(context.token_actor.values())}
    for sentence in context.news_sentences():
        for token in sentence:
            events += tally_events(context, token)
            moved = transfer_events(context, token)
            if moved:
                events += moved
                continue
            matched = match_predicate(token) or _nominal(token) or _retaliation(context, token) \
                or _obligation(token) or _instruction(token) or _ruled_out(token) or _commitment(token) \
                or _gathering(token) or _turning_violent(token) or _in_protest(token) \
                or _bearing_insignia(token)
            if matched is None or _framed(token) or _content_carries_event(token, matched[0]) \
                    or _hypothetical(token):
                continue
            sense, key = matched
            category, mode, modality, negated = _category(sense, token)
            if mode is None and category == "ASSAULT":
                mode = next((EVENT_NOUN_MODES[w] for w in _object_words(token) if EVENT_NOUN_MODES.get(w)), None)
            if category == "ASSAULT" and mode in {None, "explosives", "firearms"} \
                    and AERIAL.search(_clause_text(context, token)):
                mode = "aerial"  # "called for a precision airstrike, killing two", "warplanes bombed"
            # "Opposition MP arrested in raid": a headline's passive of a verb that needs an object
            headline = undergone(token, sense.category)
            partner = passive_partner(token)  # "was raped and murdered by two men": "murdered" is passive too
            passive = headline or partner is not None or any(c.dep_ in {"nsubjpass", "auxpass"} for c in token.children)
            recipients: list[str] = []
            if token.pos_ == "NOUN":  # "the coalition's capture of a commander"
                actors = [a for c in token.children if c.dep_ in {"poss", "compound", "amod"}
                          for a in actors_of(context, c)]
                recipients += [a for obj in _prep_objects(token, {"of"}) for a in actors_of(context, obj)]
                if not actors and (sense.category in {"ASSAULT", "CONSULT", "AGREE"} or sense.mode in JOINT_MODES):
                    # "fighting between Armenia and Azerbaijan", "talks between the two sides", "a truce
                    # between the army and the rebels": both sides do it
                    actors = [a for obj in _prep_objects(token, {"between"}) for a in actors_of(context, obj)]
                if sense.category == "REQUEST":
                    # "its demand that Israel ease restrictions": asked of that subject (the clause
                    # may hang on the verb over the noun)
                    clauses = [c for c in token.children if c.dep_ in {"acl", "ccomp"}]
                    if token.dep_ == "dobj":
                        clauses += [c for c in token.head.children if c.dep_ == "ccomp"]
                    recipients = [a for c in clauses for x in c.children
                                  if x.dep_ in {"nsubj", "nsubjpass"} for a in actors_of(context, x)]
                if not actors and token.dep_ == "dobj" and token.head.lemma_.lower() in ORDERING:
                    actors = subject_of(context, token.head)  # "Ghani ordered the release of ...": his act
                if not actors and _staging_verb(token) is not None:
                    # "the emir launched a mediation effort", "negotiators return for talks": theirs
                    actors = subject_of(context, _staging_verb(token))
            else:
                actors = _agent(context, token) if passive else subject_of(context, token)
                if passive and not actors and sense.mode == "release":
                    # "soldiers held by the insurgents were released": the holder frees them
                    actors = [a for c in token.children if c.dep_ == "nsubjpass" for a in holders(context, c)]
                if passive and not actors and sense.category == "RETREAT" and sense.mode in {"disarm", "withdraw"}:
                    # "guerrillas have been demobilized", "troops were withdrawn": they are the ones who go
                    actors = [a for c in token.children if c.dep_ == "nsubjpass" for a in actors_of(context, c)]
            for child in token.children:
                if child.dep_ in OBJECTS | ({"nsubjpass"} if passive else set()) | ({"nsubj"} if headline else set()):
                    recipients += actors_of(context, child)
            if partner is not None:  # done to the patient of the verb it shares its voice with
                recipients += [a for c in partner.children if c.dep_ == "nsubjpass" for a in actors_of(context, c)]
            for freed in _let_go_objects(token):
                recipients += actors_of(context, freed)
            with_side = [a for obj in _prep_objects(token, WITH_PREPS) for a in actors_of(context, obj)]
            if category in {"CONSULT", "AGREE", "COOPERATE"} or (category == "ASSAULT" and key == "clash"):
                actors += [a for a in with_side if a not in actors]
            else:
                recipients += with_side
            if not recipients and category == "REQUEST":
                # "demanding that the Turkish government end its operations": asked of that subject
                recipients = [a for c in token.children if c.dep_ == "ccomp" for x in c.children
                              if x.dep_ in {"nsubj", "nsubjpass"} for a in actors_of(context, x)]
            if not recipients and key in INSTRUCTING:
                recipients = [a for told in _told_to_act(token) for a in actors_of(context, told)]
            if not recipients:
                recipients = [a for obj in _prep_objects(token, RECIPIENT_PREPS) for a in actors_of(context, obj)]
            counts = _counts(context, token)
            gapped = gapped_counts(context, token, counts)
            counts = [q for q in counts if all(q is not g for g, _, _ in gapped)]
            if not recipients:
                recipients = [q.of for q in counts if q.of]
            if key == "commit":  # "Vietnam is committed to ...": the committed one undertakes
                actors = [a for c in token.children if c.dep_ == "nsubjpass" for a in actors_of(context, c)]
                recipients = []
            holder = fallen_to(token) if key == FALLEN_KEY else None
            if holder is not None:  # "the town fell to the rebels": the rebels take it
                actors, recipients = actors_of(context, holder), []
            if key == "rule out":
                actors = next((subject_of(context, g) for g in _reporting_governors(token)
                               if g.lemma_.lower() in REPORTING), [])
            if key in DEMONSTRATING_KEYS and category == "ACCUSE" and not any(
                    (context.actor(a).kind if context.actor(a) else "") in PROTESTING_STATE_KINDS for a in actors) \
                    and not any(c.dep_ == "nsubj" and c.lemma_.lower() in GOVERNMENT_NOUNS for c in token.children):
                # "lawyers protested against the arrest": a demonstration; a state's protest is diplomatic
                category, mode = "PROTEST", None
            if category == "PROTEST":
                # "Some 200 Eritreans began a hunger strike": a people protesting are that country's
                # protesters, not its state
                people = [c for c in _protesting(token) if _people_of(context, c)]
                actors = [a for c in people for a in [_national_collective(context, c, "protesters")] if a][:1] \
                    or actors
            if category == "PROTEST" and not actors and _by_a_crowd(token):
                # "thousands blocked the streets": a protest by unnamed protesters; "Palestinian youths
                # threw stones during demonstrations": by the crowd the sentence names
                crowd = [a for noun in sentence if noun.lower_ in CROWD_NOUNS and noun.pos_ == "NOUN"
                         for a in actors_of(context, noun) if a.split("_")[0] in NATIONAL_COLLECTIVES]
                actors = crowd[:1] or ["protesters"]
            if modality == "demanded":
                # "Russia said Sudan must return the helicopter": Russia's demand of Sudan
                speaker = next((subject_of(context, g) for g in _reporting_governors(token)
                                if g.lemma_.lower() in REPORTING), [])
                if not speaker or not actors:
                    continue
                category, mode, modality = "REQUEST", "change", "asserted"
                actors, recipients = speaker, actors
            own = {x for a in actors for x in _lineage(context, a)}
            recipients = [r for r in dict.fromkeys(recipients) if not set(_lineage(context, r)) & own]
            if category != "PROTEST" and PROTESTERS in recipients and not _protest_told(sentence):
                # "gunmen killed three farmers": people the knowledge base names as protesters when they
                # protest (students, workers, farmers) are civilians when an act is done to them outside one
                recipients = list(dict.fromkeys(CIVILIANS if r == PROTESTERS else r for r in recipients))
            told_day = _date(context, token)
            places = _places(context, token, narrative=category in VIOLENT) or [None]
            if (_attempted(token) and category not in VIOLENT) or (category in VIOLENT and _purpose(token)):
                # "tries to sign a deal", "an operation to capture a leader": not (yet) an act; an
                # attempt on someone's life is an assault all the same (PLOVER)
                continue
            for place in places:
                event = Event(
                    id="", doc_id=context.document.id, category=category, mode=mode,
                    evidence=context.evidence(*_evidence_span(token)), actors=list(dict.fromkeys(actors)),
                    recipients=recipients, date=told_day, place=place, modality=modality,  # type: ignore[arg-type]
                    negated=negated, predicate=key,
                )
                _apply_counts(event, counts)
                _count_bare_plurals(event, token, counts)
                _count_from_antecedent(event, token, context)
                events += [t for t in _total_events(event, counts, context) if t.category not in VIOLENT]
                event.refers_back = _refers_back(token)
                event.adds_to = _adds_to(token)
                event.names_known_people = _names_known_people(token, context.document.text, sentence.start_char)
                event.summary = category in VIOLENT and (
                    len(places) > 1 or bool(ROUNDUP.search(_clause_text(context, token))))
                so_far = tally_so_far(context, token)
                if so_far is not None and not event.actors:
                    event.actors = so_far  # "the army halted releases after 1,000 were freed": the army's
                # "has freed 200 over two days, officials said Friday": the day is the saying's, not the act's
                event.cumulative = _cumulative(token, counts) or (_perfect(token) and _has_count(event)
                                                                  and _date(context, token, own_only=True) is None) \
                    or so_far is not None
                if event.cumulative and context.document.published:
                    # "550 freed since April 8": a total as it stood on the day of the report
                    event.date = DateValue.day(context.document.published)
                    event.date_basis = "publication"
                long_before = anchor is not None and event.date is not None \
                    and event.date.last < anchor - timedelta(days=HISTORICAL_DAYS)
                event.historical = not event.cumulative and (
                    _sentence_is_background(sentence, token) or _backstory(token) or long_before)
                if event.cumulative and category in VIOLENT:
                    # "drone strikes have killed 80 leaders since January": a campaign told as a
                    # tally. The campaign is an event; its toll spans raids told (or not) apart, so
                    # it stays a figure among the quantities instead of being added to this one
                    for field in COUNT_FIELDS.values():
                        setattr(event, field, None)
                accusation = accusing_verb(token)
                if accusation is not None and event.modality == "alleged":
                    event.reported_by = subject_of(context, accusation)  # the accuser tells it
                if category == "ACCUSE" and of_violation(token):
                    event.mode = "violation"  # an accusation that the agreement was broken
                for actor_id in event.actors + event.recipients:  # ones resolved by their organisation
                    if actor_id not in kinds and context.actor(actor_id) is not None:
                        kinds[actor_id] = context.actor(actor_id).kind
                event.acled_event_type, event.acled_sub_event_type = acled_type(event, token, kinds)
                events.append(event)
                for quantity, party, start in gapped:  # the other party's act, its verb left out
                    other = replace(event, id="", actors=[party], count_starts=[], vague_counts=[],
                                    evidence=context.evidence(start, quantity.end),
                                    recipients=[r for r in [quantity.of] if r and r != party],
                                    more_evidence=[], contested_with=[], **dict.fromkeys(COUNT_FIELDS.values()))
                    _apply_counts(other, [quantity])
                    events.append(other)
    _infer_rejected_party(events, context)
    merged = merge_events(events, context.org, context.kb.place_within,
                          lambda actor_id: kinds.get(actor_id) or "")
    # an act with nobody doing it is not an event (it served to date or place a told one); an attack
    # with a toll or a place still is, and a counted release may get its doer from whoever reports it;
    # an act ACLED codes stays
    merged = [e for e in merged if e.actors or (e.category in VIOLENT and (_has_count(e) or e.place))
              or (e.category == "RETREAT" and _has_count(e)) or accusation_of_someone(e)
              or e.acled_sub_event_type]  # ACLED codes acts of unnamed forces ("soldiers", "a mob") too
    _share_between_places(merged)
    _summaries_defer_to_details(merged)
    _date_by_publication(merged, anchor)
    _place_by_lead(merged, context)
    mark_outside_agreement(merged, context)
    mark_retracted(merged, context)
    for number, event in enumerate(merged, start=1):
        event.id = f"{context.document.id}:e{number:03d}"
    return merged


TOLD_AS_DONE = {"asserted", "alleged", "denied"}
JOINT_MODES = {"ceasefire", "exchange"}  # acts two sides do together
DEMONSTRATING_KEYS = word_set("event_words", "demonstrating_keys")
PROTESTING_STATE_KINDS = {"state", "government", "government_body"}  # whose protest is a diplomatic note


def _date_by_publication(events: list[Event], published: date | None) -> None:
    """A reported act the text gives no day for is dated by the report's own day (as event coders
    do with a dateline): marked date_basis="publication" so a reader can tell it from a stated day.
    Background, plans, demands and acts that did not happen get no day."""
    if published is None:
        return
    for event in events:
        if event.date is None and not event.historical and not event.negated \
                and event.modality in TOLD_AS_DONE:
            event.date = DateValue.day(published)
            event.date_basis = "publication"
        elif event.date is not None and event.date_basis is None:
            event.date_basis = "text"


def accusation_of_someone(event: Event) -> bool:
    """"The former president has been accused of misusing aid": an accusation with its accuser unsaid
    still tells who stands accused."""
    return event.category == "ACCUSE" and bool(event.recipients) and event.modality == "asserted"


def _place_by_lead(events: list[Event], context: Context) -> None:
    """A report of one operation names its place in the lead; a violent act told without a place of
    its own ("detained two men while pursuing a commander in Helmand") happened there (background
    acts are left without)."""
    named = sorted((i, p) for i, p in context.token_place.items()
                   if context.kb.places[p].kind in {"district", "province"}
                   and context.is_news(context.doc[i].idx, context.doc[i].idx + 1))
    if not named:
        return
    lead = named[0][1]
    for event in events:
        if event.place is None and event.category in VIOLENT and not event.historical \
                and event.modality in TOLD_AS_DONE:
            event.place = lead


# means that make an attack an air strike (an "air weapons team" or "close air support" may be helicopter
# gunfire, which ACLED and hand-coded sets do not count as air strikes)
AERIAL = re.compile(r"\b(air[\s-]?strikes?|precision (?:air )?strikes?|fixed-wing|warplanes?|fighter jets?|"
                    r"drones?|drone strikes?|air raids?|bombing runs?)\b", re.I)


def _clause_text(context: Context, token: Token) -> str:
    """The sentence up to the act and the act's own words: where its means are named."""
    start = context.sentence_of(token).start_char
    return context.document.text[start:max(t.idx + len(t.text) for t in token.subtree)]


def _infer_rejected_party(events: list[Event], context: Context) -> None:
    """"...the rebels turned the offer down": a rejection with no named recipient answers the last
    act of another party told before it."""
    org = context.org
    for index, event in enumerate(events):
        if event.category not in {"REJECT", "REQUEST", "THREATEN"} or event.recipients or not event.actors:
            continue
        mine = {org(a) for a in event.actors}
        for earlier in reversed(events[:index]):
            others = [a for a in earlier.actors if org(a) not in mine]
            if event.category == "THREATEN":
                # "accused the government of violating the deal and threatened to walk out"; a threat
                # after one's own accusation or demand is made to its target
                own = bool(mine & {org(a) for a in earlier.actors})
                answered = earlier.evidence.sentence_start == event.evidence.sentence_start \
                    or earlier.category in {"ACCUSE", "REQUEST", "REJECT"}
                if own and answered and earlier.recipients:
                    event.recipients = list(earlier.recipients)
                    break
                continue
            if event.category == "REQUEST":
                # "...met in Doha; the group called for a halt to raids": asked of the other side of the talks
                if earlier.category == "CONSULT" and others and mine & {org(a) for a in earlier.actors}:
                    event.recipients = [org(others[0]) or others[0]]
                    break
            elif others and earlier.category in COOPERATIVE | {"REQUEST", "ACCUSE"}:
                # an accusation or demand just made is what a rejection answers, before any offer
                answered = next((e for e in reversed(events[max(0, index - 3):index])
                                 if e.category in {"ACCUSE", "REQUEST"}
                                 and [a for a in e.actors if org(a) not in mine]), earlier)
                others = [a for a in answered.actors if org(a) not in mine]
                event.recipients = [org(others[0]) or others[0]]
                break


def _evidence_span(token: Token) -> tuple[int, int]:
    """The predicate's clause, without the clauses hanging under it: what a reviewer reads."""
    excluded: set[int] = set()
    for t in token.subtree:
        if t.i != token.i and t.dep_ in {"ccomp", "advcl", "relcl", "parataxis"} and t.i not in excluded:
            excluded.update(x.i for x in t.subtree)
    keep = [t for t in token.subtree if t.i not in excluded] or [token]
    return min(t.idx for t in keep), max(t.idx + len(t.text) for t in keep)
